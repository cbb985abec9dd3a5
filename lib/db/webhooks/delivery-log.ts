import 'server-only'
import { AppError, notFound } from '@/lib/core/app-error'
import { WEBHOOK_TEST_EVENT, webhookPayload } from '@/lib/webhooks/events'
import { newWebhookMessageId } from '@/lib/webhooks/signing'
import { recordAudit } from '../accounts/audit'
import { prisma } from '../client'
import type { OrgId } from '../org-id'
import type { UserId } from '../user-id'

// What Settings shows and does with deliveries: the log of one endpoint, newest first, a manual
// redelivery and a test event. Both writes only make a delivery due; the caller queues its job.

export const DELIVERY_LOG_PAGE_SIZE = 25

export type DeliveryLogRow = {
  id: string
  eventId: string
  eventType: string
  createdAt: Date
  status: string
  attempts: number
  statusCode: number | null
  responseMs: number | null
  error: string | null
  lastAttemptAt: Date | null
  nextAttemptAt: Date | null
}

export async function listWebhookDeliveries(orgId: OrgId, endpointId: string, page = 1) {
  const where = { organizationId: orgId, endpointId }
  const [rows, total] = await Promise.all([
    prisma.webhookDelivery.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * DELIVERY_LOG_PAGE_SIZE,
      take: DELIVERY_LOG_PAGE_SIZE,
      select: {
        id: true,
        createdAt: true,
        status: true,
        attempts: true,
        lastStatusCode: true,
        lastResponseMs: true,
        lastError: true,
        lastAttemptAt: true,
        nextAttemptAt: true,
        event: { select: { id: true, type: true } },
      },
    }),
    prisma.webhookDelivery.count({ where }),
  ])
  const deliveries: DeliveryLogRow[] = rows.map(({ event, lastStatusCode, lastResponseMs, lastError, ...row }) => ({
    ...row,
    eventId: event.id,
    eventType: event.type,
    statusCode: lastStatusCode,
    responseMs: lastResponseMs,
    error: lastError,
  }))
  return { deliveries, total, page }
}

const enableFirst = () => new AppError('INVALID', 'The endpoint is disabled: enable it first.')

/**
 * Makes a delivery due now, whatever its state: a delivered event is sent again (same webhook-id, so
 * the receiver can tell), a failed one gets another try. An attempt in flight is left to finish.
 */
export async function redeliverWebhookDelivery(orgId: OrgId, actorId: UserId, deliveryId: string, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const delivery = await tx.webhookDelivery.findFirst({
      where: { id: deliveryId, organizationId: orgId },
      select: { endpointId: true, eventId: true, lockedUntil: true, endpoint: { select: { disabledAt: true } } },
    })
    if (!delivery) throw notFound('Delivery')
    if (delivery.endpoint.disabledAt) throw enableFirst()
    const { count } = await tx.webhookDelivery.updateMany({
      where: { id: deliveryId, organizationId: orgId, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
      data: { status: 'pending', nextAttemptAt: now, deliveredAt: null },
    })
    if (count === 0) throw new AppError('CONFLICT', 'This delivery is being attempted right now; try again in a minute.')
    await recordAudit(
      orgId,
      {
        actorId,
        action: 'webhook.redeliver',
        targetType: 'webhook-endpoint',
        targetId: delivery.endpointId,
        data: { eventId: delivery.eventId },
      },
      tx,
    )
    return { deliveryId }
  })
}

/** A `webhook.test` event for one endpoint only, signed and logged like any other. */
export async function createWebhookTestDelivery(orgId: OrgId, actorId: UserId, endpointId: string, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findFirst({ where: { id: endpointId, organizationId: orgId }, select: { disabledAt: true } })
    if (!endpoint) throw notFound('Webhook endpoint')
    if (endpoint.disabledAt) throw enableFirst()
    const event = await tx.webhookEvent.create({
      data: {
        id: newWebhookMessageId(),
        organizationId: orgId,
        type: WEBHOOK_TEST_EVENT,
        payload: webhookPayload(WEBHOOK_TEST_EVENT, { endpointId }, now),
        createdAt: now,
      },
      select: { id: true },
    })
    const delivery = await tx.webhookDelivery.create({
      data: { organizationId: orgId, endpointId, eventId: event.id, nextAttemptAt: now },
      select: { id: true },
    })
    await recordAudit(orgId, { actorId, action: 'webhook.test', targetType: 'webhook-endpoint', targetId: endpointId }, tx)
    return { deliveryId: delivery.id, eventId: event.id }
  })
}
