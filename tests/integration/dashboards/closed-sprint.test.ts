import { beforeAll, describe, expect, it } from 'vitest'
import { closeSprintAction } from '@/app/(app)/sprints/actions'
import { prisma } from '@/lib/db/client'
import { getDashboard } from '@/lib/db/dashboards/dashboard'
import { getSprintWithItems } from '@/lib/db/sprints/sprints'
import type { TrendPoint } from '@/lib/metrics/trends'
import { createTestOrg, signInAs, type TestOrg } from '../../support/factories'

// The sprint: 40 planned items, 30 delivered (27 on time, 3 late) and 10 not. Known figures:
// 30 documentation items of 3 h (orchestration, 90 h) and 10 architecture items of 4 h (craft, 40 h).

let org: TestOrg
let closing: string
let next: string
let planId: string
const point = async (name: string): Promise<TrendPoint | undefined> =>
  (await getDashboard(org.orgId, org.teamId)).trends.points.find((p) => p.label.startsWith(`${name} (`))

beforeAll(async () => {
  org = await createTestOrg()
  const organizationId = org.orgId
  const sprint = (name: string, status: 'ACTIVE' | 'PLANNING', start: string) =>
    prisma.sprint.create({
      data: {
        organizationId,
        teamId: org.teamId,
        name,
        status,
        startDate: new Date(`${start}T00:00:00Z`),
        endDate: new Date(`${start}T00:00:00Z`),
      },
    })
  closing = (await sprint('Sprint 12', 'ACTIVE', '2026-01-05')).id
  next = (await sprint('Sprint 13', 'PLANNING', '2026-01-19')).id
  await prisma.workItem.createMany({
    data: Array.from({ length: 40 }, (_, i) => ({
      organizationId,
      teamId: org.teamId,
      sprintId: closing,
      title: `Item ${String(i + 1).padStart(2, '0')}`,
      type: i < 30 ? ('DOCUMENTATION' as const) : ('ARCHITECTURE' as const),
      hours: i < 30 ? 3 : 4,
      priority: 2,
      status: i < 30 ? ('DONE' as const) : ('IN_PROGRESS' as const),
    })),
  })
  const items = await prisma.workItem.findMany({ where: { sprintId: closing }, orderBy: { title: 'asc' }, select: { id: true } })
  planId = (await prisma.plan.create({ data: { organizationId, sprintId: closing, version: 1, status: 'PUBLISHED', objective: 0 } })).id
  await prisma.assignment.createMany({
    data: items.map((w, i) => ({
      organizationId,
      planId,
      workItemId: w.id,
      membershipId: org.members.ENGINEER.membershipId,
      mode: i < 30 ? ('orchestration' as const) : ('craft' as const),
      fit: 0.5,
      value: 1,
    })),
  })
  await signInAs(org.members.MANAGER)
  const result = await closeSprintAction({
    sprintId: closing,
    items: items.map((w, i) => ({
      workItemId: w.id,
      delivery: i < 27 ? 'ON_TIME' : i < 30 ? 'SLIPPED' : 'NOT_DELIVERED',
      reworkHours: 0,
      defects: 0,
      targetSprintId: next,
    })),
  })
  expect(result).toMatchObject({ ok: true })
})

describe('a closed sprint keeps its figures', () => {
  it('lists its 30 delivered items, Done, with their hours and assignments; the next sprint has the 10', async () => {
    const sprint = await getSprintWithItems(org.orgId, closing)
    expect(sprint?.status).toBe('CLOSED')
    expect(sprint?.workItems).toHaveLength(30)
    expect(sprint?.workItems.every((w) => w.status === 'DONE')).toBe(true)
    expect(sprint?.workItems.reduce((sum, w) => sum + w.hours, 0)).toBe(90)
    const moved = await prisma.workItem.findMany({ where: { sprintId: next }, select: { hours: true, type: true } })
    expect(moved).toHaveLength(10)
    expect(moved.every((w) => w.type === 'ARCHITECTURE' && w.hours === 4)).toBe(true)
    expect(await prisma.assignment.count({ where: { planId, membershipId: org.members.ENGINEER.membershipId } })).toBe(40)
  })

  it("the team trend reads the closed sprint's planned and delivered work", async () => {
    expect(await point('Sprint 12')).toMatchObject({
      planned: true,
      // Planned: all 40 items of the published plan, the 10 moved on included.
      demand: { orchestration: 90, craft: 40, hybrid: 0 },
      deliveredHours: 90,
      outcomeItems: 30,
      deliveryRate: 0.9,
    })
  })

  it('the moved items also count in the sprint they moved to, once it runs', async () => {
    await prisma.sprint.update({ where: { id: next }, data: { status: 'ACTIVE' } })
    expect(await point('Sprint 13')).toMatchObject({
      demand: { orchestration: 0, craft: 40, hybrid: 0 },
      deliveredHours: 0,
      outcomeItems: 0,
    })
    expect((await point('Sprint 12'))?.demand).toEqual({ orchestration: 90, craft: 40, hybrid: 0 })
  })
})
