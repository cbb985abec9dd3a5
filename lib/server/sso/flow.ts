import 'server-only'
import { randomBytes } from 'node:crypto'
import { emailDomain, hashSsoSecret as hashOf, ssoIdentityOf, type SsoRefusal } from '@/lib/accounts/sso'
import { AppError } from '@/lib/core/app-error'
import { UNKNOWN_ADDRESS } from '@/lib/accounts/client-address'
import { throttledMessage } from '@/lib/accounts/throttle'
import { publicOrigin, requestIp } from '@/lib/auth/request'
import { SSO_ERRORS, type SsoErrorCode } from '@/lib/auth/sign-in-errors'
import { getLoginThrottle, recordLoginAttempt } from '@/lib/db/accounts/login-attempts'
import { getSsoDomain, markSsoDomainVerified } from '@/lib/db/accounts/sso'
import {
  consumeSsoAuthRequest,
  createSsoAuthRequest,
  getSsoConnectionForDomain,
  getSsoConnectionOfOrg,
  issueSsoTicket,
  joinThroughSso,
  type SsoConnectionSecret,
  type SsoRequestStart,
} from '@/lib/db/accounts/sso-sign-in'
import type { OrgId } from '@/lib/db/org-id'
import type { UserId } from '@/lib/db/user-id'
import { ssoCallbackQuerySchema } from '@/lib/schemas/sso'
import { log } from '@/lib/log'
import { decryptSecret } from '../secrets'
import { authorizationUrl, discoverProvider, exchangeCode, newAuthorizationSecrets, type OidcOptions } from './oidc'

// The single sign-on round trip: start (a sign-in by e-mail, or an admin proving a domain by signing in
// at the IdP), then the IdP's answer at /api/sso/callback. The state names a server-side request that
// holds the nonce and PKCE verifier and is consumed once; the browser also carries the state in a
// cookie, so an answer only counts in the browser that asked.

const REQUEST_LIFETIME_MS = 10 * 60_000

export const ssoRedirectUri = async () => `${await publicOrigin()}/api/sso/callback`

type Started = { url: string; state: string }

async function begin(
  connection: SsoConnectionSecret,
  request: Pick<SsoRequestStart, 'purpose' | 'domainId' | 'startedBy' | 'next'>,
  options: OidcOptions,
  loginHint?: string,
): Promise<Started> {
  const { issuer, clientId } = connection
  const config = await discoverProvider({ issuer, clientId, clientSecret: decryptSecret(connection.clientSecretSealed) }, options)
  const secrets = newAuthorizationSecrets()
  await createSsoAuthRequest(connection.orgId, {
    ...request,
    stateHash: hashOf(secrets.state),
    nonce: secrets.nonce,
    codeVerifier: secrets.codeVerifier,
    expiresAt: new Date(Date.now() + REQUEST_LIFETIME_MS),
  })
  const url = await authorizationUrl(config, await ssoRedirectUri(), secrets, loginHint)
  return { url: url.href, state: secrets.state }
}

/** Addresses with no SSO count against the client like failed sign-ins, under this pseudo e-mail. */
const SSO_PROBE_KEY = 'sso:no-connection'

/**
 * "Continue with SSO": the IdP's authorisation URL for the organisation that verified the e-mail's domain.
 * The action is public, so a client asking about domains without SSO (probing which domains have it) is
 * throttled like failed password sign-ins; with no trusted proxy every client shares one address, and
 * then only the per-organisation cap of createSsoAuthRequest applies, so nobody can lock everyone out.
 */
export async function startSsoSignIn(email: string, next: string, options: OidcOptions = {}): Promise<Started> {
  const ip = await requestIp()
  const attributable = ip !== UNKNOWN_ADDRESS
  if (attributable) {
    const throttle = await getLoginThrottle(SSO_PROBE_KEY, ip)
    if (!throttle.allowed) throw new AppError('RATE_LIMITED', throttledMessage(throttle.retryInMinutes))
  }
  const domain = emailDomain(email)
  const connection = domain ? await getSsoConnectionForDomain(domain) : null
  if (!connection) {
    if (attributable) await recordLoginAttempt(SSO_PROBE_KEY, ip, false)
    const message = `Single sign-on is not set up for ${domain ?? 'that address'}. Sign in with your password instead.`
    throw new AppError('INVALID', message, { email: [message] })
  }
  return begin(connection, { purpose: 'sign-in', next }, options, email)
}

/** An owner or admin proves a domain by signing in at the organisation's IdP with an address of it. */
export async function startDomainVerification(orgId: OrgId, userId: UserId, domainId: string, options: OidcOptions = {}) {
  const domain = await getSsoDomain(orgId, domainId)
  if (domain.verifiedAt) throw new AppError('CONFLICT', `${domain.domain} is already verified.`)
  const connection = await getSsoConnectionOfOrg(orgId)
  if (!connection) throw new AppError('INVALID', 'Save the single sign-on connection first, then verify the domain through it.')
  return begin(connection, { purpose: 'verify-domain', domainId: domain.id, startedBy: userId, next: '/settings/sso' }, options)
}

export type SsoOutcome =
  | { kind: 'signed-in'; orgId: OrgId; ticket: string; next: string }
  | { kind: 'domain-verified'; domain: string }
  | { kind: 'refused'; purpose: 'sign-in' | 'verify-domain'; code: SsoErrorCode }

const REFUSALS: Record<SsoRefusal, SsoErrorCode> = {
  'email-unverified': SSO_ERRORS.emailUnverified,
  'domain-not-verified': SSO_ERRORS.domainNotVerified,
}

/**
 * The IdP's answer: `query` is the callback's query string, `browserState` the state cookie. Every
 * refusal is one of the sign-in page's codes; the reason behind a failed check is logged, not shown.
 */
export async function completeSso(
  query: URLSearchParams,
  browserState: string | undefined,
  options: OidcOptions = {},
): Promise<SsoOutcome> {
  const parsed = ssoCallbackQuerySchema.safeParse(Object.fromEntries(query))
  if (!parsed.success || !browserState || browserState !== parsed.data.state)
    return { kind: 'refused', purpose: 'sign-in', code: SSO_ERRORS.stateInvalid }
  const request = await consumeSsoAuthRequest(hashOf(parsed.data.state))
  if (!request) return { kind: 'refused', purpose: 'sign-in', code: SSO_ERRORS.stateInvalid }
  const purpose = request.purpose === 'verify-domain' ? 'verify-domain' : 'sign-in'
  const refuse = (code: SsoErrorCode): SsoOutcome => ({ kind: 'refused', purpose, code })
  if (parsed.data.error) return refuse(SSO_ERRORS.denied)
  if (!request.connection) return refuse(SSO_ERRORS.failed)

  let claims: Record<string, unknown>
  try {
    const { issuer, clientId, clientSecretSealed } = request.connection
    const config = await discoverProvider({ issuer, clientId, clientSecret: decryptSecret(clientSecretSealed) }, options)
    const callbackUrl = new URL(await ssoRedirectUri())
    callbackUrl.search = query.toString()
    claims = await exchangeCode(config, callbackUrl, { state: parsed.data.state, nonce: request.nonce, codeVerifier: request.codeVerifier })
  } catch (error) {
    const e = error as { name?: string; code?: string; message?: string }
    log('warn', 'sso: the provider answer was refused', { orgId: request.orgId, name: e.name, code: e.code, reason: e.message })
    return refuse(SSO_ERRORS.failed)
  }

  if (purpose === 'verify-domain') {
    if (!request.domainId || !request.startedBy) return refuse(SSO_ERRORS.failed)
    const domain = await getSsoDomain(request.orgId, request.domainId)
    const checked = ssoIdentityOf(claims, [domain.domain])
    if (!checked.ok) return refuse(REFUSALS[checked.reason])
    try {
      await markSsoDomainVerified(request.orgId, request.startedBy, domain.id, 'sign-in')
    } catch (error) {
      if (error instanceof AppError && error.code === 'CONFLICT') return refuse(SSO_ERRORS.domainTaken)
      throw error
    }
    return { kind: 'domain-verified', domain: domain.domain }
  }

  const checked = ssoIdentityOf(claims, request.verifiedDomains)
  if (!checked.ok) return refuse(REFUSALS[checked.reason])
  const userId = await joinThroughSso(request.orgId, checked.identity, request.connection.defaultRole)
  if (!userId) return refuse(SSO_ERRORS.deactivated)
  const ticket = randomBytes(32).toString('base64url')
  await issueSsoTicket(request.id, hashOf(ticket), userId)
  return { kind: 'signed-in', orgId: request.orgId, ticket, next: request.next }
}
