import { beforeAll, describe, expect, it, vi } from 'vitest'
import { finishSignUpAction, signUpAction } from '@/app/(auth)/actions'
import { hashPassword } from '@/lib/auth/password'
import { prisma } from '@/lib/db/client'
import type { Mail } from '@/lib/email/mailer'
import { createTestOrg } from '../../support/factories'

// With e-mail set up, sign-up must not tell a stranger whether an address has an account: the
// answer on screen is the same, and only what arrives in that address's mailbox differs.

const outbox: Mail[] = []
vi.mock('@/lib/email/mailer', () => ({
  isMailConfigured: () => true,
  sendMail: async (mail: Mail) => {
    outbox.push(mail)
    return { sent: true }
  },
}))

const password = 'correct horse battery'
let existing = { email: '', name: '', passwordHash: '', sessionVersion: 0 }

beforeAll(async () => {
  const org = await createTestOrg()
  const { email } = org.members.ENGINEER
  existing = (await prisma.user.update({
    where: { email },
    data: { passwordHash: await hashPassword('the owner’s own password') },
    select: { email: true, name: true, passwordHash: true, sessionVersion: true },
  })) as typeof existing
})

const mailTo = (email: string) => outbox.filter((m) => m.to === email)
const linkIn = (mail: Mail) => /\/signup\/finish\?token=(\S+)/.exec(mail.text)?.[1] ?? ''

describe('sign-up without account enumeration', () => {
  it('answers an address that has an account exactly as a new one, and changes nothing', async () => {
    const fresh = `newcomer.${Date.now()}@example.test`
    const forTaken = await signUpAction({ name: 'Mallory', email: existing.email, password })
    const forFresh = await signUpAction({ name: 'Ada', email: fresh, password })
    expect(forTaken).toEqual(forFresh)
    expect(forTaken).toEqual({ ok: true, data: { checkEmail: true } })

    const owner = await prisma.user.findUniqueOrThrow({
      where: { email: existing.email },
      select: { email: true, name: true, passwordHash: true, sessionVersion: true },
    })
    expect(owner).toEqual(existing)
    // Nothing is created before the newcomer follows the link either.
    expect(await prisma.user.count({ where: { email: fresh } })).toBe(0)

    // Only the mailboxes differ: a notice for the owner, a link for the newcomer.
    expect(mailTo(existing.email)).toEqual([expect.objectContaining({ subject: 'You already have a Plural account' })])
    expect(linkIn(mailTo(existing.email)[0])).toBe('')
    expect(linkIn(mailTo(fresh)[0])).not.toBe('')
  })

  it('lets the newcomer in through the link with the password they chose; a link is used once', async () => {
    const email = `linked.${Date.now()}@example.test`
    await signUpAction({ name: 'Grace', email, password, next: '/invite/abc' })
    const token = decodeURIComponent(linkIn(mailTo(email)[0]))

    expect(await finishSignUpAction({ token, password: 'not what I chose' })).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { password: ['Not the password you chose.'] },
    })
    expect(await prisma.user.count({ where: { email } })).toBe(0)

    // Signing in redirects (thrown by design) to where the sign-up was headed.
    await expect(finishSignUpAction({ token, password })).rejects.toMatchObject({ digest: expect.stringContaining('/invite/abc') })
    expect(await prisma.user.findUniqueOrThrow({ where: { email }, select: { name: true } })).toEqual({ name: 'Grace' })

    expect(await finishSignUpAction({ token, password })).toMatchObject({ ok: false, code: 'CONFLICT' })
    expect(await finishSignUpAction({ token: `${token.slice(0, -4)}AAAA`, password })).toMatchObject({ ok: false, code: 'INVALID' })
  })
})
