import 'server-only'
import { notFound } from '@/lib/core/app-error'
import type { WebhookEventType } from '@/lib/webhooks/events'
import { recordAudit } from '../accounts/audit'
import { prisma, type Tx } from '../client'
import type { OrgId } from '../org-id'
import type { UserId } from '../user-id'

// Webhook endpoints of an organisation. Secrets arrive sealed (lib/server/webhooks/endpoints.ts seals
// them) and never leave lib/db except to the delivery job; the DTO below carries none.

export type WebhookEndpointDTO = {
  id: string
  url: string
  description: string
  events: string[]
  disabledAt: Date | null
  disabledReason: string | null
  failingSince: Date | null
  previousSecretUntil: Date | null
  createdAt: Date
}

const endpointColumns = {
  id: true,
  url: true,
  description: true,
  events: true,
  disabledAt: true,
  disabledReason: true,
  failingSince: true,
  previousSecretUntil: true,
  createdAt: true,
} as const

export type NewWebhookEndpoint = { url: string; description: string; events: WebhookEventType[] }

export async function createWebhookEndpoint(orgId: OrgId, actorId: UserId, input: NewWebhookEndpoint, secretSealed: string) {
  return prisma.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.create({
      data: { organizationId: orgId, ...input, secretSealed },
      select: endpointColumns,
    })
    await recordAudit(
      orgId,
      {
        actorId,
        action: 'webhook.create',
        targetType: 'webhook-endpoint',
        targetId: endpoint.id,
        data: { url: input.url, events: input.events },
      },
      tx,
    )
    return endpoint
  })
}

/** The newest delivery of an endpoint, for the list's "last delivery" column. */
export type LastDelivery = { status: string; statusCode: number | null; error: string | null; at: Date }

export async function listWebhookEndpoints(orgId: OrgId): Promise<(WebhookEndpointDTO & { lastDelivery: LastDelivery | null })[]> {
  const rows = await prisma.webhookEndpoint.findMany({
    where: { organizationId: orgId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: {
      ...endpointColumns,
      deliveries: {
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: 1,
        select: { status: true, lastStatusCode: true, lastError: true, lastAttemptAt: true, createdAt: true },
      },
    },
  })
  return rows.map(({ deliveries: [last], ...endpoint }) => ({
    ...endpoint,
    lastDelivery: last
      ? { status: last.status, statusCode: last.lastStatusCode, error: last.lastError, at: last.lastAttemptAt ?? last.createdAt }
      : null,
  }))
}

export async function getWebhookEndpoint(orgId: OrgId, endpointId: string): Promise<WebhookEndpointDTO> {
  const endpoint = await prisma.webhookEndpoint.findFirst({ where: { id: endpointId, organizationId: orgId }, select: endpointColumns })
  if (!endpoint) throw notFound('Webhook endpoint')
  return endpoint
}

/** Locks the endpoint's row for the rest of the transaction, or answers NOT_FOUND for another organisation's id. */
async function lockEndpoint(tx: Tx, orgId: OrgId, endpointId: string) {
  const rows = await tx.$queryRaw<{ url: string }[]>`
    SELECT "url" FROM "WebhookEndpoint" WHERE "id" = ${endpointId} AND "organizationId" = ${orgId} FOR UPDATE`
  if (rows.length === 0) throw notFound('Webhook endpoint')
  return rows[0]
}

/**
 * Turns an endpoint off or on. Turning it on clears an automatic disabling (and its failure streak), so
 * the next event is delivered; deliveries that failed meanwhile come back only by redelivering them.
 */
export async function setWebhookEndpointEnabled(orgId: OrgId, actorId: UserId, endpointId: string, enabled: boolean, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const { url } = await lockEndpoint(tx, orgId, endpointId)
    await tx.webhookEndpoint.updateMany({
      where: { id: endpointId, organizationId: orgId },
      data: enabled
        ? { disabledAt: null, disabledReason: null, failingSince: null }
        : { disabledAt: now, disabledReason: 'Turned off in Settings.' },
    })
    if (!enabled)
      await tx.webhookDelivery.updateMany({
        where: { endpointId, organizationId: orgId, status: 'pending' },
        data: { status: 'failed', nextAttemptAt: null, lastError: 'The endpoint was disabled.' },
      })
    await recordAudit(
      orgId,
      {
        actorId,
        action: enabled ? 'webhook.enable' : 'webhook.disable',
        targetType: 'webhook-endpoint',
        targetId: endpointId,
        data: { url },
      },
      tx,
    )
    return { id: endpointId, enabled }
  })
}

export async function deleteWebhookEndpoint(orgId: OrgId, actorId: UserId, endpointId: string) {
  return prisma.$transaction(async (tx) => {
    const { url } = await lockEndpoint(tx, orgId, endpointId)
    // Its deliveries go with it (cascade); events other endpoints still deliver stay.
    await tx.webhookEndpoint.deleteMany({ where: { id: endpointId, organizationId: orgId } })
    await recordAudit(orgId, { actorId, action: 'webhook.delete', targetType: 'webhook-endpoint', targetId: endpointId, data: { url } }, tx)
    return { id: endpointId }
  })
}

/**
 * Rotation the Standard Webhooks way: the new secret signs from now on, and the one it replaces keeps
 * signing beside it until `previousUntil`, so a receiver can switch without refusing a message. The row
 * lock keeps two rotations at once from both demoting the same secret.
 */
export async function rotateWebhookEndpointSecret(
  orgId: OrgId,
  actorId: UserId,
  endpointId: string,
  secretSealed: string,
  previousUntil: Date,
) {
  return prisma.$transaction(async (tx) => {
    const { url } = await lockEndpoint(tx, orgId, endpointId)
    const { secretSealed: current } = await tx.webhookEndpoint.findUniqueOrThrow({
      where: { id: endpointId },
      select: { secretSealed: true },
    })
    await tx.webhookEndpoint.updateMany({
      where: { id: endpointId, organizationId: orgId },
      data: { secretSealed, previousSecretSealed: current, previousSecretUntil: previousUntil },
    })
    await recordAudit(
      orgId,
      { actorId, action: 'webhook.rotate-secret', targetType: 'webhook-endpoint', targetId: endpointId, data: { url, previousUntil } },
      tx,
    )
    return { id: endpointId, previousUntil }
  })
}
