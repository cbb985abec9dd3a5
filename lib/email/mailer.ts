import 'server-only'
import type { ConnectionOptions } from 'node:tls'
import nodemailer from 'nodemailer'
import type { EmailContent } from '@/lib/email/templates'
import { env } from '@/lib/env'
import { log } from '../log'

// E-mail over SMTP with nodemailer (decision 0047): smtps:// connects with TLS, smtp:// upgrades
// with STARTTLS when the server offers it, and the URL's user and password are used to log in.
// Certificates are always verified. Failures are logged (without secrets) and reported, never
// thrown, because every e-mail we send is a convenience next to a link or notice on screen.

export type Mail = EmailContent & { to: string }
type MailOutcome = { sent: true } | { sent: false; reason: string }

/** Only for tests: trust a test server's self-signed certificate by passing its CA. */
type MailOptions = { tls?: Pick<ConnectionOptions, 'ca'> }

export const isMailConfigured = () => Boolean(env().SMTP_URL)

const TIMEOUT_MS = 15_000

/** nodemailer's error codes → what an administrator should check (no server text that could hold secrets). */
function reasonFor(error: unknown): string {
  const { code, responseCode, response } = (error ?? {}) as { code?: string; responseCode?: number; response?: string }
  const reply = responseCode && response ? ` (${response.slice(0, 200)})` : ''
  if (code === 'EAUTH') return `The SMTP server refused the user name or password in SMTP_URL${reply}.`
  if (code === 'EENVELOPE') return `The SMTP server refused the sender or the recipient${reply}.`
  if (code === 'ETLS' || /certificate|self.signed|SSL|TLS/i.test(error instanceof Error ? error.message : '')) {
    return 'The TLS connection to the SMTP server failed (check the host name and its certificate).'
  }
  if (code === 'ECONNECTION' || code === 'ETIMEDOUT' || code === 'ESOCKET' || code === 'EDNS')
    return 'The SMTP server in SMTP_URL could not be reached.'
  return `The SMTP server did not accept the message${reply}.`
}

/** Sends when SMTP_URL is set; says whether the server accepted the message, and if not, why. */
export async function sendMail(mail: Mail, options: MailOptions = {}): Promise<MailOutcome> {
  const { SMTP_URL, SMTP_FROM } = env()
  if (!SMTP_URL) return { sent: false, reason: 'SMTP_URL is not set.' }
  const url = new URL(SMTP_URL)
  const secure = url.protocol === 'smtps:'
  // Built from the URL here: nodemailer ignores every other option (tls, timeouts) when given `url`.
  const transport = nodemailer.createTransport({
    host: url.hostname,
    port: Number(url.port || (secure ? 465 : 587)),
    secure,
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
    tls: options.tls,
  })
  try {
    // nodemailer keeps header values on one line and dot-stuffs the body; both parts go as multipart/alternative.
    await transport.sendMail({
      from: { name: 'Plural', address: SMTP_FROM ?? `no-reply@${url.hostname}` },
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
    })
    log('info', 'mail sent', { subject: mail.subject })
    return { sent: true }
  } catch (error) {
    const reason = reasonFor(error)
    log('warn', 'mail failed', { subject: mail.subject, reason })
    return { sent: false, reason }
  } finally {
    transport.close()
  }
}
