import 'server-only'
import { canAssignRole, type Role } from '@/lib/core/permissions'
import {
  formatInviteToken,
  hashInviteSecret,
  INVITATION_TTL_MS,
  inviteHashesEqual,
  newInviteSecret,
  parseInviteToken,
} from '@/lib/accounts/invite-token'
import { AppError } from '@/lib/core/app-error'
import { recordAudit } from './audit'
import { prisma } from '../client'
import { UNKNOWN_ADDRESS } from '@/lib/accounts/client-address'
import { getLoginThrottle, recordLoginAttempt } from './login-attempts'
import { orgIdFromClaimedInvitation, type OrgId } from '../org-id'
import type { UserId } from '../user-id'
import type { MemberActor } from './memberships'

export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired'
/** What pages see of an invitation: never the token hash. */
type InvitationDTO = { id: string; email: string; role: Role; status: InvitationStatus; expiresAt: Date; createdAt: Date }

// Invitation acceptance shares the login throttle table under this pseudo e-mail (per client IP).
export const INVITE_THROTTLE_KEY = 'invite'

const dtoSelect = { id: true, email: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true, createdAt: true } as const
type Row = { id: string; email: string; role: Role; expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null; createdAt: Date }

function invitationStatus(row: Pick<Row, 'expiresAt' | 'acceptedAt' | 'revokedAt'>, now = new Date()): InvitationStatus {
  if (row.acceptedAt) return 'accepted'
  if (row.revokedAt) return 'revoked'
  return row.expiresAt.getTime() <= now.getTime() ? 'expired' : 'pending'
}

const toDTO = (row: Row, now = new Date()): InvitationDTO => ({
  id: row.id,
  email: row.email,
  role: row.role,
  status: invitationStatus(row, now),
  expiresAt: row.expiresAt,
  createdAt: row.createdAt,
})

export async function listInvitations(orgId: OrgId): Promise<InvitationDTO[]> {
  const rows = await prisma.invitation.findMany({
    where: { organizationId: orgId },
    select: dtoSelect,
    orderBy: { createdAt: 'desc' },
    take: 200,
  })
  return rows.map((r) => toDTO(r))
}

/** Creates an invitation and returns its one-time token; only the token's hash is stored. */
export async function createInvitation(orgId: OrgId, actor: MemberActor, input: { email: string; role: Role }, now = new Date()) {
  if (!canAssignRole(actor.role, input.role))
    throw new AppError('FORBIDDEN', 'Only an owner can invite another owner.', { role: ['Only an owner can invite an owner.'] })
  const email = input.email.toLowerCase()
  const existing = await prisma.membership.findFirst({ where: { organizationId: orgId, user: { email } }, select: { id: true } })
  if (existing) throw new AppError('CONFLICT', 'That person is already a member.', { email: ['Already a member of this organisation.'] })
  const secret = newInviteSecret()
  return prisma.$transaction(async (tx) => {
    const row = await tx.invitation.create({
      data: {
        organizationId: orgId,
        email,
        role: input.role,
        tokenHash: hashInviteSecret(secret),
        expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
        invitedById: actor.userId,
      },
      select: dtoSelect,
    })
    await recordAudit(
      orgId,
      {
        actorId: actor.userId,
        action: 'invitation.created',
        targetType: 'invitation',
        targetId: row.id,
        data: { email, role: input.role },
      },
      tx,
    )
    return { invitation: toDTO(row, now), token: formatInviteToken(row.id, secret) }
  })
}

export async function revokeInvitation(orgId: OrgId, actorId: UserId, invitationId: string, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const row = await tx.invitation.findFirst({ where: { id: invitationId, organizationId: orgId }, select: dtoSelect })
    if (!row) throw new AppError('NOT_FOUND', 'Invitation not found.')
    if (invitationStatus(row, now) !== 'pending') throw new AppError('INVALID', 'Only a pending invitation can be revoked.')
    await tx.invitation.update({ where: { id: row.id }, data: { revokedAt: now } })
    await recordAudit(
      orgId,
      { actorId, action: 'invitation.revoked', targetType: 'invitation', targetId: row.id, data: { email: row.email } },
      tx,
    )
    return { invitationId: row.id }
  })
}

/**
 * The invitation a link points at, or null for a malformed token, an unknown id or a wrong secret
 * (all alike). This is the one lookup without an organisation: the token itself is the capability.
 */
async function findByToken(token: string) {
  const parts = parseInviteToken(token)
  if (!parts) return null
  const row = await prisma.invitation.findUnique({
    where: { id: parts.invitationId },
    select: { ...dtoSelect, tokenHash: true, organizationId: true, organization: { select: { name: true } } },
  })
  return row && inviteHashesEqual(row.tokenHash, hashInviteSecret(parts.secret)) ? row : null
}

type InvitationPreview = { organizationName: string; email: string; role: Role; status: InvitationStatus }

export async function getInvitationPreview(token: string, now = new Date()): Promise<InvitationPreview | null> {
  const row = await findByToken(token)
  return row ? { organizationName: row.organization.name, email: row.email, role: row.role, status: invitationStatus(row, now) } : null
}

/**
 * Joins the organisation with the invited role. Unknown tokens count against the client IP like
 * failed sign-ins, or against the signed-in person when no address can be believed (no trusted
 * proxy): one shared "unknown" address would let anyone lock everyone out of accepting invitations.
 * The conditional update makes a link single-use even under concurrent accepts.
 */
export async function acceptInvitation(user: { userId: UserId; email: string }, token: string, ip: string, now = new Date()) {
  const client = ip === UNKNOWN_ADDRESS ? `user:${user.userId}` : ip
  const throttle = await getLoginThrottle(INVITE_THROTTLE_KEY, client, now)
  if (!throttle.allowed)
    throw new AppError(
      'RATE_LIMITED',
      `Too many invalid invitation links. Try again in ${throttle.retryInMinutes} minute${throttle.retryInMinutes === 1 ? '' : 's'}.`,
    )
  const row = await findByToken(token)
  if (!row) {
    await recordLoginAttempt(INVITE_THROTTLE_KEY, client, false)
    throw new AppError('NOT_FOUND', 'This invitation link is not valid.')
  }
  const status = invitationStatus(row, now)
  if (status !== 'pending')
    throw new AppError(
      'INVALID',
      `This invitation has ${status === 'accepted' ? 'already been used' : `been ${status === 'revoked' ? 'revoked' : 'expired'}`}. Ask for a new one.`,
    )
  if (row.email.toLowerCase() !== user.email.toLowerCase())
    throw new AppError('FORBIDDEN', `This invitation is for ${row.email}. Sign in with that address to accept it.`)
  return prisma.$transaction(async (tx) => {
    const claimed = await tx.invitation.updateMany({
      where: { id: row.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    })
    if (claimed.count !== 1) throw new AppError('INVALID', 'This invitation has already been used. Ask for a new one.')
    const orgId = await orgIdFromClaimedInvitation(tx, row.id, user.email, now)
    const existing = await tx.membership.findUnique({
      where: { organizationId_userId: { organizationId: orgId, userId: user.userId } },
      select: { id: true },
    })
    if (existing) throw new AppError('CONFLICT', 'You are already a member of this organisation.')
    const membership = await tx.membership.create({
      data: { organizationId: orgId, userId: user.userId, role: row.role },
      select: { id: true },
    })
    const data = { role: row.role, membershipId: membership.id }
    await recordAudit(orgId, { actorId: user.userId, action: 'invitation.accepted', targetType: 'invitation', targetId: row.id, data }, tx)
    return { organizationId: row.organizationId, role: row.role }
  })
}
