'use server'

import { createPlan, replan, saveWhatIf } from '@/lib/db/planner/plans'
import { moveItem, setLock, setPin } from '@/lib/db/planner/edits'
import { previewWhatIf } from '@/lib/db/planner/preview'
import { getExplanation } from '@/lib/db/planner/reads'
import {
  createPlanSchema,
  explainCardSchema,
  moveItemSchema,
  planRefSchema,
  setLockSchema,
  setPinSchema,
  whatIfSchema,
} from '@/lib/schemas/plan'
import { defineAction } from '@/lib/server/action'
import { publishPlanWithWriteBack } from '@/lib/server/connectors/publish'

// The planner's actions. Each carries the plan version/revision it was made on (see lib/schemas/plan.ts);
// the board refreshes itself, so board edits do not revalidate the whole page. An edit of the published
// version opens a draft (decision 0055), which engineers never see, so My sprint is not revalidated either.

const versionPaths = ['/sprints', '/my-sprint']

/** One card's reasons and next-best place, read when someone opens "Why?" instead of shipping all of them. */
export const explainCardAction = defineAction({ name: 'plan.explain', permission: 'plan:read' }, explainCardSchema, async (input, actor) =>
  getExplanation(actor.orgId, input.planId, input.itemId),
)

export const createPlanAction = defineAction(
  { name: 'plan.create', permission: 'plan:write', revalidate: versionPaths },
  createPlanSchema,
  async (input, actor) => createPlan(actor.orgId, actor, input),
)

export const replanAction = defineAction(
  { name: 'plan.replan', permission: 'plan:write', revalidate: versionPaths },
  planRefSchema,
  async (input, actor) => replan(actor.orgId, actor, input),
)

export const moveItemAction = defineAction({ name: 'plan.move', permission: 'plan:write' }, moveItemSchema, async (input, actor) =>
  moveItem(actor.orgId, actor, input),
)

export const setLockAction = defineAction({ name: 'plan.lock', permission: 'plan:write' }, setLockSchema, async (input, actor) =>
  setLock(actor.orgId, actor, input),
)

export const setPinAction = defineAction({ name: 'plan.pin', permission: 'plan:write' }, setPinSchema, async (input, actor) =>
  setPin(actor.orgId, actor, input),
)

/** Computes a what-if board without saving anything. */
export const previewWhatIfAction = defineAction(
  { name: 'plan.what-if.preview', permission: 'plan:write' },
  whatIfSchema,
  async (input, actor) => previewWhatIf(actor.orgId, input),
)

export const saveWhatIfAction = defineAction(
  { name: 'plan.what-if.save', permission: 'plan:write', revalidate: versionPaths },
  whatIfSchema,
  async (input, actor) => saveWhatIf(actor.orgId, actor, input),
)

export const publishPlanAction = defineAction(
  { name: 'plan.publish', permission: 'plan:publish', revalidate: versionPaths },
  planRefSchema,
  async (input, actor) => publishPlanWithWriteBack(actor.orgId, actor.userId, input),
)
