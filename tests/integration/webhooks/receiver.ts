import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Webhook } from 'standardwebhooks'
import { env } from '@/lib/env'

// A local HTTP endpoint that records every webhook POST, answering 204 after `holdMs` (to catch a
// worker in the middle of a delivery). Loopback is reachable only through the explicit setting.

export type Received = { headers: IncomingMessage['headers']; body: string }
export type Event = { id: string; type: string; data: Record<string, unknown> & { items?: Record<string, unknown>[] } }

export async function startReceiver() {
  const received: Received[] = []
  const state = { holdMs: 0 }
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      received.push({ headers: req.headers, body })
      setTimeout(() => res.writeHead(204).end(), state.holdMs)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  Object.assign(env(), { WEBHOOKS_ALLOW_LOOPBACK: true })
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    received,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** The received messages verified with the endpoint's secret by the reference library (a bad signature throws). */
export function verifiedEvents(received: readonly Received[], secret: string): Event[] {
  const webhook = new Webhook(secret)
  return received.map((message) => {
    const payload = webhook.verify(message.body, {
      'webhook-id': String(message.headers['webhook-id']),
      'webhook-timestamp': String(message.headers['webhook-timestamp']),
      'webhook-signature': String(message.headers['webhook-signature']),
    }) as Omit<Event, 'id'>
    return { id: String(message.headers['webhook-id']), type: payload.type, data: payload.data }
  })
}

export async function until(done: () => boolean | Promise<boolean>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 50))
  }
}
