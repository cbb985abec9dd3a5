import { describe, expect, it } from 'vitest'
import { updateBalanceBudgetAction } from '@/app/(app)/settings/policy/actions'
import { createPlanAction, previewWhatIfAction, replanAction } from '@/app/(app)/sprints/[sprintId]/planner/actions'
import { prisma } from '@/lib/db/client'
import { getBalanceCostShare } from '@/lib/db/planner/settings'
import { movedWords } from '@/lib/planner/diff'
import { parseMeta } from '@/lib/planner/meta'
import { signInAs } from '../../support/factories'
import { createPlanningOrg, unwrap } from './fixtures'

// Balance as a soft goal in the app (decision 0057): the organisation's budget, set on the policy
// page, goes into every plan, re-plan and what-if, and the summary says what balance did.

const budgetForm = (percent: string) => {
  const fd = new FormData()
  fd.set('balancePercent', percent)
  return fd
}

describe('the balance budget', () => {
  it('owners and admins set it as a percentage, validated and audited; managers may not', async () => {
    const org = await createPlanningOrg()
    expect(await getBalanceCostShare(org.orgId)).toBe(0.005)
    await signInAs(org.members.MANAGER)
    expect(await updateBalanceBudgetAction(budgetForm('1'))).toMatchObject({ ok: false, code: 'FORBIDDEN' })

    await signInAs(org.members.ADMIN)
    for (const bad of ['', '7', '-1', 'lots']) {
      expect(await updateBalanceBudgetAction(budgetForm(bad))).toMatchObject({
        ok: false,
        code: 'INVALID',
        fieldErrors: { balancePercent: ['Balance may cost up to (% of objective) must be a number from 0 to 5'] },
      })
    }
    expect(await getBalanceCostShare(org.orgId)).toBe(0.005)
    expect(unwrap(await updateBalanceBudgetAction(budgetForm('2')))).toEqual({ balanceCostShare: 0.02 })
    expect(await getBalanceCostShare(org.orgId)).toBe(0.02)
    const audit = await prisma.auditEvent.findMany({ where: { organizationId: org.orgId, action: 'planning.balance_budget_changed' } })
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ targetType: 'organization', targetId: org.orgId, data: { from: 0.005, to: 0.02 } })
  })

  it('plans, re-plans and what-ifs use the organisation budget, and the what-if words match its diff', async () => {
    const org = await createPlanningOrg()
    await prisma.organization.update({ where: { id: org.orgId }, data: { balanceCostShare: 0.03 } })
    await signInAs(org.members.MANAGER)
    const v1 = unwrap(await createPlanAction({ sprintId: org.sprintId, baseVersion: 0 }))
    const balanceOf = async (planId: string) =>
      parseMeta((await prisma.plan.findUniqueOrThrow({ where: { id: planId }, select: { summary: true } })).summary).balance
    expect(await balanceOf(v1.planId)).toMatchObject({ budgetShare: 0.03 })

    const v2 = unwrap(await replanAction({ planId: v1.planId, revision: 0 }))
    expect(await balanceOf(v2.planId)).toMatchObject({ budgetShare: 0.03 })

    const preview = unwrap(
      await previewWhatIfAction({ planId: v2.planId, revision: 0, scenario: { capacity: { [org.engineers[0]]: 4 }, removed: [] } }),
    )
    expect(preview.balance).toMatchObject({ budgetShare: 0.03 })
    expect(preview.diff.text.moved).toBe(movedWords(preview.diff.moved.length))
    expect(preview.why[preview.why.length - 1].startsWith(preview.diff.text.moved)).toBe(true)
  })
})
