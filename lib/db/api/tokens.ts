import 'server-only'
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { grantableApiTokenScopes, type ApiTokenScope } from '@/lib/core/api-scopes'
import type { Role } from '@/lib/core/permissions'
import { AppError, notFound } from '@/lib/core/app-error'
import type { CreateApiTokenInput } from '@/lib/schemas/api-token'
import { recordAudit } from '../accounts/audit'
import { prisma } from '../client'
import { orgIdOfApiToken, type OrgId } from '../org-id'
import { userIdOf, type UserId } from '../user-id'

// Organisation API tokens (decision 0064). A secret reads `plr_<8 visible>_<43 secret>`: the visible
// part finds the row in one indexed lookup, and only the SHA-256 of the whole secret is stored and
// compared in constant time. 256 random bits cannot be guessed, so a slow password hash adds nothing.

const SECRET_PATTERN = /^(plr_[a-z0-9]{8})_([A-Za-z0-9_-]{43})$/

const hashOf = (secret: string) => createHash('sha256').update(secret).digest()

function newSecret() {
  const prefix = `plr_${randomBytes(6)
    .toString('base64url')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '0')
    .slice(0, 8)}`
  return { prefix, secret: `${prefix}_${randomBytes(32).toString('base64url')}` }
}

export type ApiTokenRow = {
  id: string
  name: string
  scope: ApiTokenScope
  prefix: string
  createdBy: string
  createdAt: Date
  expiresAt: Date | null
  revokedAt: Date | null
  lastUsedAt: Date | null
  lastUsedIp: string | null
}

type Creator = { userId: UserId; membershipId: string }

/**
 * Creates a token; the secret is returned this once and never stored. The scope must be one the
 * creator's current role may grant, read in the same transaction (a demotion in flight cannot slip by).
 */
export async function createApiToken(orgId: OrgId, creator: Creator, input: CreateApiTokenInput) {
  const { prefix, secret } = newSecret()
  const expiresAt = input.expiresOn ? new Date(`${input.expiresOn}T00:00:00Z`) : null
  return prisma.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { id: creator.membershipId, organizationId: orgId, userId: creator.userId },
      select: { role: true },
    })
    if (!membership) throw notFound('Member')
    if (!grantableApiTokenScopes(membership.role).includes(input.scope)) {
      const message = 'Scope must not grant more than your own role may do.'
      throw new AppError('INVALID', message, { scope: [message] })
    }
    const token = await tx.apiToken.create({
      data: {
        organizationId: orgId,
        membershipId: creator.membershipId,
        name: input.name,
        scope: input.scope,
        prefix,
        secretHash: hashOf(secret),
        expiresAt,
      },
      select: { id: true },
    })
    await recordAudit(
      orgId,
      {
        actorId: creator.userId,
        action: 'api-token.created',
        targetType: 'api-token',
        targetId: token.id,
        data: { name: input.name, scope: input.scope, prefix, expiresAt },
      },
      tx,
    )
    return { id: token.id, prefix, secret }
  })
}

export async function listApiTokens(orgId: OrgId): Promise<ApiTokenRow[]> {
  const rows = await prisma.apiToken.findMany({
    where: { organizationId: orgId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: {
      id: true,
      name: true,
      scope: true,
      prefix: true,
      createdAt: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      lastUsedIp: true,
      membership: { select: { user: { select: { name: true } } } },
    },
  })
  return rows.map(({ membership, ...row }) => ({ ...row, createdBy: membership.user.name }))
}

export async function revokeApiToken(orgId: OrgId, actorId: UserId, id: string) {
  return prisma.$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({
      where: { id, organizationId: orgId },
      select: { name: true, prefix: true, revokedAt: true },
    })
    if (!token) throw notFound('Token')
    if (token.revokedAt) return { id }
    await tx.apiToken.updateMany({ where: { id, organizationId: orgId }, data: { revokedAt: new Date() } })
    await recordAudit(
      orgId,
      { actorId, action: 'api-token.revoked', targetType: 'api-token', targetId: id, data: { name: token.name, prefix: token.prefix } },
      tx,
    )
    return { id }
  })
}

/** Who a request with a valid token acts as: the token's creator, in the token's organisation, within its scope. */
export type TokenActor = { orgId: OrgId; tokenId: string; scope: ApiTokenScope; role: Role; userId: UserId; membershipId: string }

export type Authentication = { ok: true; actor: TokenActor } | { ok: false; reason: 'missing' | 'unknown' | 'revoked' | 'expired' }

/** Last-used time and address are written at most once a minute per token, so reads stay reads. */
const LAST_USED_GRAIN_MS = 60_000

export async function authenticateApiToken(secret: string | null, ip: string | null, now = new Date()): Promise<Authentication> {
  if (!secret) return { ok: false, reason: 'missing' }
  const parts = SECRET_PATTERN.exec(secret)
  if (!parts) return { ok: false, reason: 'unknown' }
  const token = await prisma.apiToken.findUnique({
    where: { prefix: parts[1] },
    select: {
      id: true,
      organizationId: true,
      scope: true,
      secretHash: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      lastUsedIp: true,
      membership: { select: { id: true, organizationId: true, userId: true, role: true, deactivatedAt: true } },
    },
  })
  if (!token || !timingSafeEqual(Buffer.from(token.secretHash), hashOf(secret))) return { ok: false, reason: 'unknown' }
  // A token acts as its creator, so it stops when the identity provider deactivates them (decision 0074).
  const refusal =
    token.revokedAt || token.membership.deactivatedAt ? 'revoked' : token.expiresAt && token.expiresAt <= now ? 'expired' : null
  const orgId = orgIdOfApiToken(token)
  if (refusal) {
    await recordAudit(orgId, { action: `api-token.refused-${refusal}`, targetType: 'api-token', targetId: token.id, data: { ip } })
    return { ok: false, reason: refusal }
  }
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= LAST_USED_GRAIN_MS || token.lastUsedIp !== ip)
    await prisma.apiToken.updateMany({ where: { id: token.id }, data: { lastUsedAt: now, lastUsedIp: ip } })
  const { membership } = token
  return {
    ok: true,
    actor: {
      orgId,
      tokenId: token.id,
      scope: token.scope,
      role: membership.role,
      userId: userIdOf(membership.userId),
      membershipId: membership.id,
    },
  }
}
