import { createScimUser, listScimUsers, SCIM_USER_FILTERS } from '@/lib/db/accounts/scim-users'
import { parseScimFilter } from '@/lib/scim/filter'
import { toScimList, toScimUser } from '@/lib/scim/resources'
import { scimListQuerySchema, scimUserSchema } from '@/lib/schemas/scim'
import { defineScimRoute } from '@/lib/server/scim/route'

export const GET = defineScimRoute({ name: 'scim.users.list', query: scimListQuerySchema }, async ({ actor, query, baseUrl }) => {
  const filter = parseScimFilter(query.filter, SCIM_USER_FILTERS)
  const { rows, total } = await listScimUsers(actor.orgId, filter, query.startIndex, query.count)
  return {
    body: toScimList(
      rows.map((r) => toScimUser(r, baseUrl)),
      total,
      query.startIndex,
    ),
  }
})

export const POST = defineScimRoute({ name: 'scim.users.create', body: scimUserSchema }, async ({ actor, body, baseUrl }) => ({
  status: 201,
  body: toScimUser(await createScimUser(actor.orgId, actor.tokenId, body), baseUrl),
}))
