import 'server-only'
import { publishPlan } from '@/lib/db/planner/publish'
import type { OrgId } from '@/lib/db/org-id'
import type { UserId } from '@/lib/db/user-id'
import type { PlanRefInput } from '@/lib/schemas/plan'
import { tellPlanPublished } from './chat-notices'
import { writeBackAssignees } from './write-back'

/** Publishing, then the write-back of planned assignees to trackers that have it on (after the commit: HTTP never runs inside a transaction). */
export async function publishPlanWithWriteBack(orgId: OrgId, actorId: UserId, ref: PlanRefInput) {
  const published = await publishPlan(orgId, actorId, ref)
  const writeBack = await writeBackAssignees(orgId, actorId, ref.planId)
  await tellPlanPublished(orgId, ref.planId)
  return { ...published, writeBack }
}
