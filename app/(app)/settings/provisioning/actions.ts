'use server'

import { createScimToken, revokeScimToken } from '@/lib/db/accounts/scim-tokens'
import { createScimTokenSchema, revokeScimTokenSchema } from '@/lib/schemas/scim'
import { defineAction } from '@/lib/server/action'

export const createScimTokenAction = defineAction(
  { name: 'scim-token.create', permission: 'org:manage', revalidate: ['/settings/provisioning'] },
  createScimTokenSchema,
  async (input, actor) => createScimToken(actor.orgId, actor.userId, input),
)

export const revokeScimTokenAction = defineAction(
  { name: 'scim-token.revoke', permission: 'org:manage', revalidate: ['/settings/provisioning'] },
  revokeScimTokenSchema,
  async ({ id }, actor) => revokeScimToken(actor.orgId, actor.userId, id),
)
