import { getApiPlanVersion } from '@/lib/db/api/plans'
import { operationById } from '@/lib/schemas/api/operations'
import { defineApiRoute } from '@/lib/server/api/route'

export const GET = defineApiRoute(operationById('getPlanVersion'), async ({ actor, params }) => {
  const plan = await getApiPlanVersion(actor.orgId, params.sprintId, params.version)
  return { body: plan, etag: plan.revision }
})
