import { listApiTeams } from '@/lib/db/api/people'
import { operationById } from '@/lib/schemas/api/operations'
import { defineApiRoute } from '@/lib/server/api/route'

export const GET = defineApiRoute(operationById('listTeams'), async ({ actor }) => ({
  body: { data: await listApiTeams(actor.orgId) },
}))
