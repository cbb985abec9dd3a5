import { createWorkItem } from '@/lib/db/work-items/writes'
import { getApiWorkItem, listApiWorkItems } from '@/lib/db/api/work-items'
import { operationById } from '@/lib/schemas/api/operations'
import { defineApiRoute } from '@/lib/server/api/route'

export const GET = defineApiRoute(operationById('listWorkItems'), async ({ actor, query }) => ({
  body: await listApiWorkItems(actor.orgId, query),
}))

export const POST = defineApiRoute(operationById('createWorkItem'), async ({ actor, body }) => {
  const { id } = await createWorkItem(actor.orgId, body, 'api')
  return { body: await getApiWorkItem(actor.orgId, id) }
})
