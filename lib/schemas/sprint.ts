import { z } from 'zod'
import { textField } from './text'
import { idField, optionalIdField } from './id'

// Sprints, availability and closing. Dates travel as YYYY-MM-DD (an <input type="date">) and are
// stored as calendar dates, so no time zone can shift them.

const date = (label: string) =>
  z
    .string({ message: `Enter the ${label}` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Enter the ${label} as a date`)
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), `The ${label} is not a real date`)

const sprintFields = z.object({
  name: textField({ label: 'Name', min: 2, max: 80, missing: 'Enter a name' }),
  startDate: date('start date'),
  endDate: date('end date'),
  /** Closing goes through the close flow (outcomes, unfinished items), never a plain edit. */
  status: z.enum(['PLANNING', 'ACTIVE']).default('PLANNING'),
})

const datesInOrder = <T extends { startDate: string; endDate: string }>(s: T) => s.endDate >= s.startDate
const datesMessage = { message: 'The end date must be on or after the start date', path: ['endDate'] }

export const createSprintSchema = sprintFields.extend({ teamId: idField('team') }).refine(datesInOrder, datesMessage)
export type CreateSprintInput = z.infer<typeof createSprintSchema>

export const updateSprintSchema = sprintFields.extend({ id: idField('sprint') }).refine(datesInOrder, datesMessage)
export type UpdateSprintInput = z.infer<typeof updateSprintSchema>

export const setAvailabilitySchema = z.object({
  sprintId: idField('sprint'),
  membershipId: idField('team member'),
  hours: z.coerce.number({ message: 'Enter hours' }).min(0, 'Hours cannot be negative').max(200, 'At most 200 hours in a sprint'),
  note: z.string().trim().max(200, 'Keep the note under 200 characters').default(''),
})
export type SetAvailabilityInput = z.infer<typeof setAvailabilitySchema>

const outcomeSchema = z.object({
  workItemId: idField('work item'),
  delivery: z.enum(['ON_TIME', 'SLIPPED']),
  reworkHours: z.coerce.number().min(0, 'Rework cannot be negative').max(1000),
  defects: z.coerce.number().int('Defects is a whole number').min(0, 'Defects cannot be negative').max(1000),
  note: z.string().trim().max(500).default(''),
})

export const closeSprintSchema = z
  .object({
    sprintId: idField('sprint'),
    outcomes: z.array(outcomeSchema).max(2_000),
    /** Unfinished items (not DONE) go back to the backlog or into the chosen next sprint. */
    unfinished: z.enum(['backlog', 'sprint']),
    targetSprintId: optionalIdField('sprint').default(null),
  })
  .refine((v) => v.unfinished === 'backlog' || v.targetSprintId !== null, {
    message: 'Choose the sprint for unfinished items',
    path: ['targetSprintId'],
  })
export type CloseSprintInput = z.infer<typeof closeSprintSchema>
