import 'server-only'
import { randomBytes } from 'node:crypto'
import { resolveTxt } from 'node:dns/promises'
import { txtRecordsProve, verificationRecord } from '@/lib/accounts/sso'
import { AppError } from '@/lib/core/app-error'
import { createSsoDomain, getSsoDomain, markSsoDomainVerified, saveSsoConnection } from '@/lib/db/accounts/sso'
import { getSsoConnectionOfOrg } from '@/lib/db/accounts/sso-sign-in'
import type { OrgId } from '@/lib/db/org-id'
import type { UserId } from '@/lib/db/user-id'
import type { SsoConnectionInput } from '@/lib/schemas/sso'
import { decryptSecret, encryptSecret } from '../secrets'
import { discoverProvider, type OidcOptions } from './oidc'

// Settings › Single sign-on on the server: a connection is saved only after its issuer's discovery
// document was read, and a domain is verified by its DNS TXT record (or by signing in, see flow.ts).

/** Saves the connection; an empty client secret keeps the stored one. */
export async function saveCheckedSsoConnection(orgId: OrgId, actorId: UserId, input: SsoConnectionInput, options: OidcOptions = {}) {
  const stored = input.clientSecret ? null : await getSsoConnectionOfOrg(orgId)
  const clientSecret = input.clientSecret || (stored ? decryptSecret(stored.clientSecretSealed) : '')
  if (!clientSecret)
    throw new AppError('INVALID', 'Enter the client secret the identity provider gave you', { clientSecret: ['Enter the client secret'] })
  await discoverProvider({ issuer: input.issuer, clientId: input.clientId, clientSecret }, options)
  return saveSsoConnection(orgId, actorId, {
    issuer: input.issuer,
    clientId: input.clientId,
    clientSecretSealed: input.clientSecret ? encryptSecret(input.clientSecret) : null,
    defaultRole: input.defaultRole,
    requireSso: input.requireSso,
  })
}

export const addSsoDomain = (orgId: OrgId, actorId: UserId, domain: string) =>
  createSsoDomain(orgId, actorId, domain, randomBytes(18).toString('base64url'))

/** Resolves the TXT records of a name; node's resolver by default, a stand-in in tests. */
export type TxtResolver = (domain: string) => Promise<string[][]>

const NO_RECORDS = new Set(['ENODATA', 'ENOTFOUND', 'ENONAME', 'NXDOMAIN'])

export async function verifySsoDomainByDns(orgId: OrgId, actorId: UserId, domainId: string, resolve: TxtResolver = resolveTxt) {
  const domain = await getSsoDomain(orgId, domainId)
  if (domain.verifiedAt) return { verified: true }
  let records: string[][] = []
  try {
    records = await resolve(domain.domain)
  } catch (error) {
    if (!NO_RECORDS.has((error as { code?: string }).code ?? ''))
      throw new AppError('UNAVAILABLE', `The DNS lookup for ${domain.domain} failed. Please try again in a moment.`)
  }
  if (!txtRecordsProve(records, domain.verificationToken))
    throw new AppError(
      'INVALID',
      `No TXT record "${verificationRecord(domain.verificationToken)}" was found at ${domain.domain}. DNS changes can take a while to appear; try again later.`,
    )
  return markSsoDomainVerified(orgId, actorId, domain.id, 'dns')
}
