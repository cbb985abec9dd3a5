import 'server-only'
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { notFound } from '@/lib/core/app-error'
import type { CreateScimTokenInput } from '@/lib/schemas/scim'
import { recordAudit } from './audit'
import { prisma } from '../client'
import { orgIdOfScimToken, type OrgId } from '../org-id'
import type { UserId } from '../user-id'

// The organisation's SCIM tokens (decision 0074), made the way API tokens are (decision 0064): the
// secret reads `scim_<8 visible>_<43 secret>`; the visible part finds the row in one indexed lookup,
// and only the SHA-256 of the whole secret is kept and compared in constant time. 256 random bits
// cannot be guessed, so a slow password hash would add nothing.

const SECRET_PATTERN = /^(scim_[a-z0-9]{8})_([A-Za-z0-9_-]{43})$/

const hashOf = (secret: string) => createHash('sha256').update(secret).digest()

function newSecret() {
  const visible = randomBytes(8).toString('hex').slice(0, 8)
  const prefix = `scim_${visible}`
  return { prefix, secret: `${prefix}_${randomBytes(32).toString('base64url')}` }
}

export type ScimTokenRow = {
  id: string
  name: string
  prefix: string
  createdAt: Date
  revokedAt: Date | null
  lastUsedAt: Date | null
  lastUsedIp: string | null
}

/** Makes a token; the secret is returned this once and never stored. */
export async function createScimToken(orgId: OrgId, actorId: UserId, input: CreateScimTokenInput) {
  const { prefix, secret } = newSecret()
  return prisma.$transaction(async (tx) => {
    const token = await tx.scimToken.create({
      data: { organizationId: orgId, name: input.name, prefix, secretHash: hashOf(secret), createdById: actorId },
      select: { id: true },
    })
    await recordAudit(
      orgId,
      { actorId, action: 'scim-token.created', targetType: 'scim-token', targetId: token.id, data: { name: input.name, prefix } },
      tx,
    )
    return { id: token.id, prefix, secret }
  })
}

export async function listScimTokens(orgId: OrgId): Promise<ScimTokenRow[]> {
  return prisma.scimToken.findMany({
    where: { organizationId: orgId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { id: true, name: true, prefix: true, createdAt: true, revokedAt: true, lastUsedAt: true, lastUsedIp: true },
  })
}

export async function revokeScimToken(orgId: OrgId, actorId: UserId, id: string) {
  return prisma.$transaction(async (tx) => {
    const token = await tx.scimToken.findFirst({
      where: { id, organizationId: orgId },
      select: { name: true, prefix: true, revokedAt: true },
    })
    if (!token) throw notFound('Token')
    if (token.revokedAt) return { id }
    await tx.scimToken.updateMany({ where: { id, organizationId: orgId }, data: { revokedAt: new Date() } })
    await recordAudit(
      orgId,
      { actorId, action: 'scim-token.revoked', targetType: 'scim-token', targetId: id, data: { name: token.name, prefix: token.prefix } },
      tx,
    )
    return { id }
  })
}

/** Who a request with a live SCIM token acts for: the organisation, and no member. */
export type ScimActor = { orgId: OrgId; tokenId: string }

export type ScimAuthentication = { ok: true; actor: ScimActor } | { ok: false; reason: 'missing' | 'unknown' | 'revoked' }

/** Last-used time and address are written at most once a minute per token, so reads stay reads. */
const LAST_USED_GRAIN_MS = 60_000

export async function authenticateScimToken(secret: string | null, ip: string | null, now = new Date()): Promise<ScimAuthentication> {
  if (!secret) return { ok: false, reason: 'missing' }
  const parts = SECRET_PATTERN.exec(secret)
  if (!parts) return { ok: false, reason: 'unknown' }
  const token = await prisma.scimToken.findUnique({
    where: { prefix: parts[1] },
    select: { id: true, organizationId: true, secretHash: true, revokedAt: true, lastUsedAt: true, lastUsedIp: true },
  })
  if (!token || !timingSafeEqual(Buffer.from(token.secretHash), hashOf(secret))) return { ok: false, reason: 'unknown' }
  if (token.revokedAt) return { ok: false, reason: 'revoked' }
  const orgId = orgIdOfScimToken(token)
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= LAST_USED_GRAIN_MS || token.lastUsedIp !== ip)
    await prisma.scimToken.updateMany({ where: { id: token.id }, data: { lastUsedAt: now, lastUsedIp: ip } })
  return { ok: true, actor: { orgId, tokenId: token.id } }
}
