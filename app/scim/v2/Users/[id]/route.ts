import { deleteScimUser, getScimUser, replaceScimUser, updateScimUser } from '@/lib/db/accounts/scim-users'
import { userChangeFromPatch } from '@/lib/scim/patch'
import { toScimUser } from '@/lib/scim/resources'
import { scimIdSchema, scimPatchSchema, scimUserSchema } from '@/lib/schemas/scim'
import { defineScimRoute } from '@/lib/server/scim/route'

export const GET = defineScimRoute({ name: 'scim.users.get', params: scimIdSchema }, async ({ actor, params, baseUrl }) => ({
  body: toScimUser(await getScimUser(actor.orgId, params.id), baseUrl),
}))

export const PUT = defineScimRoute(
  { name: 'scim.users.replace', params: scimIdSchema, body: scimUserSchema },
  async ({ actor, params, body, baseUrl }) => ({
    body: toScimUser(await replaceScimUser(actor.orgId, actor.tokenId, params.id, body), baseUrl),
  }),
)

export const PATCH = defineScimRoute(
  { name: 'scim.users.patch', params: scimIdSchema, body: scimPatchSchema },
  async ({ actor, params, body, baseUrl }) => {
    const change = userChangeFromPatch(body.Operations)
    return { body: toScimUser(await updateScimUser(actor.orgId, actor.tokenId, params.id, change), baseUrl) }
  },
)

export const DELETE = defineScimRoute({ name: 'scim.users.delete', params: scimIdSchema }, async ({ actor, params }) => {
  await deleteScimUser(actor.orgId, actor.tokenId, params.id)
  return { status: 204 }
})
