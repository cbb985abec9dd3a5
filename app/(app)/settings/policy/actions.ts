'use server'

import { resetPolicy, updatePolicy } from '@/lib/db/work-items/policy'
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
