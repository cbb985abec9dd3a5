import 'server-only'
import { connect as netConnect, type Socket } from 'node:net'
import { connect as tlsConnect, type TLSSocket } from 'node:tls'
import { env } from '@/lib/env'
import { log } from './log'

// A deliberately tiny SMTP client (no dependency may be added): smtps:// connects with TLS,
// smtp:// upgrades with STARTTLS when the server offers it, and AUTH LOGIN is used when the URL
// carries credentials. It sends plain-text mail only. Failures are logged (without secrets) and
// reported as `false`, because every e-mail we send is a convenience next to a link on screen.

export type Mail = { to: string; subject: string; text: string }

export const isMailConfigured = () => Boolean(env().SMTP_URL)

type Conn = { socket: Socket | TLSSocket; read: () => Promise<string> }

function wrap(socket: Socket | TLSSocket): Conn {
  let buffer = ''
  const waiting: { resolve: (reply: string) => void; reject: (error: Error) => void }[] = []
  const replies: string[] = []
  let failed: Error | null = null
  socket.setEncoding('utf8')
  // Without a listener an 'error' event would crash the process; fail the pending read instead.
  const fail = (error: Error) => {
    failed = error
    for (const w of waiting.splice(0)) w.reject(error)
  }
  socket.on('error', fail)
  socket.on('close', () => fail(new Error('SMTP: connection closed')))
  socket.on('data', (chunk: string) => {
    buffer += chunk
    // A reply ends with a line "NNN text" (a dash after the code means more lines follow).
    let end: RegExpExecArray | null
    while ((end = /(^|\r\n)(\d{3}) [^\r\n]*\r\n/.exec(buffer))) {
      const reply = buffer.slice(0, end.index + end[0].length)
      buffer = buffer.slice(reply.length)
      const next = waiting.shift()
      if (next) next.resolve(reply)
      else replies.push(reply)
    }
  })
  const read = () =>
    new Promise<string>((resolve, reject) => {
      if (replies.length) resolve(replies.shift() as string)
      else if (failed) reject(failed)
      else waiting.push({ resolve, reject })
    })
  return { socket, read }
}

async function command(conn: Conn, line: string | null, expect: number): Promise<string> {
  if (line !== null) conn.socket.write(`${line}\r\n`)
  const reply = await conn.read()
  if (Number(reply.slice(0, 3)) !== expect) throw new Error(`SMTP: expected ${expect}, got ${reply.slice(0, 3)}`)
  return reply
}

function open(url: URL): Promise<Socket | TLSSocket> {
  const secure = url.protocol === 'smtps:'
  const port = Number(url.port || (secure ? 465 : 587))
  return new Promise((resolve, reject) => {
    const socket = secure ? tlsConnect({ host: url.hostname, port, servername: url.hostname }) : netConnect({ host: url.hostname, port })
    socket.setTimeout(15_000, () => socket.destroy(new Error('SMTP: timeout')))
    socket.once('error', reject)
    socket.once(secure ? 'secureConnect' : 'connect', () => resolve(socket))
  })
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64')
// Headers may not contain line breaks (header injection); bodies must not contain a lone "." line.
const oneLine = (s: string) => s.replace(/[\r\n]+/g, ' ')
const dotStuff = (s: string) => s.replace(/\r?\n/g, '\r\n').replace(/^\./gm, '..')

async function deliver(url: URL, from: string, mail: Mail) {
  let conn = wrap(await open(url))
  try {
    await command(conn, null, 220)
    const hello = await command(conn, 'EHLO plural.local', 250)
    if (url.protocol === 'smtp:' && /STARTTLS/i.test(hello)) {
      await command(conn, 'STARTTLS', 220)
      conn.socket.removeAllListeners('data').removeAllListeners('close')
      const upgraded = tlsConnect({ socket: conn.socket as Socket, servername: url.hostname })
      await new Promise<void>((resolve, reject) => upgraded.once('secureConnect', resolve).once('error', reject))
      conn = wrap(upgraded)
      await command(conn, 'EHLO plural.local', 250)
    }
    if (url.username) {
      await command(conn, 'AUTH LOGIN', 334)
      await command(conn, b64(decodeURIComponent(url.username)), 334)
      await command(conn, b64(decodeURIComponent(url.password)), 235)
    }
    await command(conn, `MAIL FROM:<${oneLine(from)}>`, 250)
    await command(conn, `RCPT TO:<${oneLine(mail.to)}>`, 250)
    await command(conn, 'DATA', 354)
    const message = [
      `From: Plural <${oneLine(from)}>`,
      `To: <${oneLine(mail.to)}>`,
      `Subject: ${oneLine(mail.subject)}`,
      `Date: ${new Date().toUTCString()}`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      dotStuff(mail.text),
      '.',
    ].join('\r\n')
    await command(conn, message, 250)
    conn.socket.write('QUIT\r\n')
  } finally {
    conn.socket.end()
  }
}

/** Sends when SMTP_URL is set; returns whether the message was accepted by the server. */
export async function sendMail(mail: Mail): Promise<boolean> {
  const { SMTP_URL, SMTP_FROM } = env()
  if (!SMTP_URL) return false
  const url = new URL(SMTP_URL)
  const from = SMTP_FROM ?? `no-reply@${url.hostname}`
  try {
    await deliver(url, from, mail)
    log('info', 'mail sent', { subject: mail.subject })
    return true
  } catch (error) {
    // The error text never contains the credentials (they are only ever written base64 to the socket).
    log('warn', 'mail failed', { subject: mail.subject, reason: error instanceof Error ? error.message : 'unknown' })
    return false
  }
}
