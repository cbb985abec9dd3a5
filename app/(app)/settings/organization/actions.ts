'use server'

import { renameOrganization } from '@/lib/db/accounts/organizations'
import { renameOrganizationSchema } from '@/lib/schemas/org'
import { defineAction } from '@/lib/server/action'

export const renameOrganizationAction = defineAction(
  { name: 'organization.rename', permission: 'org:manage', revalidate: ['/'] },
  renameOrganizationSchema,
  async ({ name }, actor) => renameOrganization(actor.orgId, actor.userId, name),
)
