'use server'

import { setBalanceCostShare } from '@/lib/db/planner/settings'
import { resetPolicy, updatePolicy } from '@/lib/db/work-items/policy'
import { balanceBudgetSchema } from '@/lib/schemas/plan'
import { resetPolicySchema, updatePolicySchema } from '@/lib/schemas/policy'
import { defineAction } from '@/lib/server/action'

export const updatePolicyAction = defineAction(
  { name: 'policy.update', permission: 'policy:write', revalidate: ['/settings/policy'] },
  updatePolicySchema,
  async ({ entries }, actor) => updatePolicy(actor.orgId, actor.userId, entries),
)

export const resetPolicyAction = defineAction(
  { name: 'policy.reset', permission: 'policy:write', revalidate: ['/settings/policy'] },
  resetPolicySchema,
  async (_input, actor) => resetPolicy(actor.orgId, actor.userId),
)

export const updateBalanceBudgetAction = defineAction(
  { name: 'planning.balance_budget', permission: 'policy:write', revalidate: ['/settings/policy'] },
  balanceBudgetSchema,
  async ({ balanceCostShare }, actor) => setBalanceCostShare(actor.orgId, actor.userId, balanceCostShare),
)
