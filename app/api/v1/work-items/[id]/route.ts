import { deleteWorkItems, updateWorkItem } from '@/lib/db/work-items/writes'
import { getApiWorkItem } from '@/lib/db/api/work-items'
import { operationById } from '@/lib/schemas/api/operations'
import { defineApiRoute } from '@/lib/server/api/route'

export const GET = defineApiRoute(operationById('getWorkItem'), async ({ actor, params }) => ({
  body: await getApiWorkItem(actor.orgId, params.id),
}))

export const PUT = defineApiRoute(operationById('updateWorkItem'), async ({ actor, params, body }) => {
  await updateWorkItem(actor.orgId, { ...body, id: params.id }, 'api')
  return { body: await getApiWorkItem(actor.orgId, params.id) }
})

export const DELETE = defineApiRoute(operationById('deleteWorkItem'), async ({ actor, params }) => {
  await deleteWorkItems(actor.orgId, actor.userId, [params.id], 'api')
  return {}
})
