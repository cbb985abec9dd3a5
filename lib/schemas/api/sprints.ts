import { z } from 'zod'
import { idField } from '../id'
import { defineOperation } from './operation'

// Sprints and their dated availability (read). Reasons for days off and overrides stay in the app.

const date = z.iso.date()

export const apiSprintSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    status: z.enum(['PLANNING', 'ACTIVE', 'CLOSED']),
    startDate: date,
    endDate: date,
    teamId: z.string(),
    teamName: z.string(),
    workItemCount: z.number().int(),
  })
  .meta({ id: 'Sprint' })

export const apiAvailabilitySchema = z
  .object({
    sprintId: z.string(),
    startDate: date,
    endDate: date,
    holidays: z.array(z.object({ date, name: z.string() })),
    totalHours: z.number(),
    members: z.array(
      z.object({
        membershipId: z.string(),
        name: z.string(),
        hoursPerDay: z.number().nullable(),
        overrideHours: z.number().nullable(),
        daysOff: z.array(z.object({ start: date, end: date })),
        capacityHours: z.number(),
      }),
    ),
  })
  .meta({ id: 'SprintAvailability' })

export const sprintParams = z.object({ sprintId: idField('sprint') })

const tag = 'Sprints'
export const sprintOperations = [
  defineOperation({
    id: 'listSprints',
    method: 'get',
    path: '/sprints',
    summary: 'List sprints, newest first',
    tag,
    permission: 'sprint:read',
    response: z.object({ data: z.array(apiSprintSchema) }).meta({ id: 'SprintList' }),
  }),
  defineOperation({
    id: 'getSprint',
    method: 'get',
    path: '/sprints/{sprintId}',
    summary: 'Get a sprint',
    tag,
    permission: 'sprint:read',
    params: sprintParams,
    response: apiSprintSchema,
  }),
  defineOperation({
    id: 'getSprintAvailability',
    method: 'get',
    path: '/sprints/{sprintId}/availability',
    summary: 'Dated availability: working days, holidays, days off and each member’s capacity',
    tag,
    permission: 'sprint:read',
    params: sprintParams,
    response: apiAvailabilitySchema,
  }),
]
