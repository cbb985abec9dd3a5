import { z } from 'zod'
import { ROLES } from '@/lib/core/permissions'
import { MODES, WORK_TYPES } from '@/lib/core/work-types'
import { WORK_PREFERENCES } from '@/lib/survey/instrument'
import { idField } from '../id'
import { defineOperation } from './operation'
import { pageOf, pageQuery } from './page'

// Teams and members (read), each member with their computed profile: affinities, type, preferences and
// capacity. Never the survey's answers, scores' explanations, survey status or e-mail addresses.

export const apiTeamSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    sprintCount: z.number().int(),
    members: z.array(z.object({ membershipId: z.string(), name: z.string() })),
  })
  .meta({ id: 'Team' })

export const apiProfileSchema = z
  .object({
    affinity: z.object({ orchestration: z.number(), craft: z.number(), hybrid: z.number() }),
    primaryType: z.enum(MODES),
    preferredMode: z.enum(MODES).nullable(),
    preferences: z.record(z.enum(WORK_TYPES), z.enum(WORK_PREFERENCES)),
    capacityHours: z.number(),
    deepWorkHoursPerDay: z.number(),
    deepWorkTarget: z.number(),
  })
  .meta({ id: 'EngineerProfile' })
export type ApiProfile = z.infer<typeof apiProfileSchema>

export const apiMemberSchema = z
  .object({
    membershipId: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    teams: z.array(z.object({ id: z.string(), name: z.string() })),
    /** Null until the member has answered the working-style survey. */
    profile: apiProfileSchema.nullable(),
  })
  .meta({ id: 'Member' })
export type ApiMember = z.infer<typeof apiMemberSchema>

export const memberListQuerySchema = pageQuery.extend({
  teamId: z.string().trim().min(1).max(64).optional(),
})
export type MemberListQuery = z.infer<typeof memberListQuerySchema>

const tag = 'Teams and members'
export const peopleOperations = [
  defineOperation({
    id: 'listTeams',
    method: 'get',
    path: '/teams',
    summary: 'List teams with their members, by name',
    tag,
    permission: 'sprint:read',
    response: z.object({ data: z.array(apiTeamSchema) }).meta({ id: 'TeamList' }),
  }),
  defineOperation({
    id: 'listMembers',
    method: 'get',
    path: '/members',
    summary: 'List members who plan with a team (or with teamId), by name, with their computed profiles (cursor pagination)',
    tag,
    permission: 'profile:read',
    query: memberListQuerySchema,
    response: pageOf(apiMemberSchema, 'MemberPage'),
  }),
  defineOperation({
    id: 'getMember',
    method: 'get',
    path: '/members/{membershipId}',
    summary: 'Get a member with their computed profile, preferences and capacity (never survey answers)',
    tag,
    permission: 'profile:read',
    params: z.object({ membershipId: idField('member') }),
    response: apiMemberSchema,
  }),
]
