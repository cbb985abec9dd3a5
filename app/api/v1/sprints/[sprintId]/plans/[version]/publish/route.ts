import { publishApiVersion } from '@/lib/db/api/plans'
import { operationById } from '@/lib/schemas/api/operations'
import { defineApiRoute } from '@/lib/server/api/route'

export const POST = defineApiRoute(operationById('publishVersion'), async ({ actor, params, ifMatch }) => {
  const published = await publishApiVersion(actor.orgId, actor, params.sprintId, params.version, ifMatch!)
  return { body: published, etag: published.revision }
})
