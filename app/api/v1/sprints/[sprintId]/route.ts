import { getApiSprint } from '@/lib/db/api/sprints'
import { operationById } from '@/lib/schemas/api/operations'
import { defineApiRoute } from '@/lib/server/api/route'

export const GET = defineApiRoute(operationById('getSprint'), async ({ actor, params }) => ({
  body: await getApiSprint(actor.orgId, params.sprintId),
}))
