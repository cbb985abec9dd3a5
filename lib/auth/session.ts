import 'server-only'
import { cookies } from 'next/headers'
import { auth } from './config'

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
