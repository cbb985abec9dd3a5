import { upsertApiWorkItems } from '@/lib/db/api/work-items'
import { operationById } from '@/lib/schemas/api/operations'
import { defineApiRoute } from '@/lib/server/api/route'

export const POST = defineApiRoute(operationById('upsertWorkItems'), async ({ actor, body }) => ({
  body: await upsertApiWorkItems(actor.orgId, body),
}))
