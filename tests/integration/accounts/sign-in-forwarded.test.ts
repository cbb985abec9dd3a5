import { NextRequest } from 'next/server'
import { beforeAll, describe, expect, it } from 'vitest'
import { hashPassword } from '@/lib/auth/password'
import { prisma } from '@/lib/db/client'
import { createTestOrg } from '../../support/factories'

// The default deployment has no trusted proxy (TRUST_PROXY_HOPS=0): X-Forwarded-For is whatever
// the client wrote, so a new value per attempt must not buy new sign-in attempts. Signs in through
// next-auth's own callback endpoint and the app's credentials check, as a browser would.

process.env.TRUST_PROXY_HOPS = '0' // before anything in this file reads the environment

const password = 'correct horse battery'
const base = 'http://localhost:3000/api/auth'
let email = ''

beforeAll(async () => {
  const org = await createTestOrg()
  email = org.members.ENGINEER.email
  await prisma.user.update({ where: { email }, data: { passwordHash: await hashPassword(password) } })
})

async function signIn(attempt: string, forwardedFor: string) {
  const { handlers } = await import('@/lib/auth/config')
  const csrf = await handlers.GET(new NextRequest(`${base}/csrf`))
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.includes('csrf-token'))!
  const response = await handlers.POST(
    new NextRequest(`${base}/callback/credentials`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, 'x-forwarded-for': forwardedFor },
      body: new URLSearchParams({ csrfToken, email, password: attempt, callbackUrl: 'http://localhost:3000/' }),
    }),
  )
  return {
    signedIn: response.headers.getSetCookie().some((c) => c.includes('session-token=')),
    location: response.headers.get('location') ?? '',
  }
}

describe('sign-in throttling without a trusted proxy', () => {
  it('does not let a rotating X-Forwarded-For bypass the limit', async () => {
    for (let i = 1; i <= 5; i++) expect((await signIn(`wrong password ${i}`, `198.51.100.${i}`)).signedIn).toBe(false)
    const sixth = await signIn(password, '198.51.100.77')
    expect(sixth.signedIn).toBe(false)
    expect(new URL(sixth.location).searchParams.get('code')).toBe('throttled_15')
    const ips = await prisma.loginAttempt.findMany({ where: { email }, select: { ip: true }, distinct: ['ip'] })
    expect(ips).toEqual([{ ip: 'unknown' }])
  })
})
