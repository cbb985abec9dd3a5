import { createHmac } from 'node:crypto'
import PgBoss from 'pg-boss'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '@/lib/db/client'
import { stopJobQueue } from '@/lib/db/jobs/queue'
import { createWorkItem } from '@/lib/db/work-items/writes'
import { env } from '@/lib/env'
import { createWorkItemSchema } from '@/lib/schemas/work-item'
import { startWorker } from '@/lib/server/jobs'
import { deliverWebhook } from '@/lib/server/webhooks/deliver'
import { registerWebhookEndpoint } from '@/lib/server/webhooks/endpoints'
import { callApi, tokenFor } from '../api/api-client'
import { createPlanningOrg } from '../planner/fixtures'
import { startReceiver, until, type Received } from './receiver'

// Issue 18's acceptance, end to end: a token; 20 items, a plan and its publication through the API; the
// receiver gets plan.published with a valid Standard Webhooks signature (checked here from the spec, not
// with our signing code); a worker stopped mid-delivery and started again delivers once; and two workers
// on one database, each handed every delivery twice, never send one event twice.

let receiver: Awaited<ReturnType<typeof startReceiver>>

beforeAll(async () => {
  receiver = await startReceiver()
  await startWorker({ NODE_ENV: 'test' })
})
afterAll(() => receiver.close())

/** The spec's check: HMAC-SHA256 keyed with the base64 after `whsec_`, over `id.timestamp.body`, as one of the `v1,` signatures. */
function hasValidSignature(secret: string, message: Received) {
  const id = String(message.headers['webhook-id'])
  const timestamp = Number(message.headers['webhook-timestamp'])
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64')
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${message.body}`).digest('base64')
  const fresh = Math.abs(Date.now() / 1000 - timestamp) < 300
  return fresh && String(message.headers['webhook-signature']).split(' ').includes(`v1,${expected}`)
}

const countBy = (ids: string[]) => ids.reduce((m, id) => m.set(id, (m.get(id) ?? 0) + 1), new Map<string, number>())

describe('webhooks, end to end', () => {
  it('a plan published through the API reaches the receiver signed, once, though the worker stops mid-delivery', async () => {
    const org = await createPlanningOrg()
    const { secret } = await registerWebhookEndpoint(org.orgId, org.members.OWNER.userId, {
      url: receiver.url,
      description: 'acceptance',
      events: ['plan.published'],
    })
    const token = (await tokenFor(org, 'PLANNING')).secret
    const types = ['CRUD_SCAFFOLDING', 'DOCUMENTATION', 'TEST_GENERATION', 'SECURITY_AUTH'] as const
    for (let i = 0; i < 20; i++) {
      const created = await callApi('POST', '/work-items', {
        token,
        body: {
          title: `API item ${i + 1}`,
          type: types[i % types.length],
          hours: 1 + (i % 3),
          priority: 1 + (i % 4),
          sprintId: org.sprintId,
        },
      })
      expect(created.status).toBe(201)
    }
    const plan = await callApi('POST', `/sprints/${org.sprintId}/plans`, { token, body: { baseVersion: 0 } })
    expect(plan.status).toBe(201)
    receiver.state.holdMs = 1_500
    const from = receiver.received.length
    const published = await callApi('POST', `/sprints/${org.sprintId}/plans/1/publish`, {
      token,
      headers: { 'if-match': plan.headers.get('etag')! },
    })
    expect(published.status).toBe(200)
    await until(() => receiver.received.length > from)
    // The receiver holds its answer: the worker stops now (letting the attempt finish) and starts again.
    await stopJobQueue()
    await startWorker({ NODE_ENV: 'test' })
    receiver.state.holdMs = 0
    const delivery = () => prisma.webhookDelivery.findFirstOrThrow({ where: { organizationId: org.orgId } })
    await until(async () => (await delivery()).status === 'delivered')
    await new Promise((r) => setTimeout(r, 2_500)) // a second attempt, were there one, would have come by now
    const messages = receiver.received.slice(from)
    expect(messages).toHaveLength(1)
    const [message] = messages
    expect(hasValidSignature(secret, message)).toBe(true)
    expect(hasValidSignature(secret, { ...message, body: message.body.replace('"version":1', '"version":2') })).toBe(false)
    const payload = JSON.parse(message.body) as { type: string; data: { sprintId: string; version: number; assignments: unknown[] } }
    expect(payload).toMatchObject({ type: 'plan.published', data: { sprintId: org.sprintId, version: 1 } })
    expect(payload.data.assignments).toHaveLength(26)
    expect(await delivery()).toMatchObject({ status: 'delivered', attempts: 1, lastStatusCode: 204 })
  })

  it('two workers on one database, each handed every delivery twice, deliver each of 50 events exactly once', async () => {
    const org = await createPlanningOrg()
    const { id: endpointId } = await registerWebhookEndpoint(org.orgId, org.members.OWNER.userId, {
      url: receiver.url,
      description: 'two workers',
      events: ['work_item.created'],
    })
    // A second worker: its own pg-boss on the same database and queue schema, running the same job.
    let secondRan = 0
    const second = new PgBoss({ connectionString: env().DATABASE_URL, schema: env().JOB_QUEUE_SCHEMA, max: 2 })
    await second.start()
    await second.work<{ deliveryId: string }>('webhook.deliver', { pollingIntervalSeconds: 1, batchSize: 1 }, async ([job]) => {
      secondRan += 1
      await deliverWebhook(job.data.deliveryId)
    })
    try {
      const from = receiver.received.length
      for (let i = 0; i < 50; i++)
        await createWorkItem(
          org.orgId,
          createWorkItemSchema.parse({ title: `Event ${i + 1}`, type: 'DOCUMENTATION', hours: 1, priority: 2 }),
          'api',
        )
      const deliveries = await prisma.webhookDelivery.findMany({ where: { endpointId }, select: { id: true } })
      expect(deliveries).toHaveLength(50)
      // Each delivery already has its job from the commit; a duplicate job per delivery makes both workers race for it.
      for (const { id } of deliveries) await second.send('webhook.deliver', { deliveryId: id })
      await until(async () => (await prisma.webhookDelivery.count({ where: { endpointId, status: 'delivered' } })) === 50, 60_000)
      await new Promise((r) => setTimeout(r, 2_500))
      const ids = receiver.received.slice(from).map((m) => String(m.headers['webhook-id']))
      expect(ids).toHaveLength(50)
      expect([...countBy(ids).values()].every((n) => n === 1)).toBe(true)
      expect(await prisma.webhookDelivery.count({ where: { endpointId, attempts: 1 } })).toBe(50)
      // Both workers took part: the second ran some of the jobs (and the first the rest).
      expect(secondRan).toBeGreaterThan(0)
      expect(secondRan).toBeLessThan(100)
    } finally {
      await second.stop({ graceful: true, wait: true, timeout: 10_000 })
    }
  }, 120_000)
})
