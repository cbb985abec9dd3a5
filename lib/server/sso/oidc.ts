import 'server-only'
import * as client from 'openid-client'
import { AppError } from '@/lib/core/app-error'
import { env } from '@/lib/env'

// The OpenID Connect client side, on openid-client (decision 0075): discovery, the authorisation URL
// with PKCE, state and nonce, and the code exchange, which checks the id_token's signature against the
// provider's JWKS (non-repudiation checks on), issuer, audience, nonce and expiry with a small clock skew.

export const SSO_SCOPES = 'openid email profile'
/** Seconds of clock difference tolerated on the id_token's iat, exp and nbf. */
export const SSO_CLOCK_TOLERANCE_SECONDS = 30

/** Tests hand in a fetch that reaches a local provider (or alters its answers) here. */
export type OidcOptions = { fetch?: client.CustomFetch }

export type OidcConnection = { issuer: string; clientId: string; clientSecret: string }

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])
const insecureAllowed = (url: URL) => url.protocol === 'http:' && LOOPBACK.has(url.hostname) && env().SSO_ALLOW_LOOPBACK_HTTP

const issuerError = (message: string) => new AppError('INVALID', message, { issuer: [message] })

/** Why discovery failed, in words an admin can act on (never the provider's whole answer). */
function discoveryProblem(issuer: string, error: unknown): string {
  const where = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`
  const text = error instanceof Error ? `${error.message} ${String((error.cause as Error | undefined)?.message ?? '')}` : ''
  if (/issuer.*(does not match|mismatch)/i.test(text))
    return `The discovery document at ${where} names a different issuer. Enter the issuer URL exactly as the provider states it.`
  if (/status code|HTTP/i.test(text)) return `The provider did not serve a discovery document at ${where}. Check the issuer URL.`
  if (/json|parse/i.test(text)) return `${where} is not an OpenID discovery document. Check the issuer URL.`
  return `Could not reach ${where}. Check the issuer URL and that the provider is reachable from Plural.`
}

/** Reads the provider's discovery document; an unusable issuer is INVALID naming the issuer field. */
export async function discoverProvider(connection: OidcConnection, options: OidcOptions = {}): Promise<client.Configuration> {
  const url = new URL(connection.issuer)
  if (url.protocol !== 'https:' && !insecureAllowed(url)) throw issuerError('Enter the issuer URL as an https:// address')
  try {
    return await client.discovery(
      url,
      connection.clientId,
      { client_secret: connection.clientSecret, [client.clockTolerance]: SSO_CLOCK_TOLERANCE_SECONDS },
      undefined,
      {
        execute: [...(insecureAllowed(url) ? [client.allowInsecureRequests] : []), client.enableNonRepudiationChecks],
        timeout: 10,
        ...(options.fetch ? { [client.customFetch]: options.fetch } : {}),
      },
    )
  } catch (error) {
    throw issuerError(discoveryProblem(connection.issuer, error))
  }
}

export type AuthorizationSecrets = { state: string; nonce: string; codeVerifier: string }

export const newAuthorizationSecrets = (): AuthorizationSecrets => ({
  state: client.randomState(),
  nonce: client.randomNonce(),
  codeVerifier: client.randomPKCECodeVerifier(),
})

export async function authorizationUrl(
  config: client.Configuration,
  redirectUri: string,
  secrets: AuthorizationSecrets,
  loginHint?: string,
) {
  return client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: SSO_SCOPES,
    response_type: 'code',
    state: secrets.state,
    nonce: secrets.nonce,
    code_challenge: await client.calculatePKCECodeChallenge(secrets.codeVerifier),
    code_challenge_method: 'S256',
    ...(loginHint ? { login_hint: loginHint } : {}),
  })
}

/** Exchanges the code and returns the verified id_token's claims; throws on any failed check. */
export async function exchangeCode(config: client.Configuration, callbackUrl: URL, secrets: AuthorizationSecrets) {
  const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
    pkceCodeVerifier: secrets.codeVerifier,
    expectedState: secrets.state,
    expectedNonce: secrets.nonce,
    idTokenExpected: true,
  })
  const claims = tokens.claims()
  if (!claims) throw new Error('The token response carried no id_token')
  return claims as Record<string, unknown>
}
