import type { AddressInfo } from 'node:net'
import { simpleParser, type ParsedMail } from 'mailparser'
import { generate } from 'selfsigned'
import { SMTPServer, type SMTPServerOptions } from 'smtp-server'

// A real SMTP server on a local port (the smtp-server package) for tests of the mailer: it checks
// a user name and password, refuses recipients whose address starts with "refused", and keeps every
// message it accepts, parsed with mailparser. Its certificate is self-signed, made at start-up.

export const SMTP_USER = 'mailer@plural.test'
export const SMTP_PASSWORD = 's3cret'

export type Received = { to: string[]; secure: boolean; user: unknown; mail: ParsedMail }

const certificate = generate([{ name: 'commonName', value: '127.0.0.1' }], {
  keySize: 2048,
  extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
})

const smtpError = (message: string, responseCode: number) => Object.assign(new Error(message), { responseCode })

/** `secure`: TLS from the first byte (smtps). Otherwise STARTTLS is offered unless `plain`. */
export async function startSmtpServer(mode: 'smtps' | 'starttls' | 'plain') {
  const { private: key, cert } = await certificate
  const received: Received[] = []
  const options: SMTPServerOptions = {
    secure: mode === 'smtps',
    key,
    cert,
    // Plain mode stands for a server on a trusted network: no TLS, so AUTH has to be allowed without it.
    disabledCommands: mode === 'plain' ? ['STARTTLS'] : [],
    allowInsecureAuth: mode === 'plain',
    logger: false,
    onAuth(auth, _session, done) {
      if (auth.username === SMTP_USER && auth.password === SMTP_PASSWORD) done(null, { user: auth.username })
      else done(smtpError('Authentication credentials invalid', 535))
    },
    onRcptTo(address, _session, done) {
      if (address.address.startsWith('refused')) done(smtpError(`Mailbox ${address.address} does not exist`, 550))
      else done()
    },
    onData(stream, session, done) {
      simpleParser(stream)
        .then((mail) => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), secure: session.secure, user: session.user, mail })
          done()
        })
        .catch(done)
    },
  }
  const server = new SMTPServer(options)
  // A client that gives up during the TLS handshake (the test of an untrusted certificate) is an
  // 'error' on the server; without a listener it would crash the test run.
  server.on('error', () => {})
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  const scheme = mode === 'smtps' ? 'smtps' : 'smtp'
  return {
    received,
    ca: cert,
    url: (password = SMTP_PASSWORD) => `${scheme}://${encodeURIComponent(SMTP_USER)}:${encodeURIComponent(password)}@127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
