import { describe, expect, it } from 'vitest'
import { createPlanAction, explainCardAction, moveItemAction } from '@/app/(app)/sprints/[sprintId]/planner/actions'
import { signInAs } from '../../support/factories'
import { assignmentsOf, createPlanningOrg, unwrap } from './fixtures'

// "Why?" on a card reads that one card's explanation on demand: planners only, their own
// organisation's plans only, and only well-formed ids.

describe('a card explanation read on demand', () => {
  it('gives a lead the stored reasons and the next-best place, and the new reasons after a hand move', async () => {
    const org = await createPlanningOrg()
    await signInAs(org.members.MANAGER)
    const v1 = unwrap(await createPlanAction({ sprintId: org.sprintId, baseVersion: 0 }))
    const rows = await assignmentsOf(v1.planId)
    const itemId = org.itemIds.find((id) => rows[id].membershipId)!

    await signInAs(org.members.LEAD)
    const before = unwrap(await explainCardAction({ planId: v1.planId, itemId }))
    expect(before.reasons.join(' ')).toMatch(/fit is \d\.\d\d/)

    await signInAs(org.members.MANAGER)
    unwrap(await moveItemAction({ planId: v1.planId, revision: 0, itemId, toMembershipId: null }))
    await signInAs(org.members.LEAD)
    const after = unwrap(await explainCardAction({ planId: v1.planId, itemId }))
    expect(after.reasons[0]).toMatch(/^Taken off the plan by hand by /)
    expect(after.alternative).toBeNull()
  })

  it('is refused to engineers, answers "not found" for other organisations and unknown ids, and validates its input', async () => {
    const [org, other] = await Promise.all([createPlanningOrg(), createPlanningOrg()])
    await signInAs(other.members.MANAGER)
    const foreign = unwrap(await createPlanAction({ sprintId: other.sprintId, baseVersion: 0 }))
    await signInAs(org.members.MANAGER)
    const own = unwrap(await createPlanAction({ sprintId: org.sprintId, baseVersion: 0 }))

    expect(await explainCardAction({ planId: foreign.planId, itemId: other.itemIds[0] })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await explainCardAction({ planId: own.planId, itemId: other.itemIds[0] })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await explainCardAction({ planId: own.planId, itemId: 'no-such-item' })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await explainCardAction({ planId: own.planId })).toMatchObject({ ok: false, code: 'INVALID' })
    expect(await explainCardAction({ planId: own.planId, itemId: 'x'.repeat(65) })).toMatchObject({ ok: false, code: 'INVALID' })
    expect(await explainCardAction({ planId: [own.planId], itemId: org.itemIds[0] })).toMatchObject({ ok: false, code: 'INVALID' })

    await signInAs(org.members.ENGINEER)
    expect(await explainCardAction({ planId: own.planId, itemId: org.itemIds[0] })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })
})
