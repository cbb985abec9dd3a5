import { prisma } from '@/lib/db/client'
import type { Mode, WorkType } from '@/lib/matching'
import { createTestOrg, createUser, type TestOrg } from '../../support/factories'

// A planning-ready organisation: the factory's members (only the ENGINEER has a profile among them)
// plus two more engineers, and an active sprint with items of several types.

type Leaning = { orchestration: number; craft: number; hybrid: number }

async function addProfile(
  organizationId: string,
  membershipId: string,
  leaning: Leaning,
  capacityHours = 40,
  preferences: Record<string, string> = {},
) {
  const primaryType: Mode =
    leaning.craft >= leaning.orchestration && leaning.craft >= leaning.hybrid
      ? 'craft'
      : leaning.orchestration >= leaning.hybrid
        ? 'orchestration'
        : 'hybrid'
  await prisma.engineerProfile.create({
    data: {
      organizationId,
      membershipId,
      primaryType,
      affinityOrchestration: leaning.orchestration,
      affinityCraft: leaning.craft,
      affinityHybrid: leaning.hybrid,
      capacityHours,
      preferences,
    },
  })
}

export type PlanningOrg = TestOrg & { sprintId: string; engineers: string[]; itemIds: string[] }

const ITEMS: [string, WorkType, number, number][] = [
  ['Harden session cookies', 'SECURITY_AUTH', 6, 4],
  ['Cut p99 latency', 'PERFORMANCE_CRITICAL', 8, 3],
  ['Scaffold admin CRUD', 'CRUD_SCAFFOLDING', 5, 2],
  ['Generate contract tests', 'TEST_GENERATION', 4, 2],
  ['Write the runbook', 'DOCUMENTATION', 3, 1],
  ['Refactor checkout state', 'COMPLEX_STATE', 6, 3],
]

export async function createPlanningOrg(name?: string): Promise<PlanningOrg> {
  const org = await createTestOrg(name)
  const organizationId = org.orgId
  await addProfile(organizationId, org.members.ENGINEER.membershipId, { orchestration: 30, craft: 90, hybrid: 50 }, 40, {
    DOCUMENTATION: 'avoid',
  })
  const engineers = [org.members.ENGINEER.membershipId]
  for (const [who, leaning] of [
    ['Orla', { orchestration: 90, craft: 40, hybrid: 60 }],
    ['Hal', { orchestration: 60, craft: 55, hybrid: 85 }],
  ] as const) {
    const user = await createUser(who)
    const m = await prisma.membership.create({ data: { organizationId, userId: user.id, role: 'ENGINEER' } })
    await prisma.teamMember.create({ data: { organizationId, teamId: org.teamId, membershipId: m.id } })
    await addProfile(organizationId, m.id, leaning)
    engineers.push(m.id)
  }
  const sprint = await prisma.sprint.create({
    data: {
      organizationId,
      teamId: org.teamId,
      name: 'Sprint 1',
      status: 'ACTIVE',
      startDate: new Date('2026-03-02'),
      endDate: new Date('2026-03-13'),
    },
  })
  const itemIds: string[] = []
  for (const [title, type, hours, priority] of ITEMS) {
    const item = await prisma.workItem.create({
      data: { organizationId, teamId: org.teamId, sprintId: sprint.id, title, type, hours, priority },
    })
    itemIds.push(item.id)
  }
  return { ...org, sprintId: sprint.id, engineers, itemIds }
}

export async function assignmentsOf(planId: string) {
  const rows = await prisma.assignment.findMany({ where: { planId }, select: { workItemId: true, membershipId: true, locked: true } })
  return Object.fromEntries(rows.map((r) => [r.workItemId, r]))
}

export function unwrap<T>(result: { ok: true; data: T } | { ok: false; code: string; message: string }): T {
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`)
  return result.data
}
