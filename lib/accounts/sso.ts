import { createHash } from 'node:crypto'

// Single sign-on rules that need no server: which domain an e-mail belongs to, what the DNS record
// proving a domain says, and whether an IdP's claims may sign someone into an organisation.

/** The part after the last "@", lower-cased; null when there is none. */
export function emailDomain(email: string): string | null {
  const at = email.lastIndexOf('@')
  const domain =
    at > 0
      ? email
          .slice(at + 1)
          .trim()
          .toLowerCase()
      : ''
  return domain ? domain : null
}

/** The TXT record value an organisation publishes at the domain to prove it controls it. */
export const verificationRecord = (token: string) => `plural-verification=${token}`

/**
 * Whether any TXT record of the domain is exactly the expected value. A TXT record may come split into
 * several strings (RFC 7208 §3.3 style), which resolvers hand over as chunks to be joined.
 */
export function txtRecordsProve(records: readonly (readonly string[])[], token: string): boolean {
  const expected = verificationRecord(token)
  return records.some((chunks) => chunks.join('').trim() === expected)
}

export type SsoClaims = Record<string, unknown>

export type SsoIdentity = { email: string; name: string; subject: string }

export type SsoRefusal = 'email-unverified' | 'domain-not-verified'

/**
 * Whether the IdP vouches for the e-mail: `email_verified` exactly true (not "true"). Microsoft Entra ID
 * never sends `email_verified` for work accounts; its optional claim `xms_edov` (the e-mail's domain is
 * verified by the tenant) stands in for it, and only when `email_verified` is absent altogether.
 */
function emailVouchedFor(claims: SsoClaims): boolean {
  if (claims.email_verified !== undefined) return claims.email_verified === true
  return claims.xms_edov === true
}

/**
 * Who the IdP's verified claims name, if this organisation may sign them in: an e-mail the IdP vouches
 * for, in one of this organisation's verified domains. A second organisation's IdP can therefore never
 * name a person of a domain it has not proved.
 */
export function ssoIdentityOf(
  claims: SsoClaims,
  verifiedDomains: readonly string[],
): { ok: true; identity: SsoIdentity } | { ok: false; reason: SsoRefusal } {
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : ''
  if (!emailVouchedFor(claims) || !email.includes('@')) return { ok: false, reason: 'email-unverified' }
  const domain = emailDomain(email)
  if (!domain || !verifiedDomains.includes(domain)) return { ok: false, reason: 'domain-not-verified' }
  const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 100) : email
  return { ok: true, identity: { email, name, subject: String(claims.sub ?? '') } }
}

/** States and sign-in tickets are stored only as this hash, so a database read cannot replay them. */
export const hashSsoSecret = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex')
