import { getApiDashboard } from '@/lib/db/api/dashboard'
import { operationById } from '@/lib/schemas/api/operations'
import { defineApiRoute } from '@/lib/server/api/route'

export const GET = defineApiRoute(operationById('getDashboard'), async ({ actor, query }) => ({
  body: await getApiDashboard(actor.orgId, query.teamId ?? null),
}))
