import 'server-only'
import { newWebhookMessageId } from '@/lib/webhooks/signing'
import { webhookPayload, type WebhookData, type WebhookEventType } from '@/lib/webhooks/events'
import { log } from '@/lib/log'
import { prisma, type Tx } from '../client'
import { enqueue } from '../jobs/queue'
import type { OrgId } from '../org-id'

// Webhook events are written in the transaction of the change they report (an outbox), so an event
// exists if and only if the change committed. After the commit, `dispatch` queues a job for each of
// its deliveries; if the process dies in between, the webhook.sweep job finds them (decision 0067).

/** One event's data, or a function building the data of one or more events, called only when an endpoint wants them. */
export type EventData = WebhookData | (() => Promise<readonly WebhookData[]>)

export type WebhookOutbox = {
  /** Inside the transaction: the event(s) and one pending delivery per enabled endpoint that wants the type. */
  record(tx: Tx, orgId: OrgId, type: WebhookEventType, data: EventData): Promise<void>
  /** Inside the transaction: which of these types an enabled endpoint wants (to skip reads nobody needs). */
  wanted<T extends WebhookEventType>(tx: Tx, orgId: OrgId, types: readonly T[]): Promise<Set<T>>
  /** After the commit: queue the deliveries recorded. Never throws (the sweep catches up). */
  dispatch(): Promise<void>
}

export function webhookOutbox(): WebhookOutbox {
  const deliveryIds: string[] = []
  return {
    async wanted(tx, orgId, types) {
      const endpoints = await tx.webhookEndpoint.findMany({
        where: { organizationId: orgId, disabledAt: null, events: { hasSome: [...types] } },
        select: { events: true },
      })
      return new Set(types.filter((type) => endpoints.some((e) => e.events.includes(type))))
    },
    async record(tx, orgId, type, data) {
      const endpoints = await tx.webhookEndpoint.findMany({
        where: { organizationId: orgId, disabledAt: null, events: { has: type } },
        select: { id: true },
      })
      if (endpoints.length === 0) return
      const now = new Date()
      const events = (typeof data === 'function' ? await data() : [data]).map((d) => ({
        id: newWebhookMessageId(),
        organizationId: orgId,
        type,
        payload: webhookPayload(type, d, now),
        createdAt: now,
      }))
      if (events.length === 0) return
      await tx.webhookEvent.createMany({ data: events })
      const deliveries = await tx.webhookDelivery.createManyAndReturn({
        data: events.flatMap((event) =>
          endpoints.map((endpoint) => ({ organizationId: orgId, endpointId: endpoint.id, eventId: event.id, nextAttemptAt: now })),
        ),
        select: { id: true },
      })
      deliveryIds.push(...deliveries.map((d) => d.id))
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

/** A transaction with its own outbox, whose deliveries are queued once it has committed. */
export async function transactionWithOutbox<T>(
  work: (tx: Tx, outbox: WebhookOutbox) => Promise<T>,
  options?: { timeout?: number; maxWait?: number },
): Promise<T> {
  const outbox = webhookOutbox()
  const result = await prisma.$transaction((tx) => work(tx, outbox), options)
  await outbox.dispatch()
  return result
}
