import { createPrivateKey, createSign, randomBytes } from 'node:crypto'
import type { CustomFetchOptions } from 'openid-client'
import { expect } from 'vitest'
import { ssoSignInAction } from '@/app/(auth)/actions'
import { addSsoDomainAction, saveSsoConnectionAction } from '@/app/(app)/settings/sso/actions'
import { GET as callback } from '@/app/api/sso/callback/route'
import { getSsoSettings } from '@/lib/db/accounts/sso'
import { ssoRedirectUri } from '@/lib/server/sso/flow'
import { verifySsoDomainByDns } from '@/lib/server/sso/manage'
import { signInAs, signOut, type TestOrg } from '../../support/factories'
import { signInAtProvider, type LocalOp } from '../../support/oidc-provider'

// Shared steps of the single sign-on tests: an organisation connected to a client of the local
// OpenID Provider with a verified domain of its own, and a sign-in driven through the provider's pages.

export const uniqueDomain = (name: string) => `${name}-${randomBytes(4).toString('hex')}.test`

/** What a server action's redirect() carried (NEXT_REDIRECT;replace;<url>;…). */
export async function redirectOf(run: () => Promise<unknown>): Promise<string> {
  try {
    const result = await run()
    throw new Error(`Expected a redirect, got ${JSON.stringify(result)}`)
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? '')
    if (!digest.startsWith('NEXT_REDIRECT')) throw error
    return digest.split(';')[2]
  }
}

/** Connects `org` (as its admin) to a new client of `op` and verifies a new domain through a DNS stand-in. */
export async function connectOrg(org: TestOrg, op: LocalOp, name: string) {
  const redirectUri = await ssoRedirectUri()
  const client = { clientId: `plural-${randomBytes(4).toString('hex')}`, clientSecret: randomBytes(24).toString('base64url'), redirectUri }
  op.addClient(client)
  await signInAs(org.members.ADMIN, org.orgId)
  const saved = await saveSsoConnectionAction({
    issuer: op.issuer,
    clientId: client.clientId,
    clientSecret: client.clientSecret,
    defaultRole: 'ENGINEER',
  })
  expect(saved).toMatchObject({ ok: true })
  const domain = uniqueDomain(name)
  const added = await addSsoDomainAction({ domain })
  if (!added.ok) throw new Error(added.message)
  const { verificationToken } = (await getSsoSettings(org.orgId)).domains.find((d) => d.domain === domain)!
  await verifySsoDomainByDns(org.orgId, org.members.ADMIN.userId, added.data.id, async () => [[`plural-verification=${verificationToken}`]])
  signOut()
  return { client, domain, redirectUri }
}

/** "Continue with SSO" for `email`: the IdP URL the action redirects to. */
export const startSignIn = (email: string) => redirectOf(() => ssoSignInAction({ email }))

/** Signs in at the provider as `login` and returns where the callback sends the browser. */
export async function finishAtCallback(authorizationUrl: string, login: string) {
  const back = await signInAtProvider(authorizationUrl, login, await ssoRedirectUri())
  return { back, location: await callbackLocation(back) }
}

export async function callbackLocation(url: URL) {
  const response = await callback(new Request(url))
  expect(response.status).toBe(303)
  const location = new URL(response.headers.get('location')!)
  return `${location.pathname}${location.search}`
}

const b64 = (value: object | Buffer) => (Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value))).toString('base64url')

/** Signs claims as `op` would (its own key), for tests that need an id_token with one claim changed. */
export function signAsProvider(op: LocalOp, claims: Record<string, unknown>, key: object = op.signingKey) {
  const header = { alg: 'RS256', typ: 'JWT', kid: op.signingKey.kid }
  const input = `${b64(header)}.${b64(claims)}`
  const signature = createSign('RSA-SHA256')
    .update(input)
    .sign(createPrivateKey({ key: key as never, format: 'jwk' }))
  return `${input}.${b64(signature)}`
}

/** A fetch that lets the token endpoint's id_token be rewritten before the app sees it. */
export function rewritingIdToken(op: LocalOp, change: (claims: Record<string, unknown>) => Record<string, unknown>, key?: object) {
  return async (url: string, options: CustomFetchOptions) => {
    const response = await fetch(url, options as RequestInit)
    if (!url.endsWith('/token') || !response.ok) return response
    const body = (await response.json()) as { id_token: string }
    const claims = JSON.parse(Buffer.from(body.id_token.split('.')[1], 'base64url').toString()) as Record<string, unknown>
    const rewritten = { ...body, id_token: signAsProvider(op, change(claims), key) }
    return new Response(JSON.stringify(rewritten), { status: 200, headers: { 'content-type': 'application/json' } })
  }
}
