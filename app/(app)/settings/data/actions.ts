'use server'

import { redirect } from 'next/navigation'
import { z } from 'zod'
import { deleteOrganization } from '@/lib/db/accounts/organization-data'
import { defineAction } from '@/lib/server/action'
import { invalid } from '@/lib/core/app-error'

export const deleteOrganizationAction = defineAction(
  { name: 'organization.delete', permission: 'org:own' },
  z.object({ confirmation: z.string({ message: 'Type the organisation name to confirm' }).max(200) }),
  async ({ confirmation }, actor) => {
    // A typed confirmation: deleting removes every team, plan and survey result for good.
    if (confirmation.trim() !== actor.orgName) throw invalid('confirmation', `Type “${actor.orgName}” exactly to confirm.`)
    await deleteOrganization(actor.orgId)
    redirect('/')
  },
)
