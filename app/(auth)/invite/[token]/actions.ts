'use server'

import { redirect } from 'next/navigation'
import { requestIp } from '@/lib/auth/request'
import { writeOrgChoice } from '@/lib/auth/session'
import { acceptInvitation } from '@/lib/db/accounts/invitations'
import { acceptInvitationSchema } from '@/lib/schemas/invitation'
import { defineUserAction } from '@/lib/server/action'

/** Joins the invitation's organisation with its role and makes it the current organisation. */
export const acceptInvitationAction = defineUserAction(
  { name: 'invitation.accept', permission: 'signed-in' },
  acceptInvitationSchema,
  async ({ token }, user) => {
    const { organizationId } = await acceptInvitation(user, token, await requestIp())
    await writeOrgChoice(organizationId)
    redirect('/')
  },
)
