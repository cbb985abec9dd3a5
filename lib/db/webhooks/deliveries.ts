import 'server-only'
import { webhookDisabledNotice } from '@/lib/email/templates'
import { isFailingTooLong, nextAttemptAt } from '@/lib/webhooks/retry'
import { recordAudit } from '../accounts/audit'
import { prisma } from '../client'
import type { OrgId } from '../org-id'

// Webhook deliveries: the log Settings shows, and the steps of one attempt. A worker claims a due
// delivery by setting lockedUntil in one conditional update, so two workers (or a duplicate job)
// never send it at the same time; a worker that dies mid-attempt lets the lock lapse and the sweep
// re-queues it, which is why delivery is at least once (the receiver de-duplicates by webhook-id).

/** Longer than an attempt can take (DELIVERY_TIMEOUT_MS in lib/server/webhooks/deliver.ts). */
const CLAIM_MS = 60_000
/** What one attempt needs: the target, the sealed secrets that sign, and the event. Null when not due or taken. */
export async function claimWebhookDelivery(orgId: OrgId, deliveryId: string, now = new Date()) {
  const { count } = await prisma.webhookDelivery.updateMany({
    where: {
      id: deliveryId,
      organizationId: orgId,
      status: 'pending',
      nextAttemptAt: { lte: now },
      OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
      endpoint: { disabledAt: null },
    },
    data: { lockedUntil: new Date(now.getTime() + CLAIM_MS), attempts: { increment: 1 } },
  })
  if (count === 0) return null
  return prisma.webhookDelivery.findUniqueOrThrow({
    where: { id: deliveryId },
    select: {
      id: true,
      attempts: true,
      endpoint: { select: { id: true, url: true, secretSealed: true, previousSecretSealed: true, previousSecretUntil: true } },
      event: { select: { id: true, type: true, payload: true, createdAt: true } },
    },
  })
}

export type AttemptResult = { ok: boolean; statusCode: number | null; responseMs: number | null; error: string | null }
export type AttemptOutcome = {
  status: 'delivered' | 'pending' | 'failed'
  nextAttemptAt: Date | null
  /** When this attempt disabled the endpoint: the notice sent in the app, and the owners and admins to e-mail. */
  disabled: { notice: string; emails: string[] } | null
}

/**
 * Records an attempt and decides what follows: delivered; pending with the next attempt's time; or
 * failed once the 24 h window is spent. An endpoint failing for that whole window is disabled.
 */
export async function recordWebhookAttempt(
  orgId: OrgId,
  deliveryId: string,
  result: AttemptResult,
  now = new Date(),
): Promise<AttemptOutcome> {
  return prisma.$transaction(async (tx) => {
    const delivery = await tx.webhookDelivery.findFirstOrThrow({
      where: { id: deliveryId, organizationId: orgId },
      select: {
        attempts: true,
        endpointId: true,
        event: { select: { createdAt: true } },
        endpoint: { select: { failingSince: true, url: true } },
      },
    })
    const next = result.ok ? null : nextAttemptAt(delivery.event.createdAt, delivery.attempts, now)
    const status = result.ok ? 'delivered' : next ? 'pending' : 'failed'
    await tx.webhookDelivery.update({
      where: { id: deliveryId },
      data: {
        status,
        nextAttemptAt: next,
        lockedUntil: null,
        lastStatusCode: result.statusCode,
        lastResponseMs: result.responseMs,
        lastError: result.error,
        lastAttemptAt: now,
        deliveredAt: result.ok ? now : null,
      },
    })
    const failingSince = result.ok ? null : (delivery.endpoint.failingSince ?? now)
    const disable = !result.ok && isFailingTooLong(failingSince, now)
    await tx.webhookEndpoint.update({
      where: { id: delivery.endpointId },
      data: {
        failingSince,
        ...(disable ? { disabledAt: now, disabledReason: 'Every delivery attempt failed for 24 hours.' } : {}),
      },
    })
    if (!disable) return { status, nextAttemptAt: next, disabled: null }
    await recordAudit(orgId, { action: 'webhook.auto-disable', targetType: 'webhook-endpoint', targetId: delivery.endpointId }, tx)
    // Waiting deliveries to a disabled endpoint stop; enabling it again and redelivering resumes them.
    await tx.webhookDelivery.updateMany({
      where: { endpointId: delivery.endpointId, status: 'pending' },
      data: { status: 'failed', nextAttemptAt: null, lastError: 'The endpoint was disabled.' },
    })
    const admins = await tx.membership.findMany({
      where: { organizationId: orgId, deactivatedAt: null, role: { in: ['OWNER', 'ADMIN'] } },
      select: { id: true, user: { select: { email: true } } },
    })
    const notice = webhookDisabledNotice(delivery.endpoint.url)
    await tx.notification.createMany({
      data: admins.map((m) => ({
        organizationId: orgId,
        membershipId: m.id,
        kind: 'webhook-disabled',
        message: notice,
        href: '/settings/webhooks',
      })),
    })
    return { status, nextAttemptAt: next, disabled: { notice, emails: admins.map((m) => m.user.email) } }
  })
}

/** Due deliveries whose job was lost (a worker died, or the queue was down after the commit). */
export async function listOverdueWebhookDeliveries(now = new Date(), graceMs = 30_000): Promise<string[]> {
  const rows = await prisma.webhookDelivery.findMany({
    where: {
      status: 'pending',
      nextAttemptAt: { lte: new Date(now.getTime() - graceMs) },
      OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
    },
    orderBy: { nextAttemptAt: 'asc' },
    take: 500,
    select: { id: true },
  })
  return rows.map((r) => r.id)
}
