import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Webhook } from 'standardwebhooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createWebhookEndpointAction,
  deleteWebhookEndpointAction,
  redeliverWebhookAction,
  rotateWebhookSecretAction,
  sendWebhookTestEventAction,
  setWebhookEndpointEnabledAction,
} from '@/app/(app)/settings/webhooks/actions'
import { prisma } from '@/lib/db/client'
import { stopJobQueue } from '@/lib/db/jobs/queue'
import { listWebhookDeliveries } from '@/lib/db/webhooks/delivery-log'
import { env } from '@/lib/env'
import { startWorker } from '@/lib/server/jobs'
import { createTestOrg, signInAs, type TestOrg } from '../../support/factories'

// Settings › Webhooks: register (secret once, stored sealed), rotate (old and new both sign for a
// day), disable and enable, test events, redelivery and deletion, each refused to roles below admin
// and to ids of another organisation. Deliveries go to a local receiver through the real worker.

type Received = { headers: IncomingMessage['headers']; body: string }
const received: Received[] = []
const receiver = createServer((req, res) => {
  let body = ''
  req.on('data', (chunk) => (body += chunk))
  req.on('end', () => {
    received.push({ headers: req.headers, body })
    res.writeHead(204).end()
  })
})
let url = ''
let org: TestOrg
let other: TestOrg

beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`
  Object.assign(env(), { WEBHOOKS_ALLOW_LOOPBACK: true })
  await startWorker({ NODE_ENV: 'test' })
  ;[org, other] = await Promise.all([createTestOrg(), createTestOrg()])
})
afterAll(async () => {
  await stopJobQueue()
  await new Promise((resolve) => receiver.close(resolve))
})

async function until<T>(read: () => Promise<T> | T, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (done(value)) return value
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 50))
  }
}

function ok<T>(result: { ok: true; data: T } | { ok: false; message: string }): T {
  if (!result.ok) throw new Error(result.message)
  return result.data
}

async function addEndpoint(as: TestOrg = org) {
  await signInAs(as.members.ADMIN, as.orgId)
  return ok(await createWebhookEndpointAction({ url, description: 'receiver', events: ['plan.published', 'sprint.closed'] }))
}

const verify = (secret: string, message: Received) =>
  new Webhook(secret).verify(message.body, {
    'webhook-id': String(message.headers['webhook-id']),
    'webhook-timestamp': String(message.headers['webhook-timestamp']),
    'webhook-signature': String(message.headers['webhook-signature']),
  })

const receivedFor = (eventId: string) => received.filter((r) => r.headers['webhook-id'] === eventId)

describe('adding an endpoint', () => {
  it('answers the secret once, stores it only sealed, and audits the creation', async () => {
    const { id, secret } = await addEndpoint()
    expect(secret).toMatch(/^whsec_/)
    const row = await prisma.webhookEndpoint.findUniqueOrThrow({ where: { id } })
    expect(row).toMatchObject({ organizationId: org.orgId, url, events: ['plan.published', 'sprint.closed'], disabledAt: null })
    expect(JSON.stringify(row)).not.toContain(secret.slice(6))
    expect(await prisma.auditEvent.count({ where: { organizationId: org.orgId, action: 'webhook.create', targetId: id } })).toBe(1)
  })

  it('names refused fields by their labels and saves nothing', async () => {
    await signInAs(org.members.OWNER, org.orgId)
    const before = await prisma.webhookEndpoint.count({ where: { organizationId: org.orgId } })
    const empty = await createWebhookEndpointAction({ url: 'not a url', events: [] })
    if (empty.ok) throw new Error('accepted an empty form')
    expect(Object.keys(empty.fieldErrors ?? {}).sort()).toEqual(['events', 'url'])
    const unknownEvent = await createWebhookEndpointAction({ url, events: ['plan.deleted'] })
    expect(unknownEvent).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { events: [expect.stringContaining('events')] } })
    for (const target of ['http://10.0.0.5/h', 'https://169.254.169.254/latest', 'ftp://example.com/h'])
      expect(await createWebhookEndpointAction({ url: target, events: ['plan.published'] })).toMatchObject({
        ok: false,
        code: 'INVALID',
        fieldErrors: { url: [expect.any(String)] },
      })
    expect(await prisma.webhookEndpoint.count({ where: { organizationId: org.orgId } })).toBe(before)
  })
})

describe('test events, redelivery and rotation', () => {
  it('sends a signed test event, logs it, and redelivers it with the same webhook-id', async () => {
    const { id, secret } = await addEndpoint()
    const { eventId } = ok(await sendWebhookTestEventAction({ endpointId: id }))
    const [first] = await until(
      () => receivedFor(eventId),
      (r) => r.length === 1,
    )
    expect(verify(secret, first)).toMatchObject({ type: 'webhook.test', data: { endpointId: id } })
    const logged = await until(
      () => listWebhookDeliveries(org.orgId, id),
      ({ deliveries }) => deliveries[0]?.status === 'delivered',
    )
    expect(logged.deliveries[0]).toMatchObject({ eventId, eventType: 'webhook.test', attempts: 1, statusCode: 204 })
    ok(await redeliverWebhookAction({ deliveryId: logged.deliveries[0].id }))
    await until(
      () => receivedFor(eventId),
      (r) => r.length === 2,
    )
    const again = await until(
      () => listWebhookDeliveries(org.orgId, id),
      ({ deliveries }) => deliveries[0]?.attempts === 2 && deliveries[0].status === 'delivered',
    )
    expect(again.total).toBe(1)
  })

  it('rotates the secret: the new one is shown once and both sign for 24 hours', async () => {
    const { id, secret: old } = await addEndpoint()
    const started = Date.now()
    const rotated = ok(await rotateWebhookSecretAction({ endpointId: id }))
    expect(rotated.secret).not.toBe(old)
    expect(new Date(rotated.previousUntil).getTime() - started).toBeGreaterThanOrEqual(24 * 3600 * 1000 - 5_000)
    const { eventId } = ok(await sendWebhookTestEventAction({ endpointId: id }))
    const [message] = await until(
      () => receivedFor(eventId),
      (r) => r.length === 1,
    )
    expect(verify(rotated.secret, message)).toMatchObject({ type: 'webhook.test' })
    expect(verify(old, message)).toMatchObject({ type: 'webhook.test' })
    const row = await prisma.webhookEndpoint.findUniqueOrThrow({ where: { id } })
    expect(JSON.stringify(row)).not.toContain(rotated.secret.slice(6))
    expect(await prisma.auditEvent.count({ where: { organizationId: org.orgId, action: 'webhook.rotate-secret', targetId: id } })).toBe(1)
  })
})

describe('disabling, enabling and deleting', () => {
  it('a disabled endpoint says why, refuses test events and redelivery, and comes back when enabled', async () => {
    const { id } = await addEndpoint()
    const { eventId } = ok(await sendWebhookTestEventAction({ endpointId: id }))
    const delivery = await prisma.webhookDelivery.findFirstOrThrow({ where: { eventId } })
    ok(await setWebhookEndpointEnabledAction({ endpointId: id, enabled: 'false' }))
    expect(await prisma.webhookEndpoint.findUniqueOrThrow({ where: { id } })).toMatchObject({
      disabledAt: expect.any(Date),
      disabledReason: 'Turned off in Settings.',
    })
    expect(await sendWebhookTestEventAction({ endpointId: id })).toMatchObject({ ok: false, code: 'INVALID' })
    expect(await redeliverWebhookAction({ deliveryId: delivery.id })).toMatchObject({ ok: false, code: 'INVALID' })
    await prisma.webhookEndpoint.update({ where: { id }, data: { failingSince: new Date('2026-01-01') } })
    ok(await setWebhookEndpointEnabledAction({ endpointId: id, enabled: 'true' }))
    expect(await prisma.webhookEndpoint.findUniqueOrThrow({ where: { id } })).toMatchObject({
      disabledAt: null,
      disabledReason: null,
      failingSince: null,
    })
    expect(await sendWebhookTestEventAction({ endpointId: id })).toMatchObject({ ok: true })
  })

  it('deletes an endpoint with its log after confirmation, audited', async () => {
    const { id } = await addEndpoint()
    ok(await sendWebhookTestEventAction({ endpointId: id }))
    ok(await deleteWebhookEndpointAction({ endpointId: id }))
    expect(await prisma.webhookEndpoint.count({ where: { id } })).toBe(0)
    expect(await prisma.webhookDelivery.count({ where: { endpointId: id } })).toBe(0)
    expect(await prisma.auditEvent.count({ where: { organizationId: org.orgId, action: 'webhook.delete', targetId: id } })).toBe(1)
  })
})

describe('the delivery log', () => {
  it('lists newest first, a page at a time', async () => {
    const { id } = await addEndpoint()
    const events = []
    for (let i = 0; i < 3; i++) events.push(ok(await sendWebhookTestEventAction({ endpointId: id })).eventId)
    const { deliveries, total } = await listWebhookDeliveries(org.orgId, id)
    expect(total).toBe(3)
    expect(deliveries.map((d) => d.eventId)).toEqual([...events].reverse())
    expect((await listWebhookDeliveries(org.orgId, id, 2)).deliveries).toEqual([])
  })
})

describe('refusals', () => {
  it('answers NOT_FOUND for another organisation’s endpoint or delivery, and changes nothing of it', async () => {
    const theirs = await addEndpoint(other)
    const { eventId } = ok(await sendWebhookTestEventAction({ endpointId: theirs.id }))
    const delivery = await prisma.webhookDelivery.findFirstOrThrow({ where: { eventId } })
    const snapshot = async () =>
      JSON.stringify(await prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: theirs.id }, include: { deliveries: true } }))
    await until(snapshot, (s) => s.includes('"status":"delivered"'))
    const before = await snapshot()
    await signInAs(org.members.OWNER, org.orgId)
    const endpointId = theirs.id
    for (const result of [
      await rotateWebhookSecretAction({ endpointId }),
      await setWebhookEndpointEnabledAction({ endpointId, enabled: 'false' }),
      await sendWebhookTestEventAction({ endpointId }),
      await deleteWebhookEndpointAction({ endpointId }),
      await redeliverWebhookAction({ deliveryId: delivery.id }),
    ])
      expect(result).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await snapshot()).toBe(before)
  })

  it('refuses members below admin', async () => {
    const { id } = await addEndpoint()
    for (const role of ['MANAGER', 'LEAD', 'ENGINEER'] as const) {
      await signInAs(org.members[role], org.orgId)
      for (const result of [
        await createWebhookEndpointAction({ url, events: ['plan.published'] }),
        await rotateWebhookSecretAction({ endpointId: id }),
        await setWebhookEndpointEnabledAction({ endpointId: id, enabled: 'false' }),
        await sendWebhookTestEventAction({ endpointId: id }),
        await deleteWebhookEndpointAction({ endpointId: id }),
      ])
        expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    }
    expect(await prisma.webhookEndpoint.findUniqueOrThrow({ where: { id } })).toMatchObject({ disabledAt: null })
  })
})
