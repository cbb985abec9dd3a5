import { beforeAll, describe, expect, it } from 'vitest'
import { closeSprintAction } from '@/app/(app)/sprints/actions'
import { prisma } from '@/lib/db/client'
import { getSprintMoves } from '@/lib/db/sprints/outcomes'
import { createTestOrg, signInAs, type TestOrg } from '../../support/factories'
import { createSprintRow, ok, seedItems } from '../work-items/helpers'

// Closing keeps the sprint's history: delivered items stay as Done with their outcome and plan
// assignments; only the items not delivered move, each where the manager chose; refusals change nothing.

let org: TestOrg
beforeAll(async () => {
  org = await createTestOrg()
})

const decision = (workItemId: string, delivery: string, extra: Record<string, unknown> = {}) => ({
  workItemId,
  delivery,
  reworkHours: 0,
  defects: 0,
  note: '',
  ...extra,
})

/** A sprint of `n` two-hour items with a published plan that assigns every item to the engineer. */
async function sprintWithPlan(name: string, n: number) {
  const sprint = await createSprintRow(org.orgId, org.teamId, name, 'ACTIVE')
  const items = await seedItems(org.orgId, n, { sprintId: sprint.id, teamId: org.teamId, prefix: name })
  const plan = await prisma.plan.create({
    data: { organizationId: org.orgId, sprintId: sprint.id, version: 1, status: 'PUBLISHED', objective: 0 },
  })
  await prisma.assignment.createMany({
    data: items.map((i) => ({
      organizationId: org.orgId,
      planId: plan.id,
      workItemId: i.id,
      membershipId: org.members.ENGINEER.membershipId,
      mode: 'orchestration' as const,
      fit: 0.5,
      value: 1,
    })),
  })
  return { sprint, ids: items.map((i) => i.id), planId: plan.id }
}

/** Everything a close may change, to compare before and after a refusal. */
async function snapshot(sprintId: string) {
  const [sprint, items, outcomes] = await Promise.all([
    prisma.sprint.findUniqueOrThrow({ where: { id: sprintId }, select: { status: true } }),
    prisma.workItem.findMany({
      where: { organizationId: org.orgId },
      select: { id: true, sprintId: true, status: true },
      orderBy: { id: 'asc' },
    }),
    prisma.outcome.findMany({ where: { organizationId: org.orgId }, orderBy: { id: 'asc' } }),
  ])
  return { sprint, items, outcomes }
}

describe('closing a sprint', () => {
  it('keeps delivered items as Done with outcomes and assignments, and moves each other item where chosen', async () => {
    await signInAs(org.members.MANAGER)
    const { sprint, ids, planId } = await sprintWithPlan('Keeps', 5)
    const next = await createSprintRow(org.orgId, org.teamId, 'After keeps')
    const [onTime, late, toNext, toBacklog, wasDone] = ids
    await prisma.workItem.update({ where: { id: wasDone }, data: { status: 'DONE' } })
    // An outcome recorded earlier on an item that, in the end, was not delivered.
    await prisma.outcome.create({ data: { organizationId: org.orgId, sprintId: sprint.id, workItemId: toNext, delivery: 'ON_TIME' } })

    const result = ok(
      await closeSprintAction({
        sprintId: sprint.id,
        items: [
          decision(onTime, 'ON_TIME'),
          decision(late, 'SLIPPED', { reworkHours: '3', defects: '2', note: 'Late review' }),
          decision(toNext, 'NOT_DELIVERED', { targetSprintId: next.id }),
          decision(toBacklog, 'NOT_DELIVERED', { targetSprintId: '' }),
          decision(wasDone, 'NOT_DELIVERED', { targetSprintId: next.id }),
        ],
      }),
    )
    expect(result).toEqual({
      delivered: 2,
      onTime: 1,
      late: 1,
      moved: expect.arrayContaining([
        { sprintId: next.id, sprintName: 'After keeps', items: 2 },
        { sprintId: null, sprintName: null, items: 1 },
      ]),
    })
    expect((await prisma.sprint.findUniqueOrThrow({ where: { id: sprint.id } })).status).toBe('CLOSED')
    const items = Object.fromEntries(
      (await prisma.workItem.findMany({ where: { id: { in: ids } }, select: { id: true, sprintId: true, status: true } })).map((i) => [
        i.id,
        i,
      ]),
    )
    expect(items[onTime]).toMatchObject({ sprintId: sprint.id, status: 'DONE' })
    expect(items[late]).toMatchObject({ sprintId: sprint.id, status: 'DONE' })
    expect(items[toNext]).toMatchObject({ sprintId: next.id, status: 'TODO' })
    expect(items[toBacklog]).toMatchObject({ sprintId: null, status: 'TODO' })
    // Marked Done but not delivered: it moves on as work in progress.
    expect(items[wasDone]).toMatchObject({ sprintId: next.id, status: 'IN_PROGRESS' })

    const outcomes = await prisma.outcome.findMany({ where: { workItemId: { in: ids } } })
    expect(outcomes.map((o) => o.workItemId).sort()).toEqual([onTime, late].sort())
    expect(outcomes.find((o) => o.workItemId === late)).toMatchObject({
      sprintId: sprint.id,
      delivery: 'SLIPPED',
      reworkHours: 3,
      defects: 2,
      note: 'Late review',
    })
    // The published plan still says who did what, moved items included.
    expect(await prisma.assignment.count({ where: { planId, membershipId: org.members.ENGINEER.membershipId } })).toBe(5)
    expect(await getSprintMoves(org.orgId, sprint.id)).toEqual(result.moved)
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { organizationId: org.orgId, action: 'sprint.closed', targetId: sprint.id },
    })
    expect(audit).toMatchObject({ actorId: org.members.MANAGER.userId, data: { delivered: 2, onTime: 1, late: 1 } })
  })

  it('refuses a missing decision, a bad destination or a foreign item, naming the field, and changes nothing', async () => {
    await signInAs(org.members.MANAGER)
    const { sprint, ids } = await sprintWithPlan('Refused', 3)
    const closed = await createSprintRow(org.orgId, org.teamId, 'Already closed', 'CLOSED')
    const otherTeam = await prisma.team.create({ data: { organizationId: org.orgId, name: 'Elsewhere' } })
    const theirs = await createSprintRow(org.orgId, otherTeam.id, 'Other team sprint')
    const foreign = await createTestOrg()
    const foreignSprint = await createSprintRow(foreign.orgId, foreign.teamId, 'Foreign sprint')
    const [stranger] = await seedItems(org.orgId, 1, { prefix: 'Stranger' })
    const all = ids.map((id) => decision(id, 'ON_TIME'))
    const moveLast = (targetSprintId: string) => [...all.slice(0, 2), decision(ids[2], 'NOT_DELIVERED', { targetSprintId })]
    const before = await snapshot(sprint.id)

    expect(await closeSprintAction({ sprintId: sprint.id, items: all.slice(1) })).toMatchObject({
      ok: false,
      code: 'INVALID',
      message: 'Choose a delivery for every item: Refused 1 has none.',
      fieldErrors: { delivery: [expect.stringContaining('Refused 1')] },
    })
    expect(await closeSprintAction({ sprintId: sprint.id, items: [...all.slice(1), { ...all[1], delivery: 'DONE' }] })).toMatchObject({
      ok: false,
      code: 'INVALID',
      message: expect.stringContaining('Choose a delivery: On time, Late or Not delivered'),
    })
    for (const target of [closed.id, theirs.id, sprint.id]) {
      expect(await closeSprintAction({ sprintId: sprint.id, items: moveLast(target) })).toMatchObject({
        ok: false,
        code: 'INVALID',
        fieldErrors: { targetSprintId: ['Move not delivered items to an open sprint of the same team, or to the backlog.'] },
      })
    }
    expect(await closeSprintAction({ sprintId: sprint.id, items: moveLast(foreignSprint.id) })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    expect(await closeSprintAction({ sprintId: sprint.id, items: [...all, decision(stranger.id, 'ON_TIME')] })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    expect(await closeSprintAction({ sprintId: sprint.id, items: [...all, all[0]] })).toMatchObject({ ok: false, code: 'INVALID' })
    expect(await snapshot(sprint.id)).toEqual(before)
    expect(await prisma.auditEvent.count({ where: { action: 'sprint.closed', targetId: sprint.id } })).toBe(0)
  })

  it('closes once: a second close, also a concurrent one, is a conflict that records nothing', async () => {
    await signInAs(org.members.MANAGER)
    const { sprint, ids } = await sprintWithPlan('Twice', 4)
    const input = { sprintId: sprint.id, items: ids.map((id) => decision(id, 'ON_TIME')) }
    const race = await Promise.all([closeSprintAction(input), closeSprintAction(input)])
    expect(race.filter((r) => r.ok)).toHaveLength(1)
    expect(race.find((r) => !r.ok)).toMatchObject({ code: 'CONFLICT' })
    expect(await closeSprintAction(input)).toMatchObject({ ok: false, code: 'CONFLICT' })
    expect(await prisma.outcome.count({ where: { sprintId: sprint.id } })).toBe(4)
    expect(await prisma.auditEvent.count({ where: { action: 'sprint.closed', targetId: sprint.id } })).toBe(1)
  })

  it('closes an empty sprint', async () => {
    await signInAs(org.members.MANAGER)
    const sprint = await createSprintRow(org.orgId, org.teamId, 'Empty', 'ACTIVE')
    expect(ok(await closeSprintAction({ sprintId: sprint.id, items: [] }))).toEqual({ delivered: 0, onTime: 0, late: 0, moved: [] })
    expect((await prisma.sprint.findUniqueOrThrow({ where: { id: sprint.id } })).status).toBe('CLOSED')
  })
})
