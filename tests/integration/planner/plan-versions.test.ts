import { describe, expect, it } from 'vitest'
import {
  createPlanAction,
  explainCardAction,
  moveItemAction,
  replanAction,
  setLockAction,
  setPinAction,
} from '@/app/(app)/sprints/[sprintId]/planner/actions'
import { prisma } from '@/lib/db/client'
import { getBoard } from '@/lib/db/planner/reads'
import { decodeBoard } from '@/lib/planner/wire'
import { createUser, signInAs } from '../../support/factories'
import { assignmentsOf, createPlanningOrg, unwrap } from './fixtures'

describe('planning a sprint', () => {
  it('saves every plan as a new version and never overwrites an earlier one', async () => {
    const org = await createPlanningOrg()
    // An engineer on the team who has not taken the survey yet.
    const newcomer = await prisma.membership.create({
      data: { organizationId: org.orgId, userId: (await createUser('Newcomer')).id, role: 'ENGINEER' },
    })
    await prisma.teamMember.create({ data: { organizationId: org.orgId, teamId: org.teamId, membershipId: newcomer.id } })
    await signInAs(org.members.MANAGER)
    const v1 = unwrap(await createPlanAction({ sprintId: org.sprintId, baseVersion: 0 }))
    expect(v1.version).toBe(1)
    const before = await assignmentsOf(v1.planId)
    expect(Object.keys(before).sort()).toEqual([...org.itemIds].sort())
    const planned = Object.values(before)
      .map((a) => a.membershipId)
      .filter(Boolean)
    expect(planned.every((id) => org.engineers.includes(id!))).toBe(true)

    const v2 = unwrap(await createPlanAction({ sprintId: org.sprintId, baseVersion: 1 }))
    expect(v2.version).toBe(2)
    expect(await assignmentsOf(v1.planId)).toEqual(before)
    expect(await prisma.plan.count({ where: { sprintId: org.sprintId } })).toBe(2)

    const board = await getBoard(org.orgId, org.sprintId)
    expect(board?.version).toBe(2)
    // The engineer without a profile is listed with the reason; the manager without one is not expected to plan work.
    expect(board?.meta.unplanned.map((u) => u.membershipId)).toEqual([newcomer.id])
    // The board carries placements only; each card's reasons and alternative are read on demand.
    const { cards } = decodeBoard(board!.wire)
    expect(cards.map((c) => c.itemId).sort()).toEqual([...org.itemIds].sort())
    const explained = await Promise.all(cards.map((card) => explainCardAction({ planId: board!.planId, itemId: card.itemId })))
    expect(explained.every((r) => r.ok && r.data.reasons.length > 0)).toBe(true)
    expect(explained.some((r) => r.ok && r.data.alternative !== null)).toBe(true)
  })

  it('refuses a plan made from a page that had not seen the newest version', async () => {
    const org = await createPlanningOrg()
    await signInAs(org.members.MANAGER)
    unwrap(await createPlanAction({ sprintId: org.sprintId, baseVersion: 0 }))
    const stale = await createPlanAction({ sprintId: org.sprintId, baseVersion: 0 })
    expect(stale).toMatchObject({ ok: false, code: 'CONFLICT' })
  })

  it('re-plans keeping locked and pinned items, and says how many moved and why', async () => {
    const org = await createPlanningOrg()
    await signInAs(org.members.MANAGER)
    const v1 = unwrap(await createPlanAction({ sprintId: org.sprintId, baseVersion: 0 }))
    const rows = await assignmentsOf(v1.planId)
    const [lockItem, pinItem, moveItem] = org.itemIds.filter((id) => rows[id].membershipId)
    const lockedTo = rows[lockItem].membershipId!
    // Move one item by hand to someone else, then lock it there: the re-plan must keep it.
    const target = org.engineers.find((e) => e !== rows[moveItem].membershipId)!
    const moved = await moveItemAction({ planId: v1.planId, revision: 0, itemId: moveItem, toMembershipId: target })
    expect(moved).toMatchObject({ ok: true })
    let revision = unwrap(moved).revision
    revision = unwrap(await setLockAction({ planId: v1.planId, revision, itemId: lockItem, locked: true })).revision
    revision = unwrap(await setLockAction({ planId: v1.planId, revision, itemId: moveItem, locked: true })).revision
    revision = unwrap(await setPinAction({ planId: v1.planId, revision, itemId: pinItem, pinned: true })).revision

    const v2 = unwrap(await replanAction({ planId: v1.planId, revision }))
    expect(v2.version).toBe(2)
    const after = await assignmentsOf(v2.planId)
    expect(after[lockItem]).toMatchObject({ membershipId: lockedTo, locked: true })
    expect(after[pinItem].membershipId).toBe(rows[pinItem].membershipId)
    expect(after[moveItem]).toMatchObject({ membershipId: target, locked: true })
    const plan = await prisma.plan.findUniqueOrThrow({ where: { id: v2.planId } })
    const summary = plan.summary as { kind: string; basedOnVersion: number; movedCount: number; why: string[] }
    expect(summary).toMatchObject({ kind: 'replan', basedOnVersion: 1, movedCount: v2.movedCount })
    expect(summary.why.join(' ')).toMatch(/locked item/)
    const pinned = await prisma.workItem.findUniqueOrThrow({ where: { id: pinItem } })
    expect(pinned.pinnedToId).toBe(rows[pinItem].membershipId)
  })

  it('refuses a move that breaks a hard rule, with the rule in words', async () => {
    const org = await createPlanningOrg()
    await signInAs(org.members.MANAGER)
    const v1 = unwrap(await createPlanAction({ sprintId: org.sprintId, baseVersion: 0 }))
    const rows = await assignmentsOf(v1.planId)
    const item = org.itemIds.find((id) => rows[id].membershipId)!
    unwrap(await setLockAction({ planId: v1.planId, revision: 0, itemId: item, locked: true }))
    const other = org.engineers.find((e) => e !== rows[item].membershipId)!
    const refused = await moveItemAction({ planId: v1.planId, revision: 1, itemId: item, toMembershipId: other })
    expect(refused).toMatchObject({ ok: false, code: 'INVALID', message: expect.stringMatching(/Refused: .*locked/) })
  })
})
