'use server'

import { redirect } from 'next/navigation'
import { writeOrgChoice } from '@/lib/auth/session'
import { createOrganization } from '@/lib/db/accounts/organizations'
import { createOrganizationSchema } from '@/lib/schemas/org'
import { defineUserAction } from '@/lib/server/action'

export const createOrganizationAction = defineUserAction(
  { name: 'organization.create', permission: 'signed-in' },
  createOrganizationSchema,
  async ({ name }, user) => {
    const { organizationId } = await createOrganization(user.userId, name)
    await writeOrgChoice(organizationId)
    redirect('/settings/members')
  },
)
