import { z } from 'zod'
import { emailField } from './account'
import { idField } from './id'
import { roleField } from './org'

export const createInvitationSchema = z.object({ email: emailField, role: roleField })
export const revokeInvitationSchema = z.object({ invitationId: idField('invitation') })
export const acceptInvitationSchema = z.object({ token: z.string({ message: 'The link is incomplete' }).trim().min(1).max(300) })
