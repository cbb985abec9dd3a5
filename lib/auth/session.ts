import 'server-only'
import { cookies, headers } from 'next/headers'
import { env, isProduction } from '@/lib/env'
import { signIn, signOut } from './config'
import { decodeSessionToken, sessionCookieName, sessionTokenFrom, SessionTokenMemo, type RawSession } from './session-token'

// The only module that reads the request's session and organisation cookie. Integration tests
// replace it (tests/support/session-mock.ts) to act as any member without a browser.

const ORG_COOKIE = 'plural-org'

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

/** Drops this browser's session cookie; the caller redirects. */
export async function endSession() {
  await signOut({ redirect: false })
}
