'use server'

import { recordPlanSeen } from '@/lib/db/planner/plan-views'
import { planSeenSchema } from '@/lib/schemas/plan'
import { defineAction } from '@/lib/server/action'

/** "Got it": the engineer has seen what changed in the published plan, so the panel goes until the next publish. */
export const markPlanSeenAction = defineAction(
  { name: 'plan.seen', permission: 'self:use', revalidate: ['/my-sprint'] },
  planSeenSchema,
  async ({ planId }, actor) => recordPlanSeen(actor.orgId, actor.membershipId, planId),
)
