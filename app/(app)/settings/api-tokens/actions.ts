'use server'

import { createApiToken, revokeApiToken } from '@/lib/db/api/tokens'
import { createApiTokenSchema, revokeApiTokenSchema } from '@/lib/schemas/api-token'
import { defineAction } from '@/lib/server/action'

// Organisation API tokens (Settings › API tokens). Creating answers with the secret, the one time it
// leaves the server: the page shows it once and only its hash is kept.
const revalidate = ['/settings/api-tokens']

export const createApiTokenAction = defineAction(
  { name: 'api-token.create', permission: 'org:manage', revalidate },
  createApiTokenSchema,
  async (input, actor) => createApiToken(actor.orgId, { userId: actor.userId, membershipId: actor.membershipId }, input),
)

export const revokeApiTokenAction = defineAction(
  { name: 'api-token.revoke', permission: 'org:manage', revalidate },
  revokeApiTokenSchema,
  async ({ id }, actor) => revokeApiToken(actor.orgId, actor.userId, id),
)
