import { listApiSprints } from '@/lib/db/api/sprints'
import { operationById } from '@/lib/schemas/api/operations'
import { defineApiRoute } from '@/lib/server/api/route'

export const GET = defineApiRoute(operationById('listSprints'), async ({ actor }) => ({
  body: { data: await listApiSprints(actor.orgId) },
}))
