import { getApiAvailability } from '@/lib/db/api/sprints'
import { operationById } from '@/lib/schemas/api/operations'
import { defineApiRoute } from '@/lib/server/api/route'

export const GET = defineApiRoute(operationById('getSprintAvailability'), async ({ actor, params }) => ({
  body: await getApiAvailability(actor.orgId, params.sprintId),
}))
