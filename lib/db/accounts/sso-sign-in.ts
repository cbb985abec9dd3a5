import 'server-only'
import { AppError } from '@/lib/core/app-error'
import type { SsoIdentity } from '@/lib/accounts/sso'
import type { Role } from '@/lib/core/permissions'
import { prisma } from '../client'
import { orgIdOfSsoRow, type OrgId } from '../org-id'
import { userIdOf, type UserId } from '../user-id'
import { recordAudit } from './audit'

// The sign-in side of single sign-on: which organisation's IdP an e-mail belongs to, the authorisation
// requests (state, nonce, PKCE verifier kept here), just-in-time membership and the single-use ticket
// next-auth's "sso" provider redeems. No session exists yet, so the organisation comes from the rows.

export type SsoConnectionSecret = {
  orgId: OrgId
  issuer: string
  clientId: string
  clientSecretSealed: string
  defaultRole: Role
  requireSso: boolean
}

const connectionSelect = { issuer: true, clientId: true, clientSecretSealed: true, defaultRole: true, requireSso: true } as const

/** The connection of the organisation that verified `domain`; null when none did or it has no connection. */
export async function getSsoConnectionForDomain(domain: string): Promise<SsoConnectionSecret | null> {
  const row = await prisma.ssoDomain.findUnique({
    where: { verifiedDomain: domain },
    select: { organizationId: true, organization: { select: { ssoConnection: { select: connectionSelect } } } },
  })
  const connection = row?.organization.ssoConnection
  return row && connection ? { orgId: orgIdOfSsoRow(row), ...connection } : null
}

/** The organisation's own connection (an admin verifying a domain through it). */
export async function getSsoConnectionOfOrg(orgId: OrgId): Promise<SsoConnectionSecret | null> {
  const connection = await prisma.ssoConnection.findUnique({ where: { organizationId: orgId }, select: connectionSelect })
  return connection ? { orgId, ...connection } : null
}

export type SsoRequestStart = {
  stateHash: string
  nonce: string
  codeVerifier: string
  purpose: 'sign-in' | 'verify-domain'
  domainId?: string
  startedBy?: UserId
  next: string
  expiresAt: Date
}

/**
 * Sign-ins an organisation may have open at once (each lives 10 minutes). Starting one is public, so this
 * bounds the rows anyone can make an organisation hold; a real crowd signing in at 9:00 stays far below it.
 */
export const MAX_OPEN_SSO_REQUESTS = 500

export async function createSsoAuthRequest(orgId: OrgId, start: SsoRequestStart, now = new Date()) {
  // Requests nobody finished are kept only until they expire; each new one sweeps the stale ones.
  await prisma.ssoAuthRequest.deleteMany({ where: { expiresAt: { lt: now } } })
  const open = await prisma.ssoAuthRequest.count({ where: { organizationId: orgId, consumedAt: null } })
  if (open >= MAX_OPEN_SSO_REQUESTS)
    throw new AppError('RATE_LIMITED', 'Too many sign-ins to this organisation are under way. Try again in a few minutes.')
  await prisma.ssoAuthRequest.create({ data: { organizationId: orgId, ...start } })
}

export type ConsumedSsoRequest = {
  id: string
  orgId: OrgId
  nonce: string
  codeVerifier: string
  purpose: string
  domainId: string | null
  startedBy: UserId | null
  next: string
  connection: SsoConnectionSecret | null
  verifiedDomains: string[]
}

/**
 * Takes the request named by the state, once: the conditional update lets exactly one callback through,
 * so a replayed (or raced) state, an expired one and an unknown one all read null.
 */
export async function consumeSsoAuthRequest(stateHash: string, now = new Date()): Promise<ConsumedSsoRequest | null> {
  const { count } = await prisma.ssoAuthRequest.updateMany({
    where: { stateHash, consumedAt: null, expiresAt: { gt: now } },
    data: { consumedAt: now },
  })
  if (count !== 1) return null
  const row = await prisma.ssoAuthRequest.findUniqueOrThrow({
    where: { stateHash },
    select: {
      id: true,
      organizationId: true,
      nonce: true,
      codeVerifier: true,
      purpose: true,
      domainId: true,
      startedBy: true,
      next: true,
      organization: {
        select: {
          ssoConnection: { select: connectionSelect },
          ssoDomains: { where: { verifiedAt: { not: null } }, select: { domain: true } },
        },
      },
    },
  })
  const orgId = orgIdOfSsoRow(row)
  const connection = row.organization.ssoConnection
  return {
    id: row.id,
    orgId,
    nonce: row.nonce,
    codeVerifier: row.codeVerifier,
    purpose: row.purpose,
    domainId: row.domainId,
    startedBy: row.startedBy ? userIdOf(row.startedBy) : null,
    next: row.next,
    connection: connection ? { orgId, ...connection } : null,
    verifiedDomains: row.organization.ssoDomains.map((d) => d.domain),
  }
}

/**
 * The account for a person the organisation's IdP vouched for: the existing user with that e-mail or a
 * new one without a password, made a member with the connection's default role if they were not one.
 * Null for a member the provider switched off (SCIM deactivation, decision 0074): signing in at the IdP
 * must not bring them back.
 */
export async function joinThroughSso(orgId: OrgId, identity: SsoIdentity, defaultRole: Role): Promise<UserId | null> {
  return prisma.$transaction(async (tx) => {
    const user =
      (await tx.user.findUnique({ where: { email: identity.email }, select: { id: true } })) ??
      (await tx.user.create({ data: { email: identity.email, name: identity.name, passwordHash: null }, select: { id: true } }))
    const userId = userIdOf(user.id)
    const member = await tx.membership.findUnique({
      where: { organizationId_userId: { organizationId: orgId, userId } },
      select: { id: true, deactivatedAt: true },
    })
    if (member?.deactivatedAt) return null
    if (!member) {
      const created = await tx.membership.create({ data: { organizationId: orgId, userId, role: defaultRole }, select: { id: true } })
      await recordAudit(
        orgId,
        { actorId: userId, action: 'sso.member_joined', targetType: 'membership', targetId: created.id, data: { role: defaultRole } },
        tx,
      )
    }
    await recordAudit(orgId, { actorId: userId, action: 'auth.sso_signed_in', targetType: 'user', targetId: userId }, tx)
    return userId
  })
}

/** Attaches the single-use sign-in ticket (hashed) to the consumed request; it expires with the request. */
export async function issueSsoTicket(requestId: string, ticketHash: string, userId: UserId) {
  await prisma.ssoAuthRequest.update({ where: { id: requestId }, data: { ticketHash, ticketUserId: userId } })
}

/** Redeems a ticket once: the row is deleted by the one redemption that wins. */
export async function redeemSsoTicket(ticketHash: string, now = new Date()) {
  const row = await prisma.ssoAuthRequest.findUnique({ where: { ticketHash }, select: { id: true, ticketUserId: true } })
  if (!row?.ticketUserId) return null
  const { count } = await prisma.ssoAuthRequest.deleteMany({ where: { id: row.id, ticketHash, expiresAt: { gt: now } } })
  if (count !== 1) return null
  return prisma.user.findUnique({ where: { id: row.ticketUserId }, select: { id: true, email: true, name: true, sessionVersion: true } })
}

/**
 * Whether e-mails of `domain` must sign in through SSO: it is verified by an organisation whose
 * connection requires it. `isOwner`: the given user owns that organisation (the break-glass path).
 */
export async function getSsoRequirement(domain: string, userId: string | null) {
  const row = await prisma.ssoDomain.findUnique({
    where: { verifiedDomain: domain },
    select: { organizationId: true, organization: { select: { ssoConnection: { select: { requireSso: true } } } } },
  })
  if (!row?.organization.ssoConnection?.requireSso) return null
  const orgId = orgIdOfSsoRow(row)
  const owner = userId
    ? await prisma.membership.findFirst({
        where: { organizationId: orgId, userId, role: 'OWNER', deactivatedAt: null },
        select: { id: true },
      })
    : null
  return { orgId, isOwner: owner !== null }
}

/** An owner used the password although SSO is required: every use is in the audit log. */
export async function recordSsoBreakGlass(orgId: OrgId, userId: UserId, ip: string) {
  await recordAudit(orgId, { actorId: userId, action: 'auth.sso_break_glass', targetType: 'user', targetId: userId, data: { ip } })
}
