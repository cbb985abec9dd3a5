import { describe, expect, it } from 'vitest'
import { markPlanSeenAction } from '@/app/(app)/my-sprint/actions'
import {
  createPlanAction,
  moveItemAction,
  publishPlanAction,
  replanAction,
  setLockAction,
  setPinAction,
} from '@/app/(app)/sprints/[sprintId]/planner/actions'
import { listUnreadNotifications } from '@/lib/db/accounts/notifications'
import { prisma } from '@/lib/db/client'
import { getChangesSinceSeen } from '@/lib/db/planner/plan-views'
import { getBoard, listPlanVersions } from '@/lib/db/planner/reads'
import { getMySprint } from '@/lib/db/planner/visibility'
import { userIdOf } from '@/lib/db/user-id'
import { createTestOrg, signInAs } from '../../support/factories'
import { assignmentsOf, createPlanningOrg, unwrap, type PlanningOrg } from './fixtures'

// Published means published (decision 0055): an edit of the published version opens a draft and
// leaves every published row as it was; publishing again tells exactly the people whose items changed.

/** Everything stored for a version, to compare byte for byte. */
async function snapshot(planId: string) {
  const plan = await prisma.plan.findUniqueOrThrow({ where: { id: planId } })
  const rows = await prisma.assignment.findMany({ where: { planId }, orderBy: { id: 'asc' } })
  return { plan, rows }
}

/** A published first version, as the manager. */
async function publishedPlan(org: PlanningOrg) {
  await signInAs(org.members.MANAGER)
  const v1 = unwrap(await createPlanAction({ sprintId: org.sprintId, baseVersion: 0 }))
  unwrap(await publishPlanAction({ planId: v1.planId, revision: 0 }))
  return { planId: v1.planId, rows: await assignmentsOf(v1.planId) }
}

/** Moves an assigned item to the first other engineer the hard rules allow. */
async function moveToSomeoneElse(org: PlanningOrg, planId: string, revision: number, rows: Awaited<ReturnType<typeof assignmentsOf>>) {
  for (const itemId of org.itemIds.filter((id) => rows[id].membershipId)) {
    for (const to of org.engineers.filter((e) => e !== rows[itemId].membershipId)) {
      const result = await moveItemAction({ planId, revision, itemId, toMembershipId: to })
      if (result.ok) return { itemId, from: rows[itemId].membershipId!, to, result: result.data }
    }
  }
  throw new Error('no move was allowed')
}

describe('editing the published version', () => {
  it('a move opens draft v2 from it; the published rows do not change and engineers still see them', async () => {
    const org = await createPlanningOrg()
    const v1 = await publishedPlan(org)
    const before = await snapshot(v1.planId)
    const engineer = org.members.ENGINEER.membershipId
    const seenBefore = await getMySprint(org.orgId, engineer)

    const move = await moveToSomeoneElse(org, v1.planId, 1, v1.rows)
    expect(move.result).toMatchObject({ version: 2, status: 'DRAFT', revision: 0 })
    expect(move.result.planId).not.toBe(v1.planId)
    expect(await snapshot(v1.planId)).toEqual(before)
    const draft = await snapshot(move.result.planId)
    expect(draft.plan.summary).toMatchObject({ kind: 'edit', basedOnVersion: 1 })
    expect((await assignmentsOf(move.result.planId))[move.itemId].membershipId).toBe(move.to)
    expect(await getMySprint(org.orgId, engineer)).toEqual(seenBefore)

    // The draft is edited in place from now on: no third version.
    const back = unwrap(await moveItemAction({ planId: move.result.planId, revision: 0, itemId: move.itemId, toMembershipId: move.from }))
    expect(back).toMatchObject({ planId: move.result.planId, version: 2, revision: 1 })
    expect(await prisma.plan.count({ where: { sprintId: org.sprintId } })).toBe(2)
    // The published version is history now: another edit of it is refused, not a second draft.
    const stale = await setLockAction({ planId: v1.planId, revision: 1, itemId: move.itemId, locked: true })
    expect(stale).toMatchObject({ ok: false, code: 'CONFLICT' })
    expect(await snapshot(v1.planId)).toEqual(before)

    const board = await getBoard(org.orgId, org.sprintId)
    expect(board).toMatchObject({ version: 2, status: 'DRAFT', unpublished: { publishedVersion: 1, changes: 0 } })
    const versions = await listPlanVersions(org.orgId, org.sprintId)
    expect(versions.map((v) => [v.version, v.status, v.basedOnVersion])).toEqual([
      [2, 'DRAFT', 1],
      [1, 'PUBLISHED', null],
    ])
  })

  it('a lock opens a draft too, and so does a pin (which also lands on the work item)', async () => {
    const org = await createPlanningOrg()
    const v1 = await publishedPlan(org)
    const item = org.itemIds.find((id) => v1.rows[id].membershipId)!
    const before = await snapshot(v1.planId)
    const locked = unwrap(await setLockAction({ planId: v1.planId, revision: 1, itemId: item, locked: true }))
    expect(locked).toMatchObject({ version: 2, status: 'DRAFT' })
    expect((await assignmentsOf(locked.planId))[item].locked).toBe(true)
    expect(await snapshot(v1.planId)).toEqual(before)

    unwrap(await publishPlanAction({ planId: locked.planId, revision: locked.revision }))
    const published = await snapshot(locked.planId)
    const pinned = unwrap(await setPinAction({ planId: locked.planId, revision: published.plan.revision, itemId: item, pinned: true }))
    expect(pinned).toMatchObject({ version: 3, status: 'DRAFT', pinnedTo: v1.rows[item].membershipId })
    expect(await snapshot(locked.planId)).toEqual(published)
    expect((await prisma.workItem.findUniqueOrThrow({ where: { id: item } })).pinnedToId).toBe(v1.rows[item].membershipId)
  })

  it('a re-plan of the published version is based on it and leaves it alone', async () => {
    const org = await createPlanningOrg()
    const v1 = await publishedPlan(org)
    const before = await snapshot(v1.planId)
    const v2 = unwrap(await replanAction({ planId: v1.planId, revision: 1 }))
    expect(v2.version).toBe(2)
    expect(await snapshot(v1.planId)).toEqual(before)
    expect((await prisma.plan.findUniqueOrThrow({ where: { id: v2.planId } })).summary).toMatchObject({ basedOnVersion: 1 })
  })

  it('two edits racing to open the draft: one wins, the other is told to reload', async () => {
    const org = await createPlanningOrg()
    const v1 = await publishedPlan(org)
    const [a, b] = org.itemIds.filter((id) => v1.rows[id].membershipId)
    const results = await Promise.all([
      setLockAction({ planId: v1.planId, revision: 1, itemId: a, locked: true }),
      setLockAction({ planId: v1.planId, revision: 1, itemId: b, locked: true }),
    ])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok)).toMatchObject([{ code: 'CONFLICT' }])
    expect(await prisma.plan.count({ where: { sprintId: org.sprintId } })).toBe(2)
  })
})

describe('publishing again', () => {
  it('notifies each engineer whose items changed exactly once, nobody else, and sets their baseline', async () => {
    const org = await createPlanningOrg()
    const v1 = await publishedPlan(org)
    const move = await moveToSomeoneElse(org, v1.planId, 1, v1.rows)
    const firstRound = await prisma.notification.count({ where: { organizationId: org.orgId, kind: 'plan-changed' } })
    unwrap(await publishPlanAction({ planId: move.result.planId, revision: move.result.revision }))

    const notices = await prisma.notification.findMany({
      where: { organizationId: org.orgId, kind: 'plan-changed', message: { contains: 'plan v2' } },
      select: { membershipId: true, message: true, href: true },
    })
    expect(notices.map((n) => n.membershipId).sort()).toEqual([move.from, move.to].sort())
    expect(notices.find((n) => n.membershipId === move.to)).toEqual({
      membershipId: move.to,
      message: 'Sprint 1 plan v2 is published: 1 item added for you',
      href: '/my-sprint',
    })
    expect(notices.find((n) => n.membershipId === move.from)?.message).toBe('Sprint 1 plan v2 is published: 1 item removed for you')
    // Shown with the member's other unread notifications (My sprint, survey, pulse), leading to My sprint.
    expect(await listUnreadNotifications(org.orgId, move.to)).toContainEqual(
      expect.objectContaining({ kind: 'plan-changed', href: '/my-sprint', message: 'Sprint 1 plan v2 is published: 1 item added for you' }),
    )
    expect(await prisma.notification.count({ where: { organizationId: org.orgId, kind: 'plan-changed' } })).toBe(firstRound + 2)
    const views = await prisma.planView.findMany({ where: { sprintId: org.sprintId }, select: { membershipId: true, planId: true } })
    expect(views.sort((x, y) => x.membershipId.localeCompare(y.membershipId))).toEqual(
      [move.from, move.to].sort().map((membershipId) => ({ membershipId, planId: v1.planId })),
    )
    expect((await prisma.plan.findUniqueOrThrow({ where: { id: v1.planId } })).status).toBe('SUPERSEDED')
  })

  it('shows the engineer what changed since they last looked, until "Got it" records the version', async () => {
    const org = await createPlanningOrg()
    const v1 = await publishedPlan(org)
    const move = await moveToSomeoneElse(org, v1.planId, 1, v1.rows)
    unwrap(await publishPlanAction({ planId: move.result.planId, revision: move.result.revision }))
    const current = move.result.planId
    const changes = await getChangesSinceSeen(org.orgId, move.to, current)
    expect(changes).toMatchObject({ seenVersion: 1, removed: [], changed: [] })
    expect(changes?.added.map((i) => i.itemId)).toEqual([move.itemId])
    // Nobody who was not affected has a baseline, so nothing to show (and reading wrote nothing).
    const bystander = org.engineers.find((e) => e !== move.from && e !== move.to)!
    expect(await getChangesSinceSeen(org.orgId, bystander, current)).toBeNull()

    const who = await prisma.membership.findUniqueOrThrow({ where: { id: move.to }, select: { userId: true } })
    await signInAs({ userId: userIdOf(who.userId) })
    expect(await markPlanSeenAction({ planId: move.result.planId })).toMatchObject({ ok: true, data: { version: 2 } })
    expect(await getChangesSinceSeen(org.orgId, move.to, current)).toBeNull()
    // Only the published version can be recorded: a superseded one is not found.
    expect(await markPlanSeenAction({ planId: v1.planId })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
  })

  it('"Got it" cannot reach another organisation\'s plan', async () => {
    const org = await createPlanningOrg()
    const v1 = await publishedPlan(org)
    const other = await createTestOrg()
    await signInAs(other.members.ENGINEER)
    expect(await markPlanSeenAction({ planId: v1.planId })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await prisma.planView.count({ where: { planId: v1.planId } })).toBe(0)
    expect(await markPlanSeenAction({ planId: '' })).toMatchObject({ ok: false, code: 'INVALID' })
  })
})
