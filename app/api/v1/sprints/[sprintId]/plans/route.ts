import { createApiPlan, listApiPlanVersions } from '@/lib/db/api/plans'
import { operationById } from '@/lib/schemas/api/operations'
import { defineApiRoute } from '@/lib/server/api/route'

export const GET = defineApiRoute(operationById('listPlanVersions'), async ({ actor, params }) => ({
  body: { data: await listApiPlanVersions(actor.orgId, params.sprintId) },
}))

export const POST = defineApiRoute(operationById('createPlan'), async ({ actor, params, body }) => {
  const created = await createApiPlan(actor.orgId, actor, params.sprintId, body.baseVersion)
  return { body: created, etag: created.revision }
})
