import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createInvitationAction } from '@/app/(app)/settings/invitations/actions'
import { env } from '@/lib/env'
import { sendMail } from '@/lib/email/mailer'
import { createTestOrg, signInAs } from '../../support/factories'
import { SMTP_USER, startSmtpServer } from '../../support/smtp-server'

// lib/server/mailer (nodemailer) against a real SMTP server on a local port: implicit TLS, STARTTLS,
// a plain server, login, a refused recipient and a server that is not there.

type Server = Awaited<ReturnType<typeof startSmtpServer>>
const servers: Record<'smtps' | 'starttls' | 'plain', Server> = {} as never

beforeAll(async () => {
  for (const mode of ['smtps', 'starttls', 'plain'] as const) servers[mode] = await startSmtpServer(mode)
  Object.assign(env(), { SMTP_FROM: 'plural@plural.test' })
})
afterAll(async () => {
  await Promise.all(Object.values(servers).map((s) => s.close()))
})

const useSmtp = (url: string) => Object.assign(env(), { SMTP_URL: url })
const mail = (to = 'someone@example.test') => ({ to, subject: 'Hello', text: 'Plain words', html: '<p>Plain words</p>' })

describe('invitation e-mail over SMTP', () => {
  it('is sent with a plain-text and an HTML part, both carrying the link', async () => {
    useSmtp(servers.plain.url())
    const org = await createTestOrg()
    await signInAs(org.members.OWNER, org.orgId)
    const result = await createInvitationAction({ email: 'mailed@example.test', role: 'LEAD' })
    if (!result.ok) throw new Error(result.message)
    expect(result.data.emailed).toBe(true)
    const { to, user, mail: message } = servers.plain.received.at(-1)!
    expect(to).toEqual(['mailed@example.test'])
    expect(user).toBe(SMTP_USER)
    expect(message.from?.value).toEqual([{ name: 'Plural', address: 'plural@plural.test' }])
    expect(message.subject).toMatch(/invited you to .* on Plural$/)
    expect(message.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' })
    expect(message.text).toContain(`Accept the invitation within 7 days:\n${result.data.link}`)
    expect(message.html).toContain(`href="${result.data.link}"`)
  })
})

describe('sendMail', () => {
  it('delivers over implicit TLS (smtps://), verifying the certificate against the given CA', async () => {
    useSmtp(servers.smtps.url())
    expect(await sendMail(mail('tls@example.test'), { tls: { ca: servers.smtps.ca } })).toEqual({ sent: true })
    expect(servers.smtps.received.at(-1)).toMatchObject({ to: ['tls@example.test'], secure: true, user: SMTP_USER })
  })

  it('upgrades smtp:// with STARTTLS before logging in', async () => {
    useSmtp(servers.starttls.url())
    expect(await sendMail(mail('starttls@example.test'), { tls: { ca: servers.starttls.ca } })).toEqual({ sent: true })
    const received = servers.starttls.received.at(-1)!
    expect(received).toMatchObject({ to: ['starttls@example.test'], secure: true, user: SMTP_USER })
    expect(received.mail.text).toBe('Plain words')
    expect(received.mail.html).toBe('<p>Plain words</p>')
  })

  it('refuses a certificate it cannot verify', async () => {
    useSmtp(servers.starttls.url())
    const before = servers.starttls.received.length
    expect(await sendMail(mail())).toEqual({ sent: false, reason: expect.stringMatching(/TLS connection to the SMTP server failed/) })
    expect(servers.starttls.received).toHaveLength(before)
  })

  it('reports a wrong password clearly, without the password', async () => {
    useSmtp(servers.smtps.url('wrong-password'))
    const outcome = await sendMail(mail(), { tls: { ca: servers.smtps.ca } })
    expect(outcome).toEqual({
      sent: false,
      reason: expect.stringMatching(/^The SMTP server refused the user name or password in SMTP_URL \(535 /),
    })
    expect(JSON.stringify(outcome)).not.toContain('wrong-password')
  })

  it('reports a recipient the server refuses, and sends nothing', async () => {
    useSmtp(servers.plain.url())
    const before = servers.plain.received.length
    expect(await sendMail(mail('refused@example.test'))).toEqual({
      sent: false,
      reason: expect.stringMatching(/refused the sender or the recipient .*550/),
    })
    expect(servers.plain.received).toHaveLength(before)
  })

  it('reports false (and the link still works on screen) when the server is unreachable', async () => {
    useSmtp('smtp://127.0.0.1:1')
    expect(await sendMail(mail())).toEqual({ sent: false, reason: 'The SMTP server in SMTP_URL could not be reached.' })
  })
})
