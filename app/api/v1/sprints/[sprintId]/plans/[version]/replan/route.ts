import { replanApiVersion } from '@/lib/db/api/plans'
import { operationById } from '@/lib/schemas/api/operations'
import { defineApiRoute } from '@/lib/server/api/route'

export const POST = defineApiRoute(operationById('replanVersion'), async ({ actor, params, ifMatch }) => {
  const created = await replanApiVersion(actor.orgId, actor, params.sprintId, params.version, ifMatch!)
  return { body: created, etag: created.revision }
})
