'use server'

import { ROLE_LABELS } from '@/lib/core/permissions'
import { publicOrigin } from '@/lib/auth/request'
import { createInvitation, revokeInvitation } from '@/lib/db/accounts/invitations'
import { invitationEmail } from '@/lib/email/templates'
import { createInvitationSchema, revokeInvitationSchema } from '@/lib/schemas/invitation'
import { defineAction } from '@/lib/server/action'
import { isMailConfigured, sendMail } from '@/lib/email/mailer'

/** Creates the invitation; the link (with the one-time token) goes back to the inviter only. */
export const createInvitationAction = defineAction(
  { name: 'invitation.create', permission: 'invitation:manage', revalidate: ['/settings/invitations'] },
  createInvitationSchema,
  async (input, actor) => {
    const { invitation, token } = await createInvitation(actor.orgId, actor, input)
    const link = `${await publicOrigin()}/invite/${token}`
    const email = invitationEmail({ inviterName: actor.name, orgName: actor.orgName, roleLabel: ROLE_LABELS[invitation.role], link })
    const emailed = isMailConfigured() && (await sendMail({ to: invitation.email, ...email })).sent
    return { invitation, link, emailed }
  },
)

export const revokeInvitationAction = defineAction(
  { name: 'invitation.revoke', permission: 'invitation:manage', revalidate: ['/settings/invitations'] },
  revokeInvitationSchema,
  async ({ invitationId }, actor) => revokeInvitation(actor.orgId, actor.userId, invitationId),
)
