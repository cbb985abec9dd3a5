import 'server-only'
import { cookies, headers } from 'next/headers'
import { env, isProduction } from '@/lib/env'
import { signIn, signOut } from './config'
import { decodeSessionToken, sessionCookieName, sessionTokenFrom, SessionTokenMemo, type RawSession } from './session-token'

// The only module that reads the request's session and organisation cookie. Integration tests
// replace it (tests/support/session-mock.ts) to act as any member without a browser.

const ORG_COOKIE = 'plural-org'
// The state of this browser's single sign-on attempt; only the callback path ever receives it.
const SSO_STATE_COOKIE = 'plural-sso-state'
const SSO_CALLBACK_PATH = '/api/sso/callback'

const decodedTokens = new SessionTokenMemo()

export async function readSession(): Promise<RawSession | null> {
  const { NEXTAUTH_SECRET, NEXTAUTH_URL } = env()
  if (!NEXTAUTH_SECRET) return null
  const name = sessionCookieName(NEXTAUTH_URL, (await headers()).get('x-forwarded-proto'))
  const jar = await cookies()
  const token = sessionTokenFrom(new Map(jar.getAll().map((c) => [c.name, c.value])), name)
  return token ? decodedTokens.read(`${name}=${token}`, Date.now(), () => decodeSessionToken(token, NEXTAUTH_SECRET, name)) : null
}

export async function readOrgChoice(): Promise<string | undefined> {
  return (await cookies()).get(ORG_COOKIE)?.value
}

export async function writeOrgChoice(organizationId: string) {
  ;(await cookies()).set(ORG_COOKIE, organizationId, { httpOnly: true, sameSite: 'lax', path: '/', secure: isProduction() })
}

/** Signs the browser in afresh (after a password change bumped the session version). */
export async function startSession(email: string, password: string) {
  await signIn('credentials', { email, password, redirect: false })
}

/** Signs the browser in with the single-use ticket the SSO callback issued (next-auth's "sso" provider). */
export async function startSsoSession(ticket: string) {
  await signIn('sso', { ticket, redirect: false })
}

/** Lax, so it comes back on the IdP's top-level redirect to the callback; ten minutes, like the request. */
export async function writeSsoState(state: string) {
  const options = { httpOnly: true, sameSite: 'lax', path: SSO_CALLBACK_PATH, secure: isProduction(), maxAge: 600 } as const
  ;(await cookies()).set(SSO_STATE_COOKIE, state, options)
}

/** Reads and clears the state cookie: one attempt, one answer. */
export async function takeSsoState(): Promise<string | undefined> {
  const jar = await cookies()
  const state = jar.get(SSO_STATE_COOKIE)?.value
  if (state) jar.delete({ name: SSO_STATE_COOKIE, path: SSO_CALLBACK_PATH })
  return state
}

/** Drops this browser's session cookie; the caller redirects. */
export async function endSession() {
  await signOut({ redirect: false })
}
