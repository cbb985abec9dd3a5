import { deleteScimGroup, getScimGroup, replaceScimGroup, updateScimGroup } from '@/lib/db/accounts/scim-groups'
import { groupChangeFromPatch } from '@/lib/scim/patch'
import { membersWanted, toScimGroup } from '@/lib/scim/resources'
import { scimGetQuerySchema, scimGroupSchema, scimIdSchema, scimPatchSchema } from '@/lib/schemas/scim'
import { defineScimRoute } from '@/lib/server/scim/route'

export const GET = defineScimRoute(
  { name: 'scim.groups.get', params: scimIdSchema, query: scimGetQuerySchema },
  async ({ actor, params, query, baseUrl }) => ({
    body: toScimGroup(await getScimGroup(actor.orgId, params.id), baseUrl, membersWanted(query.excludedAttributes)),
  }),
)

export const PUT = defineScimRoute(
  { name: 'scim.groups.replace', params: scimIdSchema, body: scimGroupSchema },
  async ({ actor, params, body, baseUrl }) => ({
    body: toScimGroup(await replaceScimGroup(actor.orgId, actor.tokenId, params.id, body), baseUrl),
  }),
)

export const PATCH = defineScimRoute(
  { name: 'scim.groups.patch', params: scimIdSchema, body: scimPatchSchema },
  async ({ actor, params, body, baseUrl }) => {
    const change = groupChangeFromPatch(body.Operations)
    return { body: toScimGroup(await updateScimGroup(actor.orgId, actor.tokenId, params.id, change), baseUrl) }
  },
)

export const DELETE = defineScimRoute({ name: 'scim.groups.delete', params: scimIdSchema }, async ({ actor, params }) => {
  await deleteScimGroup(actor.orgId, actor.tokenId, params.id)
  return { status: 204 }
})
