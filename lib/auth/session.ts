import 'server-only'
import { cookies } from 'next/headers'
import { auth, signIn, signOut } from './config'

// The only module that reads the request's session and organisation cookie. Integration tests
// replace it (tests/support/session-mock.ts) to act as any member without a browser.

export const ORG_COOKIE = 'plural-org'

export type RawSession = { userId: string; sessionVersion: number }

export async function readSession(): Promise<RawSession | null> {
  const session = await auth()
  const userId = session?.user?.id
  if (!userId) return null
  return { userId, sessionVersion: (session as { sv?: number }).sv ?? -1 }
}

export async function readOrgChoice(): Promise<string | undefined> {
  return (await cookies()).get(ORG_COOKIE)?.value
}

export async function writeOrgChoice(organizationId: string) {
  ;(await cookies()).set(ORG_COOKIE, organizationId, { httpOnly: true, sameSite: 'lax', path: '/', secure: process.env.NODE_ENV === 'production' })
}

/** Signs the browser in afresh (after a password change bumped the session version). */
export async function startSession(email: string, password: string) {
  await signIn('credentials', { email, password, redirect: false })
}

/** Drops this browser's session cookie; the caller redirects. */
export async function endSession() {
  await signOut({ redirect: false })
}
