import { createServer, type AddressInfo } from 'node:net'
import { afterAll, describe, expect, it } from 'vitest'
import { createTestOrg, signInAs } from '../../support/factories'

// A fake SMTP server on a local port: the invitation e-mail goes through lib/server/mailer's tiny
// client (EHLO, AUTH LOGIN, MAIL/RCPT/DATA) and the test reads what arrived.

type Session = { lines: string[]; message: string }
const sessions: Session[] = []

const server = createServer((socket) => {
  const session: Session = { lines: [], message: '' }
  sessions.push(session)
  let inData = false
  let buffer = ''
  const reply = (text: string) => socket.write(`${text}\r\n`)
  reply('220 fake.smtp ready')
  socket.on('data', (chunk) => {
    buffer += chunk.toString('utf8')
    if (inData) {
      const end = buffer.indexOf('\r\n.\r\n')
      if (end === -1) return
      session.message = buffer.slice(0, end)
      buffer = buffer.slice(end + 5)
      inData = false
      reply('250 queued')
    }
    let newline: number
    while (!inData && (newline = buffer.indexOf('\r\n')) !== -1) {
      const line = buffer.slice(0, newline)
      buffer = buffer.slice(newline + 2)
      session.lines.push(line)
      const verb = line.split(' ')[0].toUpperCase()
      if (verb === 'EHLO') reply('250-fake.smtp\r\n250 AUTH LOGIN')
      else if (line === 'AUTH LOGIN') reply('334 VXNlcm5hbWU6')
      else if (session.lines.at(-2) === 'AUTH LOGIN') reply('334 UGFzc3dvcmQ6')
      else if (session.lines.at(-3) === 'AUTH LOGIN') reply('235 ok')
      else if (verb === 'DATA') {
        inData = true
        reply('354 go on')
      } else if (verb === 'QUIT') reply('221 bye')
      else reply('250 ok')
    }
  })
})
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
process.env.SMTP_URL = `smtp://mailer%40plural.test:s3cret@127.0.0.1:${(server.address() as AddressInfo).port}`
process.env.SMTP_FROM = 'plural@plural.test'
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('invitation e-mail over SMTP', () => {
  it('is sent when SMTP_URL is set, with the link in the body', async () => {
    const { createInvitationAction } = await import('@/app/(app)/settings/invitations/actions')
    const org = await createTestOrg()
    await signInAs(org.members.OWNER, org.orgId)
    const result = await createInvitationAction({ email: 'mailed@example.test', role: 'LEAD' })
    if (!result.ok) throw new Error(result.message)
    expect(result.data.emailed).toBe(true)
    const session = sessions.at(-1)!
    expect(session.lines).toEqual(expect.arrayContaining(['AUTH LOGIN', Buffer.from('mailer@plural.test').toString('base64'), Buffer.from('s3cret').toString('base64'), 'MAIL FROM:<plural@plural.test>', 'RCPT TO:<mailed@example.test>', 'DATA']))
    expect(session.message).toContain('Subject: ')
    expect(session.message).toContain(result.data.link)
  })

  it('reports false (and the link still works on screen) when the server is unreachable', async () => {
    const { sendMail } = await import('@/lib/server/mailer')
    const { env } = await import('@/lib/env')
    const saved = env().SMTP_URL
    Object.assign(env(), { SMTP_URL: 'smtp://127.0.0.1:1' })
    try {
      expect(await sendMail({ to: 'x@example.test', subject: 'x', text: 'x' })).toBe(false)
    } finally {
      Object.assign(env(), { SMTP_URL: saved })
    }
  })
})
