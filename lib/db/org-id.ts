import 'server-only'
import type { Prisma } from '@/lib/generated/prisma/client'
import { notFound } from '@/lib/core/app-error'
import { prisma, type Tx } from './client'
import type { SessionAccount } from './accounts/users'

// The tenant id brand. Every lib/db function takes an OrgId first, so a query cannot be written
// without an organisation scope; that is only worth something if a string becomes an OrgId after
// a check that the caller may act in that organisation. The functions below are the only such
// checks, each named after its source; ESLint (eslint.config.mjs) forbids `as OrgId` elsewhere.
declare const orgIdBrand: unique symbol
export type OrgId = string & { readonly [orgIdBrand]: true }

const mint = (id: string) => id as OrgId

type Db = Tx | typeof prisma

/**
 * The session gate (lib/auth/actor.ts only): the organisation a request acts in must be one of
 * the memberships read for the session's user.
 */
export function orgIdOfSession(account: SessionAccount, organizationId: string): OrgId {
  if (!account.memberships.some((m) => m.organizationId === organizationId)) throw notFound('Organisation')
  return mint(organizationId)
}

/** A verified membership: reads the user's membership row (NOT_FOUND when there is none). */
export async function orgIdFromMembership(userId: string, organizationId: string, db: Db = prisma): Promise<OrgId> {
  const row = await db.membership.findUnique({
    where: { organizationId_userId: { organizationId, userId } },
    select: { organizationId: true, deactivatedAt: true },
  })
  if (!row || row.deactivatedAt) throw notFound('Organisation')
  return mint(row.organizationId)
}

/** Verified memberships: every organisation the user belongs to (events about the user, such as a password change). */
export async function listOrgIdsOfMember(userId: string): Promise<OrgId[]> {
  const rows = await prisma.membership.findMany({ where: { userId }, select: { organizationId: true } })
  return rows.map((r) => mint(r.organizationId))
}

/**
 * A verified invitation: one `email` claimed at `claimedAt`. Called inside the transaction that
 * claimed it, so a link that was used before, or someone else's, does not pass.
 */
export async function orgIdFromClaimedInvitation(tx: Tx, invitationId: string, email: string, claimedAt: Date): Promise<OrgId> {
  const row = await tx.invitation.findUnique({
    where: { id: invitationId },
    select: { organizationId: true, email: true, acceptedAt: true },
  })
  if (!row || row.acceptedAt?.getTime() !== claimedAt.getTime() || row.email.toLowerCase() !== email.toLowerCase())
    throw notFound('Invitation')
  return mint(row.organizationId)
}

/**
 * A verified API token (lib/db/api/tokens.ts only): a live token row whose secret hash matched, and
 * whose creator's membership (read with it) is still in the token's organisation.
 */
export function orgIdOfApiToken(token: { organizationId: string; membership: { organizationId: string } }): OrgId {
  if (token.membership.organizationId !== token.organizationId) throw notFound('Organisation')
  return mint(token.organizationId)
}

/**
 * A verified SCIM token (lib/db/accounts/scim-tokens.ts only): a token row whose secret hash matched
 * and which is not revoked. It acts for the organisation that made it, for no member.
 */
export function orgIdOfScimToken(token: { organizationId: string; revokedAt: Date | null }): OrgId {
  if (token.revokedAt) throw notFound('Organisation')
  return mint(token.organizationId)
}

/**
 * A system job acting for no user (the reminder scheduler): the organisations matching `where`,
 * read from the Organization table. Only jobs that do the same work for every organisation in
 * turn may use it (ESLint names the files).
 */
export async function listOrgIdsForSystemJob(where: Prisma.OrganizationWhereInput): Promise<OrgId[]> {
  const rows = await prisma.organization.findMany({ where, orderBy: { id: 'asc' }, select: { id: true } })
  return rows.map((r) => mint(r.id))
}

/**
 * A calendar subscription (the public feed route): the organisation of the feed whose token hashes
 * to `tokenHash`, with its member. Null for an unknown or revoked token, or a deactivated member's.
 */
export async function orgIdFromCalendarFeed(tokenHash: string): Promise<{ orgId: OrgId; membershipId: string } | null> {
  const row = await prisma.calendarFeed.findUnique({
    where: { tokenHash },
    select: { organizationId: true, membershipId: true, membership: { select: { deactivatedAt: true } } },
  })
  return row && !row.membership.deactivatedAt ? { orgId: mint(row.organizationId), membershipId: row.membershipId } : null
}

/**
 * A webhook delivery job (lib/server/webhooks/deliver.ts): the job names a delivery the server wrote,
 * and the organisation is read from that delivery row (NOT_FOUND once it is gone).
 */
export async function orgIdOfWebhookDelivery(deliveryId: string): Promise<OrgId> {
  const row = await prisma.webhookDelivery.findUnique({ where: { id: deliveryId }, select: { organizationId: true } })
  if (!row) throw notFound('Webhook delivery')
  return mint(row.organizationId)
}

/**
 * A tracker sync job (lib/server/connectors/sync-jobs.ts): the job names a connection the server
 * queued a sync for, and the organisation is read from that connection (NOT_FOUND once it is removed).
 */
export async function orgIdOfTrackerConnection(connectionId: string): Promise<OrgId> {
  const row = await prisma.trackerConnection.findUnique({ where: { id: connectionId }, select: { organizationId: true } })
  if (!row) throw notFound('Connection')
  return mint(row.organizationId)
}

/**
 * Single sign-on (lib/db/accounts/sso-sign-in.ts only): the organisation that verified the e-mail domain
 * a person typed, or of the authorisation request the IdP's answer names, read from those rows.
 */
export function orgIdOfSsoRow(row: { organizationId: string }): OrgId {
  return mint(row.organizationId)
}

/**
 * A chat message job (lib/server/connectors/chat-send.ts): the job names a channel the server queued a
 * message for, and the organisation is read from that channel (NOT_FOUND once it is removed).
 */
export async function orgIdOfChatChannel(channelId: string): Promise<OrgId> {
  const row = await prisma.chatChannel.findUnique({ where: { id: channelId }, select: { organizationId: true } })
  if (!row) throw notFound('Chat channel')
  return mint(row.organizationId)
}
