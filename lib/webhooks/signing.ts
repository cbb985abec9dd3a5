import { createHmac, randomBytes } from 'node:crypto'

// Standard Webhooks signatures (standardwebhooks.com, spec "Signature scheme"): the secret is
// `whsec_` + base64 of random bytes; the signed content is `<webhook-id>.<webhook-timestamp>.<body>`;
// the signature header lists `v1,<base64 HMAC-SHA256>` for each current secret, space-separated, so a
// receiver keeps verifying while it moves to a rotated secret.

const SECRET_PREFIX = 'whsec_'

/** A new signing secret: 24 random bytes (192 bits; the scheme asks for 24 to 64). */
export const generateWebhookSecret = () => SECRET_PREFIX + randomBytes(24).toString('base64')

/** The key bytes of a secret (the part after `whsec_`, base64). */
function keyOf(secret: string): Buffer {
  if (!secret.startsWith(SECRET_PREFIX)) throw new Error('A webhook secret starts with whsec_')
  return Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64')
}

export type WebhookMessage = { id: string; timestamp: Date; body: string }

/** The three Standard Webhooks headers for one message, signed with every given secret. */
export function signWebhook(message: WebhookMessage, secrets: readonly string[]): Record<string, string> {
  const seconds = Math.floor(message.timestamp.getTime() / 1000).toString()
  const content = `${message.id}.${seconds}.${message.body}`
  const signatures = secrets.map((secret) => `v1,${createHmac('sha256', keyOf(secret)).update(content).digest('base64')}`)
  return { 'webhook-id': message.id, 'webhook-timestamp': seconds, 'webhook-signature': signatures.join(' ') }
}

/** A message id for webhook-id: unique, and the same on every attempt of one event. */
export const newWebhookMessageId = () => `msg_${randomBytes(16).toString('hex')}`
