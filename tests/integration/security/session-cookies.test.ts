import { NextRequest } from 'next/server'
import { beforeAll, describe, expect, it } from 'vitest'
import { hashPassword } from '@/lib/auth/password'
import { prisma } from '@/lib/db/client'
import { createTestOrg } from '../../support/factories'

// The session cookie as next-auth really sets it, through the app's own /api/auth handlers and
// credentials check: HttpOnly and SameSite=Lax always, and Secure (with the __Secure- prefix)
// when the public URL is https, even though the request reaches the app over plain http behind
// a TLS-terminating load balancer. next-auth takes the origin from NEXTAUTH_URL (reqWithEnvURL).

const PUBLIC_URL = 'https://plural.example.com'
const password = 'correct horse battery'
let email = ''

beforeAll(async () => {
  process.env.NEXTAUTH_URL = PUBLIC_URL // before anything in this file reads the environment
  const org = await createTestOrg()
  email = org.members.ENGINEER.email
  await prisma.user.update({ where: { email }, data: { passwordHash: await hashPassword(password) } })
})

/** Cookie attributes by name, from a response's Set-Cookie headers. */
function cookiesOf(response: Response): Map<string, string> {
  return new Map(response.headers.getSetCookie().map((c) => [c.slice(0, c.indexOf('=')), c]))
}

describe('session cookie', () => {
  it('is HttpOnly, SameSite=Lax and Secure when NEXTAUTH_URL is https', async () => {
    const { handlers } = await import('@/lib/auth/config')
    const internal = 'http://10.0.0.5:3000/api/auth' // plain http, no x-forwarded-proto
    const csrf = await handlers.GET(new NextRequest(`${internal}/csrf`))
    const { csrfToken } = (await csrf.json()) as { csrfToken: string }
    const csrfCookie = [...cookiesOf(csrf)].find(([name]) => name.endsWith('authjs.csrf-token'))
    expect(csrfCookie?.[0]).toBe('__Host-authjs.csrf-token')

    const signedIn = await handlers.POST(
      new NextRequest(`${internal}/callback/credentials`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie![1].split(';')[0] },
        body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${PUBLIC_URL}/` }),
      }),
    )
    expect(signedIn.status).toBe(302)
    const session = cookiesOf(signedIn).get('__Secure-authjs.session-token')
    expect(session, 'a __Secure- prefixed session cookie').toBeDefined()
    const attributes = session!
      .split(';')
      .slice(1)
      .map((a) => a.trim().toLowerCase())
    expect(attributes).toEqual(expect.arrayContaining(['httponly', 'secure', 'samesite=lax', 'path=/']))
    expect(cookiesOf(signedIn).has('authjs.session-token')).toBe(false)
  })

  it('is not issued for a wrong password', async () => {
    const { handlers } = await import('@/lib/auth/config')
    const csrf = await handlers.GET(new NextRequest('http://10.0.0.5:3000/api/auth/csrf'))
    const { csrfToken } = (await csrf.json()) as { csrfToken: string }
    const cookie = [...cookiesOf(csrf)].find(([name]) => name.endsWith('csrf-token'))![1].split(';')[0]
    const refused = await handlers.POST(
      new NextRequest('http://10.0.0.5:3000/api/auth/callback/credentials', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
        body: new URLSearchParams({ csrfToken, email, password: 'not the password' }),
      }),
    )
    expect([...cookiesOf(refused).keys()].filter((n) => n.includes('session-token'))).toEqual([])
  })
})
