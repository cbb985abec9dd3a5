import { describe, expect, it } from 'vitest'
import { createPlanAction, moveItemAction, publishPlanAction, setLockAction } from '@/app/(app)/sprints/[sprintId]/planner/actions'
import { prisma } from '@/lib/db/client'
import { signInAs } from '../../support/factories'
import { assignmentsOf, createPlanningOrg, unwrap } from './fixtures'

describe('two managers editing the same plan', () => {
  it('lets exactly one of two concurrent changes on the same revision through; the other gets CONFLICT', async () => {
    const org = await createPlanningOrg()
    await signInAs(org.members.MANAGER)
    const plan = unwrap(await createPlanAction({ sprintId: org.sprintId, baseVersion: 0 }))
    const rows = await assignmentsOf(plan.planId)
    const [a, b] = org.itemIds.filter((id) => rows[id].membershipId)
    // Both writers loaded revision 0 and now submit at the same moment.
    const results = await Promise.all([
      moveItemAction({ planId: plan.planId, revision: 0, itemId: a, toMembershipId: null }),
      moveItemAction({ planId: plan.planId, revision: 0, itemId: b, toMembershipId: null }),
    ])
    const ok = results.filter((r) => r.ok)
    const conflicts = results.filter((r) => !r.ok)
    expect(ok).toHaveLength(1)
    expect(conflicts).toEqual([expect.objectContaining({ ok: false, code: 'CONFLICT', message: expect.stringMatching(/Reload/) })])
    const after = await assignmentsOf(plan.planId)
    // The winner's change is saved; the loser's is not silently applied.
    expect([after[a].membershipId, after[b].membershipId].filter((m) => m === null)).toHaveLength(1)
    expect((await prisma.plan.findUniqueOrThrow({ where: { id: plan.planId } })).revision).toBe(1)
  })

  it('refuses a lock and a publish racing on one revision the same way', async () => {
    const org = await createPlanningOrg()
    await signInAs(org.members.MANAGER)
    const plan = unwrap(await createPlanAction({ sprintId: org.sprintId, baseVersion: 0 }))
    const rows = await assignmentsOf(plan.planId)
    const item = org.itemIds.find((id) => rows[id].membershipId)!
    const results = await Promise.all([
      setLockAction({ planId: plan.planId, revision: 0, itemId: item, locked: true }),
      publishPlanAction({ planId: plan.planId, revision: 0 }),
    ])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.find((r) => !r.ok)).toMatchObject({ code: 'CONFLICT' })
  })

  it('refuses edits to a version that is no longer the newest', async () => {
    const org = await createPlanningOrg()
    await signInAs(org.members.MANAGER)
    const v1 = unwrap(await createPlanAction({ sprintId: org.sprintId, baseVersion: 0 }))
    unwrap(await createPlanAction({ sprintId: org.sprintId, baseVersion: 1 }))
    const rows = await assignmentsOf(v1.planId)
    const item = org.itemIds.find((id) => rows[id].membershipId)!
    const stale = await setLockAction({ planId: v1.planId, revision: 0, itemId: item, locked: true })
    expect(stale).toMatchObject({ ok: false, code: 'CONFLICT', message: expect.stringMatching(/version 2 exists/) })
  })
})
