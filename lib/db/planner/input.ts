import 'server-only'
import { buildPlanInput, type BuiltInput, type MemberRow, type ProfileRow } from '@/lib/planner/input'
import type { Scenario } from '@/lib/planner/types'
import { notFound } from '@/lib/core/app-error'
import { prisma, type Tx } from '../client'
import { computeCapacities } from '../sprints/capacity'
import type { OrgId } from '../org-id'

/** What the planner reads of a plan version to show or edit it (the assignments are read apart). */
export const planHeaderSelect = { id: true, version: true, revision: true, status: true, objective: true, summary: true } as const

// Reads everything the matching engine needs for one sprint, scoped to the organisation.
// Planned people = the sprint team's members; items = the sprint's items that are not done.

export type SprintHeader = {
  id: string
  name: string
  teamId: string
  teamName: string
  startDate: Date
  endDate: Date
  status: 'PLANNING' | 'ACTIVE' | 'CLOSED'
}

// A join in SQL: a nested relation read costs Prisma a query and noticeable CPU per level.
export async function getSprintHeader(orgId: OrgId, sprintId: string, db: Tx | typeof prisma = prisma): Promise<SprintHeader> {
  const [sprint] = await db.$queryRaw<SprintHeader[]>`
    SELECT s.id, s.name, s."teamId", t.name AS "teamName", s."startDate", s."endDate", s.status::text AS status
    FROM "Sprint" s JOIN "Team" t ON t.id = s."teamId" AND t."organizationId" = ${orgId}
    WHERE s.id = ${sprintId} AND s."organizationId" = ${orgId}`
  if (!sprint) throw notFound('Sprint')
  return sprint
}

/**
 * The sprint team's members with profile and sprint availability, in one query (nested relation reads
 * cost a query per level, and every planner page and action needs these rows).
 */
export async function loadMemberRows(
  orgId: OrgId,
  sprint: Pick<SprintHeader, 'id' | 'teamId' | 'startDate' | 'endDate'>,
  db: Tx | typeof prisma = prisma,
): Promise<MemberRow[]> {
  type Row = Omit<MemberRow, 'profile' | 'availabilityHours'> &
    Partial<ProfileRow> & { profileId: string | null; hoursPerDay: number | null; overrideHours: number | null }
  const rows = await db.$queryRaw<Row[]>`
    SELECT m.id AS "membershipId", u.name, m.role::text AS role, a."hoursPerDay", a."overrideHours", p.id AS "profileId",
      p."affinityOrchestration", p."affinityCraft", p."affinityHybrid", p.preferences, p."preferredMode"::text AS "preferredMode", p."capacityHours"
    FROM "TeamMember" tm
    JOIN "Membership" m ON m.id = tm."membershipId" AND m."organizationId" = ${orgId} AND m."deactivatedAt" IS NULL
    JOIN "User" u ON u.id = m."userId"
    LEFT JOIN "EngineerProfile" p ON p."membershipId" = m.id AND p."organizationId" = ${orgId}
    LEFT JOIN "Availability" a ON a."membershipId" = m.id AND a."sprintId" = ${sprint.id} AND a."organizationId" = ${orgId}
    WHERE tm."organizationId" = ${orgId} AND tm."teamId" = ${sprint.teamId}`
  const capacities = await computeCapacities(
    orgId,
    [sprint],
    rows.map((r) => ({
      sprintId: sprint.id,
      membershipId: r.membershipId,
      profileHours: r.capacityHours ?? null,
      hoursPerDay: r.hoursPerDay,
      overrideHours: r.overrideHours,
    })),
    db,
  )
  return rows
    .map(({ membershipId, name, role, profileId, hoursPerDay: _perDay, overrideHours: _override, ...p }) => ({
      membershipId,
      name,
      role,
      availabilityHours: capacities.get(`${sprint.id}:${membershipId}`)?.hours ?? null,
      profile: profileId
        ? {
            affinityOrchestration: p.affinityOrchestration!,
            affinityCraft: p.affinityCraft!,
            affinityHybrid: p.affinityHybrid!,
            preferences: p.preferences,
            preferredMode: p.preferredMode ?? null,
            capacityHours: p.capacityHours!,
          }
        : null,
    }))
    .sort((a, b) => a.name.localeCompare(b.name))
}

export const loadPolicies = (orgId: OrgId, db: Tx | typeof prisma = prisma) =>
  db.workTypePolicy.findMany({ where: { organizationId: orgId }, select: { workType: true, mode: true } })

export async function loadPlanningInput(
  orgId: OrgId,
  sprint: Pick<SprintHeader, 'id' | 'teamId' | 'startDate' | 'endDate'>,
  scenario: Scenario | undefined,
  db: Tx | typeof prisma = prisma,
): Promise<BuiltInput> {
  const [members, items, policies] = await Promise.all([
    loadMemberRows(orgId, sprint, db),
    db.workItem.findMany({
      where: { organizationId: orgId, sprintId: sprint.id, status: { not: 'DONE' } },
      orderBy: [{ priority: 'desc' }, { createdAt: 'asc' }, { id: 'asc' }],
      select: { id: true, title: true, type: true, hours: true, priority: true, modeOverride: true, pinnedToId: true },
    }),
    loadPolicies(orgId, db),
  ])
  return buildPlanInput({ members, items, policies, scenario })
}
