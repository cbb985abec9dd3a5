import type { prisma } from '../lib/db/client'
import { WORK_TYPES } from '../lib/matching'
import { orgIdFromMembership } from '../lib/db/org-id'
import { userIdOf } from '../lib/db/user-id'

// Rows for scripts/bench-planner.ts: one organisation, one team of `engineers` people with profiles,
// an active sprint with `items` items. Deterministic (a small LCG) so runs compare.

type Db = typeof prisma

export async function seedBenchSprint(db: Db, engineers: number, items: number) {
  let seed = 42
  const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31
  const org = await db.organization.create({ data: { name: 'Bench', slug: `bench-${Date.now()}` } })
  const organizationId = org.id
  const team = await db.team.create({ data: { organizationId, name: 'Bench team' } })
  const manager = await db.user.create({ data: { email: `manager.${Date.now()}@bench.test`, name: 'Bench Manager' } })
  const author = await db.membership.create({ data: { organizationId, userId: manager.id, role: 'MANAGER' } })
  const sprint = await db.sprint.create({
    data: {
      organizationId,
      teamId: team.id,
      name: 'Bench sprint',
      status: 'ACTIVE',
      startDate: new Date('2026-03-02'),
      endDate: new Date('2026-03-13'),
    },
  })
  for (let e = 0; e < engineers; e++) {
    const user = await db.user.create({
      data: { email: `e${e}.${Date.now()}@bench.test`, name: `Engineer ${String(e + 1).padStart(2, '0')}` },
    })
    const m = await db.membership.create({ data: { organizationId, userId: user.id, role: 'ENGINEER' } })
    await db.teamMember.create({ data: { organizationId, teamId: team.id, membershipId: m.id } })
    const [o, c, h] = [rand() * 100, rand() * 100, rand() * 100]
    const preferences = { [WORK_TYPES[e % 12]]: 'enjoy', [WORK_TYPES[(e * 5 + 3) % 12]]: 'avoid' }
    await db.engineerProfile.create({
      data: {
        organizationId,
        membershipId: m.id,
        affinityOrchestration: o,
        affinityCraft: c,
        affinityHybrid: h,
        primaryType: c > o && c > h ? 'craft' : o > h ? 'orchestration' : 'hybrid',
        preferences,
        capacityHours: 40 + Math.floor(rand() * 30),
      },
    })
  }
  await db.workItem.createMany({
    data: Array.from({ length: items }, (_, i) => ({
      organizationId,
      teamId: team.id,
      sprintId: sprint.id,
      title: `Bench item ${i + 1}`,
      type: WORK_TYPES[Math.floor(rand() * 12)],
      hours: 2 + Math.floor(rand() * 11),
      priority: 1 + Math.floor(rand() * 4),
    })),
  })
  const orgId = await orgIdFromMembership(manager.id, organizationId, db)
  return { orgId, sprintId: sprint.id, author: { userId: userIdOf(manager.id), membershipId: author.id }, engineers, items }
}
