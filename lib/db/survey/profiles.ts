import 'server-only'
import { storedPreferencesSchema } from '@/lib/schemas/survey'
import type { WorkPreferences } from '@/lib/survey/instrument'
import { surveyStatus, type SurveyStatus } from '@/lib/survey/status'
import { WORK_TYPES, type Mode } from '@/lib/core/work-types'
import { can, type Role } from '@/lib/core/permissions'
import { notFound } from '@/lib/core/app-error'
import { prisma } from '../client'
import type { OrgId } from '../org-id'

// Computed profiles, as planning, the team view and dashboards may see them: affinities, type,
// preferences and capacity. Nothing here selects SurveyResponse.answers (engineering guide, style rule 2: DTOs only).

type ProfileDTO = {
  affinity: Record<Mode, number>
  primaryType: Mode
  /** What the engineer said they prefer, shown beside the survey's result. */
  preferredMode: Mode | null
  preferences: WorkPreferences
  capacityHours: number
  deepWorkHoursPerDay: number
  deepWorkTarget: number
  surveyedAt: Date | null
  /** False: self-reported without details (the engineer deleted their raw answers). */
  hasRawAnswers: boolean
}

type ReminderDTO = { sentCount: number; firstSentAt: Date; nextDueAt: Date | null }

/** Where a member stands with the survey: who has answered, when, and reminders ('survey:status'). */
export type MemberSurveyDTO = {
  status: SurveyStatus
  answeredAt: Date | null
  /** The newest survey reminder still repeating, if any. */
  activeReminder: ReminderDTO | null
}

export type MemberProfileDTO = {
  membershipId: string
  name: string
  email: string
  role: Role
  teams: { id: string; name: string }[]
  /** The computed profile ('profile:read'); when they answered is survey status, so it is in `survey`. */
  profile: Omit<ProfileDTO, 'surveyedAt'> | null
  /** Null unless the viewer's role has 'survey:status' (a lead sees profiles, not who has answered). */
  survey: MemberSurveyDTO | null
}

const profileSelect = {
  affinityOrchestration: true,
  affinityCraft: true,
  affinityHybrid: true,
  primaryType: true,
  preferredMode: true,
  preferences: true,
  capacityHours: true,
  deepWorkHoursPerDay: true,
  deepWorkTarget: true,
  surveyedAt: true,
  hasRawAnswers: true,
} as const

type ProfileRow = {
  affinityOrchestration: number
  affinityCraft: number
  affinityHybrid: number
  primaryType: Mode
  preferredMode: Mode | null
  preferences: unknown
  capacityHours: number
  deepWorkHoursPerDay: number
  deepWorkTarget: number
  surveyedAt: Date | null
  hasRawAnswers: boolean
}

/** Stored preferences may predate a work type; anything missing reads as neutral. */
function toPreferences(raw: unknown): WorkPreferences {
  const parsed = storedPreferencesSchema.safeParse(raw)
  const known = parsed.success ? parsed.data : {}
  return Object.fromEntries(WORK_TYPES.map((type) => [type, known[type] ?? 'neutral'])) as WorkPreferences
}

function toProfileDTO(row: ProfileRow): ProfileDTO {
  return {
    affinity: { orchestration: row.affinityOrchestration, craft: row.affinityCraft, hybrid: row.affinityHybrid },
    primaryType: row.primaryType,
    preferredMode: row.preferredMode,
    preferences: toPreferences(row.preferences),
    capacityHours: row.capacityHours,
    deepWorkHoursPerDay: row.deepWorkHoursPerDay,
    deepWorkTarget: row.deepWorkTarget,
    surveyedAt: row.surveyedAt,
    hasRawAnswers: row.hasRawAnswers,
  } satisfies ProfileDTO
}

const memberSelect = {
  id: true,
  role: true,
  user: { select: { name: true, email: true } },
  teams: { select: { team: { select: { id: true, name: true } } } },
  profile: { select: profileSelect },
  notifications: {
    where: { kind: 'survey-reminder', nextDueAt: { not: null } },
    orderBy: { createdAt: 'desc' as const },
    take: 1,
    select: { sentCount: true, createdAt: true, nextDueAt: true },
  },
} as const

type MemberRow = {
  id: string
  role: Role
  user: { name: string; email: string }
  teams: { team: { id: string; name: string } }[]
  profile: ProfileRow | null
  notifications: { sentCount: number; createdAt: Date; nextDueAt: Date | null }[]
}

function toSurveyDTO(row: MemberRow, now: Date): MemberSurveyDTO {
  const answeredAt = row.profile?.surveyedAt ?? null
  const reminder = row.notifications[0]
  return {
    status: surveyStatus(answeredAt, now),
    answeredAt,
    activeReminder: reminder ? { sentCount: reminder.sentCount, firstSentAt: reminder.createdAt, nextDueAt: reminder.nextDueAt } : null,
  }
}

/** The profile as others see it: when it was answered is survey status, not profile. */
function withoutAnsweredAt({ surveyedAt: _answeredAt, ...profile }: ProfileDTO): Omit<ProfileDTO, 'surveyedAt'> {
  return profile
}

function toMemberDTO(row: MemberRow, viewer: Role, now: Date): MemberProfileDTO {
  return {
    membershipId: row.id,
    name: row.user.name,
    email: row.user.email,
    role: row.role,
    teams: row.teams.map((t) => t.team).sort((a, b) => a.name.localeCompare(b.name)),
    profile: row.profile ? withoutAnsweredAt(toProfileDTO(row.profile)) : null,
    survey: can(viewer, 'survey:status') ? toSurveyDTO(row, now) : null,
  }
}

/** Whether the member has a profile yet (the shell asks on every page, so it reads one index only). */
export async function hasOwnProfile(orgId: OrgId, membershipId: string): Promise<boolean> {
  return (await prisma.engineerProfile.count({ where: { organizationId: orgId, membershipId } })) > 0
}

/** The member's own computed profile, or null before their first survey. */
export async function getOwnProfile(orgId: OrgId, membershipId: string): Promise<ProfileDTO | null> {
  const row = await prisma.engineerProfile.findFirst({ where: { organizationId: orgId, membershipId }, select: profileSelect })
  return row ? toProfileDTO(row) : null
}

/**
 * Members who plan work with a team (on at least one team, or on `teamId`), by name.
 * A team id of another organisation is NOT_FOUND rather than an empty list.
 */
export async function listMemberProfiles(
  orgId: OrgId,
  viewer: Role,
  options: { teamId?: string; now?: Date } = {},
): Promise<MemberProfileDTO[]> {
  const now = options.now ?? new Date()
  if (options.teamId) {
    const team = await prisma.team.findFirst({ where: { id: options.teamId, organizationId: orgId }, select: { id: true } })
    if (!team) throw notFound('Team')
  }
  const rows = await prisma.membership.findMany({
    where: { organizationId: orgId, deactivatedAt: null, teams: { some: options.teamId ? { teamId: options.teamId } : {} } },
    orderBy: { user: { name: 'asc' } },
    select: memberSelect,
  })
  return rows.map((row) => toMemberDTO(row, viewer, now))
}

/** One member's computed profile (never their answers); NOT_FOUND for ids outside the organisation. */
export async function getMemberProfile(orgId: OrgId, viewer: Role, membershipId: string, now = new Date()): Promise<MemberProfileDTO> {
  const row = await prisma.membership.findFirst({ where: { id: membershipId, organizationId: orgId }, select: memberSelect })
  if (!row) throw notFound('Team member')
  return toMemberDTO(row, viewer, now)
}
