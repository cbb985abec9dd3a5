import { listApiMembers } from '@/lib/db/api/people'
import { operationById } from '@/lib/schemas/api/operations'
import { defineApiRoute } from '@/lib/server/api/route'

export const GET = defineApiRoute(operationById('listMembers'), async ({ actor, query }) => ({
  body: await listApiMembers(actor.orgId, actor.role, query),
}))
