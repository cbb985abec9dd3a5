import { Webhook } from 'standardwebhooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPlanAction, publishPlanAction } from '@/app/(app)/sprints/[sprintId]/planner/actions'
import { prisma } from '@/lib/db/client'
import { startWorker } from '@/lib/server/jobs'
import { registerWebhookEndpoint } from '@/lib/server/webhooks/endpoints'
import { signInAs } from '../../support/factories'
import { createPlanningOrg, unwrap } from '../planner/fixtures'
import { startReceiver, until, type Received } from './receiver'

// Publishing a plan reaches a registered endpoint as a signed plan.published event (Standard
// Webhooks, verified with the reference library), with the attempt logged.

let receiver: Awaited<ReturnType<typeof startReceiver>>
let url = ''
let received: Received[] = []

beforeAll(async () => {
  // Loopback only through the explicit setting, which startReceiver gives (refused otherwise: tests/unit/webhooks).
  receiver = await startReceiver()
  ;({ url, received } = receiver)
  await startWorker({ NODE_ENV: 'test' })
})
afterAll(() => receiver.close())

async function publishedPlan() {
  const org = await createPlanningOrg()
  const { id, secret } = await registerWebhookEndpoint(org.orgId, org.members.OWNER.userId, {
    url,
    description: 'test receiver',
    events: ['plan.published'],
  })
  await signInAs(org.members.MANAGER)
  const plan = unwrap(await createPlanAction({ sprintId: org.sprintId, baseVersion: 0 }))
  unwrap(await publishPlanAction({ planId: plan.planId, revision: 0 }))
  return { org, endpointId: id, secret, planId: plan.planId }
}

describe('webhook delivery', () => {
  it('sends plan.published with a valid Standard Webhooks signature and logs the attempt', async () => {
    const before = received.length
    const { secret, planId, endpointId, org } = await publishedPlan()
    await until(() => received.length > before)
    const message = received[before]
    const payload = new Webhook(secret).verify(message.body, {
      'webhook-id': String(message.headers['webhook-id']),
      'webhook-timestamp': String(message.headers['webhook-timestamp']),
      'webhook-signature': String(message.headers['webhook-signature']),
    }) as { type: string; data: { planId: string; version: number } }
    expect(payload).toMatchObject({ type: 'plan.published', data: { planId, version: 1 } })
    expect(() => new Webhook(secret).verify(message.body.replace('1', '2'), message.headers as Record<string, string>)).toThrow()
    await until(async () => (await prisma.webhookDelivery.findFirst({ where: { endpointId } }))?.status === 'delivered')
    const delivery = await prisma.webhookDelivery.findFirstOrThrow({ where: { endpointId, organizationId: org.orgId } })
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 1, lastStatusCode: 204 })
    expect(delivery.lastResponseMs).toBeGreaterThanOrEqual(0)
  })
  // Stopping the worker mid-delivery: acceptance.test.ts, through the API.
})
