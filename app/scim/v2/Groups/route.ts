import { createScimGroup, listScimGroups, SCIM_GROUP_FILTERS } from '@/lib/db/accounts/scim-groups'
import { parseScimFilter } from '@/lib/scim/filter'
import { membersWanted, toScimGroup, toScimList } from '@/lib/scim/resources'
import { scimGroupSchema, scimListQuerySchema } from '@/lib/schemas/scim'
import { defineScimRoute } from '@/lib/server/scim/route'

export const GET = defineScimRoute({ name: 'scim.groups.list', query: scimListQuerySchema }, async ({ actor, query, baseUrl }) => {
  const filter = parseScimFilter(query.filter, SCIM_GROUP_FILTERS)
  const { rows, total } = await listScimGroups(actor.orgId, filter, query.startIndex, query.count)
  const members = membersWanted(query.excludedAttributes)
  return {
    body: toScimList(
      rows.map((r) => toScimGroup(r, baseUrl, members)),
      total,
      query.startIndex,
    ),
  }
})

export const POST = defineScimRoute({ name: 'scim.groups.create', body: scimGroupSchema }, async ({ actor, body, baseUrl }) => ({
  status: 201,
  body: toScimGroup(await createScimGroup(actor.orgId, actor.tokenId, body), baseUrl),
}))
