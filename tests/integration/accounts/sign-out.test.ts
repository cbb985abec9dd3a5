import { cookies } from 'next/headers'
import { NextRequest } from 'next/server'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { getSignedInUser } from '@/lib/auth/actor'
import { hashPassword } from '@/lib/auth/password'
import { prisma } from '@/lib/db/client'
import { createTestOrg } from '../../support/factories'

// Real session cookies: issued by next-auth's own endpoints and read back by the app's session
// gate (not the test double the other files use), so a copied cookie is checked as a browser's is.
vi.unmock('@/lib/auth/session')
process.env.NEXTAUTH_URL = 'http://localhost:3000' // before anything in this file reads the environment

const COOKIE = 'authjs.session-token'
const base = 'http://localhost:3000/api/auth'
const password = 'correct horse battery'
let email = ''
let userId = ''

beforeAll(async () => {
  const org = await createTestOrg()
  ;({ email, userId } = org.members.ENGINEER)
  await prisma.user.update({ where: { email }, data: { passwordHash: await hashPassword(password) } })
})

async function csrf() {
  const { handlers } = await import('@/lib/auth/config')
  const response = await handlers.GET(new NextRequest(`${base}/csrf`))
  const { csrfToken } = (await response.json()) as { csrfToken: string }
  return {
    csrfToken,
    cookie: response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .find((c) => c.includes('csrf-token'))!,
  }
}

const sessionCookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith(`${COOKIE}=`))
    ?.slice(COOKIE.length + 1) ?? ''

/** Signs in through the credentials callback, as the login form does; returns the session cookie's value. */
async function signIn() {
  const { handlers } = await import('@/lib/auth/config')
  const { csrfToken, cookie } = await csrf()
  const response = await handlers.POST(
    new NextRequest(`${base}/callback/credentials`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: new URLSearchParams({ csrfToken, email, password, callbackUrl: 'http://localhost:3000/' }),
    }),
  )
  const token = sessionCookieOf(response)
  expect(token).not.toBe('')
  return token
}

async function signOut(token: string) {
  const { handlers } = await import('@/lib/auth/config')
  const { csrfToken, cookie } = await csrf()
  const response = await handlers.POST(
    new NextRequest(`${base}/signout`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `${cookie}; ${COOKIE}=${token}` },
      body: new URLSearchParams({ csrfToken, callbackUrl: 'http://localhost:3000/login' }),
    }),
  )
  expect(response.headers.getSetCookie().some((c) => c.startsWith(`${COOKIE}=;`))).toBe(true) // the browser's copy is cleared
}

/** Who the app thinks is signed in when a request carries this session cookie. */
async function userWithCookie(token: string) {
  ;(await cookies()).set(COOKIE, token)
  return (await getSignedInUser())?.userId ?? null
}

describe('signing out', () => {
  it('revokes that session: a copy of its cookie is refused, while the user’s other session keeps working', async () => {
    const laptop = await signIn()
    const phone = await signIn()
    expect(await userWithCookie(laptop)).toBe(userId)
    expect(await userWithCookie(phone)).toBe(userId)

    await signOut(laptop)

    expect(await userWithCookie(laptop)).toBeNull()
    expect(await userWithCookie(phone)).toBe(userId)
  })

  it('forgets revocations of tokens that have expired anyway', async () => {
    await prisma.revokedSession.create({ data: { id: 'long-gone', expiresAt: new Date(Date.now() - 60_000) } })
    await signOut(await signIn())
    expect(await prisma.revokedSession.findUnique({ where: { id: 'long-gone' } })).toBeNull()
    expect(await prisma.revokedSession.count()).toBeGreaterThan(0)
  })
})
