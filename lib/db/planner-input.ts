import 'server-only'
import { buildPlanInput, type BuiltInput, type MemberRow } from '@/lib/planner/input'
import type { Scenario } from '@/lib/planner/types'
import { notFound } from '@/lib/server/app-error'
import { prisma, type Tx } from './client'
import type { OrgId } from './org-id'

// Reads everything the matching engine needs for one sprint, scoped to the organisation.
// Planned people = the sprint team's members; items = the sprint's items that are not done.

export type SprintHeader = { id: string; name: string; teamId: string; teamName: string; startDate: Date; endDate: Date; status: 'PLANNING' | 'ACTIVE' | 'CLOSED' }

export async function getSprintHeader(orgId: OrgId, sprintId: string, db: Tx | typeof prisma = prisma): Promise<SprintHeader> {
  const sprint = await db.sprint.findFirst({
    where: { id: sprintId, organizationId: orgId },
    select: { id: true, name: true, teamId: true, startDate: true, endDate: true, status: true, team: { select: { name: true } } },
  })
  if (!sprint) throw notFound('Sprint')
  return { id: sprint.id, name: sprint.name, teamId: sprint.teamId, teamName: sprint.team.name, startDate: sprint.startDate, endDate: sprint.endDate, status: sprint.status }
}

export async function loadPlanningInput(orgId: OrgId, sprint: Pick<SprintHeader, 'id' | 'teamId'>, scenario: Scenario | undefined, db: Tx | typeof prisma = prisma): Promise<BuiltInput> {
  const [members, items, policies] = await Promise.all([
    db.teamMember.findMany({
      where: { organizationId: orgId, teamId: sprint.teamId },
      select: {
        membership: {
          select: {
            id: true,
            user: { select: { name: true } },
            profile: { select: { affinityOrchestration: true, affinityCraft: true, affinityHybrid: true, preferences: true, preferredMode: true, capacityHours: true } },
            availabilities: { where: { sprintId: sprint.id, organizationId: orgId }, select: { hours: true } },
          },
        },
      },
    }),
    db.workItem.findMany({
      where: { organizationId: orgId, sprintId: sprint.id, status: { not: 'DONE' } },
      orderBy: [{ priority: 'desc' }, { createdAt: 'asc' }, { id: 'asc' }],
      select: { id: true, title: true, type: true, hours: true, priority: true, modeOverride: true, pinnedToId: true },
    }),
    db.workTypePolicy.findMany({ where: { organizationId: orgId }, select: { workType: true, mode: true } }),
  ])
  const rows: MemberRow[] = members
    .map(({ membership: m }) => ({ membershipId: m.id, name: m.user.name, profile: m.profile, availabilityHours: m.availabilities[0]?.hours ?? null }))
    .sort((a, b) => a.name.localeCompare(b.name))
  return buildPlanInput({ members: rows, items, policies, scenario })
}
