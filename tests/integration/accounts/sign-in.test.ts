import { describe, expect, it, vi } from 'vitest'
import { signInAction, signUpAction } from '@/app/(auth)/actions'
import { hashPassword } from '@/lib/auth/password'
import { prisma } from '@/lib/db/client'
import { getLoginThrottle, recordLoginAttempt } from '@/lib/db/accounts/login-attempts'
import { createTestOrg } from '../../support/factories'
import { testClient } from './credentials-stub'

vi.mock('@/lib/auth/config', async (importOriginal) => (await import('./credentials-stub')).stubbedAuthConfig(await importOriginal()))

const password = 'correct horse battery'
let n = 0
const freshEmail = () => `person.${Date.now()}.${++n}@example.test`

describe('sign-up', () => {
  it('refuses passwords under 10 characters, naming the field', async () => {
    const result = await signUpAction({ name: 'Ada', email: freshEmail(), password: 'short-pw1' })
    expect(result).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { password: ['Password must be at least 10 characters'] } })
  })

  it('refuses a malformed e-mail and an empty name', async () => {
    const result = await signUpAction({ name: ' ', email: 'not-an-email', password })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(['email', 'name'])
  })

  it('creates the account with an argon2id hash and signs in', async () => {
    const email = freshEmail()
    expect(await signUpAction({ name: 'Ada', email: email.toUpperCase(), password })).toMatchObject({ ok: true })
    const user = await prisma.user.findUniqueOrThrow({ where: { email }, select: { passwordHash: true } })
    expect(user.passwordHash).toMatch(/^\$argon2id\$/)
  })

  it('without e-mail set up, refuses a duplicate e-mail (case-insensitive) with CONFLICT (decision 0045)', async () => {
    const email = freshEmail()
    await signUpAction({ name: 'Ada', email, password })
    expect(await signUpAction({ name: 'Eve', email: email.toUpperCase(), password })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      fieldErrors: { email: ['Already registered.'] },
    })
  })
})

describe('sign-in and throttling', () => {
  async function account() {
    const org = await createTestOrg()
    const email = org.members.LEAD.email
    await prisma.user.update({ where: { email }, data: { passwordHash: await hashPassword(password) } })
    return { org, email }
  }

  it('signs in with the right password', async () => {
    const { email } = await account()
    testClient.ip = '203.0.113.10'
    expect(await signInAction({ email, password })).toMatchObject({ ok: true })
  })

  it('gives one generic message for a wrong password and for an unknown e-mail', async () => {
    const { email } = await account()
    testClient.ip = '203.0.113.11'
    const wrong = await signInAction({ email, password: 'wrong password!' })
    const unknown = await signInAction({ email: freshEmail(), password })
    expect(wrong).toEqual({
      ok: false,
      code: 'INVALID',
      message: 'That e-mail and password do not match an account.',
      fieldErrors: undefined,
    })
    expect(unknown).toEqual(wrong)
  })

  it('refuses further tries after 5 failures per e-mail and IP within 15 minutes, saying when to retry', async () => {
    const { email } = await account()
    testClient.ip = '203.0.113.12'
    for (let i = 0; i < 5; i++) expect(await signInAction({ email, password: `wrong password ${i}` })).toMatchObject({ code: 'INVALID' })
    // Even the right password is refused now; the message says how long to wait.
    expect(await signInAction({ email, password })).toMatchObject({
      ok: false,
      code: 'RATE_LIMITED',
      message: 'Too many failed attempts. Try again in 15 minutes.',
    })
    // Another IP (another person behind a different address) is not locked out.
    testClient.ip = '203.0.113.13'
    expect(await signInAction({ email, password })).toMatchObject({ ok: true })
  })

  it('behind one trusted proxy counts the address the proxy appended, not what the client put before it', async () => {
    const { email } = await account()
    for (let i = 0; i < 5; i++) {
      testClient.ip = `198.51.100.${i}, 203.0.113.15` // the client's own entry rotates; the proxy's stays
      expect(await signInAction({ email, password: `wrong password ${i}` })).toMatchObject({ code: 'INVALID' })
    }
    testClient.ip = '198.51.100.99, 203.0.113.15'
    expect(await signInAction({ email, password })).toMatchObject({ ok: false, code: 'RATE_LIMITED' })
  })

  it('records failed sign-ins in the audit log of the member’s organisations', async () => {
    const { org, email } = await account()
    testClient.ip = '203.0.113.14'
    await signInAction({ email, password: 'wrong password!' })
    const events = await prisma.auditEvent.findMany({ where: { organizationId: org.orgId, action: 'auth.sign_in_failed' } })
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({ actorId: org.members.LEAD.userId, targetId: email, data: { ip: '203.0.113.14' } })
  })
})

describe('login attempts in Postgres', () => {
  const now = new Date('2026-05-01T10:00:00Z')

  it('counts only failures of the same e-mail and IP inside the window', async () => {
    const email = freshEmail()
    for (let i = 0; i < 4; i++) await recordLoginAttempt(email, '198.51.100.1', false)
    await recordLoginAttempt(email, '198.51.100.1', true)
    await recordLoginAttempt(email, '198.51.100.2', false)
    await recordLoginAttempt(freshEmail(), '198.51.100.1', false)
    expect(await getLoginThrottle(email, '198.51.100.1')).toEqual({ allowed: true })
    await recordLoginAttempt(email, '198.51.100.1', false)
    expect(await getLoginThrottle(email, '198.51.100.1')).toEqual({ allowed: false, retryInMinutes: 15 })
  })

  it('forgets failures older than 15 minutes', async () => {
    const email = freshEmail()
    const old = new Date(now.getTime() - 16 * 60_000)
    await prisma.loginAttempt.createMany({
      data: Array.from({ length: 6 }, () => ({ email, ip: '198.51.100.3', success: false, createdAt: old })),
    })
    expect(await getLoginThrottle(email, '198.51.100.3', now)).toEqual({ allowed: true })
  })
})
