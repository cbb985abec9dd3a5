import { getApiMember } from '@/lib/db/api/people'
import { operationById } from '@/lib/schemas/api/operations'
import { defineApiRoute } from '@/lib/server/api/route'

export const GET = defineApiRoute(operationById('getMember'), async ({ actor, params }) => ({
  body: await getApiMember(actor.orgId, actor.role, params.membershipId),
}))
