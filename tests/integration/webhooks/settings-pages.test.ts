import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'
import DeliveryLogPage from '@/app/(app)/settings/webhooks/[endpointId]/page'
import WebhooksSettingsPage from '@/app/(app)/settings/webhooks/page'
import { prisma } from '@/lib/db/client'
import { createWebhookTestDelivery } from '@/lib/db/webhooks/delivery-log'
import { env } from '@/lib/env'
import { registerWebhookEndpoint } from '@/lib/server/webhooks/endpoints'
import { createTestOrg, signInAs, type TestOrg } from '../../support/factories'

// What Settings › Webhooks shows: endpoints with their status in words (and why one was disabled), never
// a secret; the delivery log newest first with an empty state; another organisation's log is a 404.

let org: TestOrg
const url = 'http://127.0.0.1:9/hooks'

beforeAll(async () => {
  Object.assign(env(), { WEBHOOKS_ALLOW_LOOPBACK: true })
  org = await createTestOrg()
})

const logPage = async (endpointId: string) =>
  renderToStaticMarkup(await DeliveryLogPage({ params: Promise.resolve({ endpointId }), searchParams: Promise.resolve({}) }))

describe('Settings › Webhooks', () => {
  it('shows an empty state, then each endpoint with its status and the reason it was disabled, never its secret', async () => {
    const fresh = await createTestOrg()
    await signInAs(fresh.members.OWNER, fresh.orgId)
    expect(renderToStaticMarkup(await WebhooksSettingsPage())).toContain('No webhook endpoints')
    const { id, secret } = await registerWebhookEndpoint(fresh.orgId, fresh.members.OWNER.userId, {
      url,
      description: 'Ops receiver',
      events: ['plan.published'],
    })
    await prisma.webhookEndpoint.update({
      where: { id },
      data: { disabledAt: new Date('2026-11-30T10:00:00Z'), disabledReason: 'Every delivery attempt failed for 24 hours.' },
    })
    const html = renderToStaticMarkup(await WebhooksSettingsPage())
    expect(html).toContain('Ops receiver')
    expect(html).toContain('Disabled since')
    expect(html).toContain('Every delivery attempt failed for 24 hours.')
    expect(html).toContain('A plan version is published')
    expect(html).not.toContain(secret.slice(6))
  })

  it('lists deliveries in the log, and answers 404 for another organisation’s endpoint', async () => {
    const { id } = await registerWebhookEndpoint(org.orgId, org.members.ADMIN.userId, { url, description: '', events: ['plan.published'] })
    await signInAs(org.members.ADMIN, org.orgId)
    expect(await logPage(id)).toContain('No deliveries yet')
    const { eventId } = await createWebhookTestDelivery(org.orgId, org.members.ADMIN.userId, id)
    const html = await logPage(id)
    expect(html).toContain(eventId)
    expect(html).toContain('Waiting to be sent')
    const stranger = await createTestOrg()
    await signInAs(stranger.members.OWNER, stranger.orgId)
    await expect(logPage(id)).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/)
  })
})
