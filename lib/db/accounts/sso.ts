import 'server-only'
import type { Role } from '@/lib/core/permissions'
import { AppError, notFound } from '@/lib/core/app-error'
import { prisma } from '../client'
import type { OrgId } from '../org-id'
import type { UserId } from '../user-id'
import { recordAudit } from './audit'

// Settings › Single sign-on: the organisation's one OIDC connection and its e-mail domains. The sealed
// client secret is written here and read only by the sign-in flow (lib/db/accounts/sso-sign-in.ts).

export type SsoDomainView = { id: string; domain: string; verificationToken: string; verifiedAt: Date | null; verifiedBy: string | null }
export type SsoSettings = {
  connection: { issuer: string; clientId: string; clientSecretSet: true; defaultRole: Role; requireSso: boolean } | null
  domains: SsoDomainView[]
}

export async function getSsoSettings(orgId: OrgId): Promise<SsoSettings> {
  const [connection, domains] = await Promise.all([
    prisma.ssoConnection.findUnique({
      where: { organizationId: orgId },
      select: { issuer: true, clientId: true, defaultRole: true, requireSso: true },
    }),
    prisma.ssoDomain.findMany({
      where: { organizationId: orgId },
      orderBy: { domain: 'asc' },
      select: { id: true, domain: true, verificationToken: true, verifiedAt: true, verifiedBy: true },
    }),
  ])
  return { connection: connection ? { ...connection, clientSecretSet: true } : null, domains }
}

export type SsoConnectionWrite = {
  issuer: string
  clientId: string
  /** Null keeps the stored one; a first connection needs one. */
  clientSecretSealed: string | null
  defaultRole: Role
  requireSso: boolean
}

export async function saveSsoConnection(orgId: OrgId, actorId: UserId, input: SsoConnectionWrite) {
  const { clientSecretSealed, ...fields } = input
  await prisma.$transaction(async (tx) => {
    const existing = await tx.ssoConnection.findUnique({ where: { organizationId: orgId }, select: { id: true } })
    if (existing)
      await tx.ssoConnection.update({
        where: { organizationId: orgId },
        data: { ...fields, ...(clientSecretSealed ? { clientSecretSealed } : {}) },
      })
    else if (clientSecretSealed) await tx.ssoConnection.create({ data: { organizationId: orgId, ...fields, clientSecretSealed } })
    else
      throw new AppError('INVALID', 'Enter the client secret the identity provider gave you', { clientSecret: ['Enter the client secret'] })
    await recordAudit(
      orgId,
      {
        actorId,
        action: existing ? 'sso.connection_updated' : 'sso.connection_created',
        targetType: 'sso-connection',
        targetId: orgId,
        data: { issuer: fields.issuer, clientId: fields.clientId, requireSso: fields.requireSso, secretReplaced: !!clientSecretSealed },
      },
      tx,
    )
  })
  return { saved: true }
}

/** Removes the connection; the domains stay verified, ready for another connection. */
export async function deleteSsoConnection(orgId: OrgId, actorId: UserId) {
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.ssoConnection.deleteMany({ where: { organizationId: orgId } })
    if (count === 0) throw notFound('Single sign-on connection')
    await recordAudit(orgId, { actorId, action: 'sso.connection_deleted', targetType: 'sso-connection', targetId: orgId }, tx)
  })
  return { deleted: true }
}

const takenElsewhere = () =>
  new AppError('CONFLICT', 'Another organisation has already verified this domain.', { domain: ['Verified by another organisation.'] })

export async function createSsoDomain(orgId: OrgId, actorId: UserId, domain: string, verificationToken: string) {
  return prisma.$transaction(async (tx) => {
    if (await tx.ssoDomain.findUnique({ where: { verifiedDomain: domain }, select: { id: true } })) throw takenElsewhere()
    const existing = await tx.ssoDomain.findUnique({
      where: { organizationId_domain: { organizationId: orgId, domain } },
      select: { id: true },
    })
    if (existing) throw new AppError('CONFLICT', 'That domain is already on the list.', { domain: ['Already on the list.'] })
    const row = await tx.ssoDomain.create({ data: { organizationId: orgId, domain, verificationToken }, select: { id: true } })
    await recordAudit(orgId, { actorId, action: 'sso.domain_added', targetType: 'sso-domain', targetId: row.id, data: { domain } }, tx)
    return { id: row.id }
  })
}

export async function deleteSsoDomain(orgId: OrgId, actorId: UserId, domainId: string) {
  await prisma.$transaction(async (tx) => {
    const row = await tx.ssoDomain.findFirst({ where: { id: domainId, organizationId: orgId }, select: { domain: true } })
    if (!row) throw notFound('Domain')
    await tx.ssoDomain.delete({ where: { id: domainId } })
    await recordAudit(
      orgId,
      { actorId, action: 'sso.domain_removed', targetType: 'sso-domain', targetId: domainId, data: { domain: row.domain } },
      tx,
    )
  })
  return { deleted: true }
}

export async function getSsoDomain(orgId: OrgId, domainId: string) {
  const row = await prisma.ssoDomain.findFirst({
    where: { id: domainId, organizationId: orgId },
    select: { id: true, domain: true, verificationToken: true, verifiedAt: true },
  })
  if (!row) throw notFound('Domain')
  return row
}

/**
 * Marks the domain verified by `method` ("dns" or "sign-in"). The unique `verifiedDomain` makes a race
 * between two organisations proving the same domain end with one winner and a CONFLICT for the other.
 */
export async function markSsoDomainVerified(orgId: OrgId, actorId: UserId, domainId: string, method: 'dns' | 'sign-in') {
  const row = await getSsoDomain(orgId, domainId)
  if (row.verifiedAt) return { verified: true }
  try {
    await prisma.$transaction(async (tx) => {
      await tx.ssoDomain.update({
        where: { id: row.id, organizationId: orgId },
        data: { verifiedAt: new Date(), verifiedBy: method, verifiedDomain: row.domain },
      })
      await recordAudit(
        orgId,
        { actorId, action: 'sso.domain_verified', targetType: 'sso-domain', targetId: row.id, data: { domain: row.domain, method } },
        tx,
      )
    })
  } catch (error) {
    if ((error as { code?: string }).code === 'P2002') throw takenElsewhere()
    throw error
  }
  return { verified: true }
}
