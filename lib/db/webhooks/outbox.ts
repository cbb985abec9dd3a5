import 'server-only'
import { newWebhookMessageId } from '@/lib/webhooks/signing'
import { webhookPayload, type WebhookData, type WebhookEventType } from '@/lib/webhooks/events'
import { log } from '@/lib/log'
import type { Tx } from '../client'
import { enqueue } from '../jobs/queue'
import type { OrgId } from '../org-id'

// Webhook events are written in the transaction of the change they report (an outbox), so an event
// exists if and only if the change committed. After the commit, `dispatch` queues a job for each of
// its deliveries; if the process dies in between, the webhook.sweep job finds them (decision 0067).

export type WebhookOutbox = {
  /** Inside the transaction: the event and one pending delivery per enabled endpoint that wants it. */
  record(tx: Tx, orgId: OrgId, type: WebhookEventType, data: WebhookData): Promise<void>
  /** After the commit: queue the deliveries recorded. Never throws (the sweep catches up). */
  dispatch(): Promise<void>
}

export function webhookOutbox(): WebhookOutbox {
  const deliveryIds: string[] = []
  return {
    async record(tx, orgId, type, data) {
      const endpoints = await tx.webhookEndpoint.findMany({
        where: { organizationId: orgId, disabledAt: null, events: { has: type } },
        select: { id: true },
      })
      if (endpoints.length === 0) return
      const now = new Date()
      const event = await tx.webhookEvent.create({
        data: { id: newWebhookMessageId(), organizationId: orgId, type, payload: webhookPayload(type, data, now), createdAt: now },
        select: { id: true },
      })
      for (const endpoint of endpoints) {
        const delivery = await tx.webhookDelivery.create({
          data: { organizationId: orgId, endpointId: endpoint.id, eventId: event.id, nextAttemptAt: now },
          select: { id: true },
        })
        deliveryIds.push(delivery.id)
      }
    },
    async dispatch() {
      try {
        for (const deliveryId of deliveryIds.splice(0)) await enqueue('webhook.deliver', { deliveryId })
      } catch (error) {
        log('warn', 'webhook deliveries not queued; the sweep will', { error })
      }
    },
  }
}
