'use server'

import { ROLE_LABELS } from '@/lib/auth/permissions'
import { publicOrigin } from '@/lib/auth/request'
import { createInvitation, revokeInvitation } from '@/lib/db/invitations'
import { createInvitationSchema, revokeInvitationSchema } from '@/lib/schemas/invitation'
import { defineAction } from '@/lib/server/action'
import { isMailConfigured, sendMail } from '@/lib/server/mailer'

/** Creates the invitation; the link (with the one-time token) goes back to the inviter only. */
export const createInvitationAction = defineAction(
  { name: 'invitation.create', permission: 'invitation:manage', revalidate: ['/settings/invitations'] },
  createInvitationSchema,
  async (input, actor) => {
    const { invitation, token } = await createInvitation(actor.orgId, actor, input)
    const link = `${await publicOrigin()}/invite/${token}`
    const emailed = isMailConfigured()
      ? await sendMail({
          to: invitation.email,
          subject: `${actor.name} invited you to ${actor.orgName} on Plural`,
          text: `${actor.name} invited you to join ${actor.orgName} on Plural as ${ROLE_LABELS[invitation.role]}.\n\nAccept the invitation within 7 days:\n${link}\n\nIf you did not expect this, ignore this e-mail.`,
        })
      : false
    return { invitation, link, emailed }
  },
)

export const revokeInvitationAction = defineAction(
  { name: 'invitation.revoke', permission: 'invitation:manage', revalidate: ['/settings/invitations'] },
  revokeInvitationSchema,
  async ({ invitationId }, actor) => revokeInvitation(actor.orgId, actor.userId, invitationId),
)
