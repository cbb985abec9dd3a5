import 'server-only'
import { AppError } from '@/lib/core/app-error'
import { enqueue } from '@/lib/db/jobs/queue'
import type { OrgId } from '@/lib/db/org-id'
import type { UserId } from '@/lib/db/user-id'
import { createWebhookTestDelivery, redeliverWebhookDelivery } from '@/lib/db/webhooks/delivery-log'
import { createWebhookEndpoint, rotateWebhookEndpointSecret, type NewWebhookEndpoint } from '@/lib/db/webhooks/endpoints'
import { generateWebhookSecret } from '@/lib/webhooks/signing'
import { encryptSecret } from '../secrets'
import { webhookUrlProblem } from './target'

// Registering an endpoint: its URL is checked against the delivery rules before it is saved, and a new
// secret is generated here, returned once to be shown once, and stored only sealed. Rotating does the
// same for a new secret; redelivering and testing make a delivery due and queue its job after the commit.

/** How long a replaced secret keeps signing beside the new one, for receivers to switch over. */
export const ROTATION_GRACE_MS = 24 * 3600 * 1000

export async function registerWebhookEndpoint(orgId: OrgId, actorId: UserId, input: NewWebhookEndpoint) {
  const problem = webhookUrlProblem(new URL(input.url))
  if (problem) throw new AppError('INVALID', problem, { url: [problem] })
  const secret = generateWebhookSecret()
  const endpoint = await createWebhookEndpoint(orgId, actorId, input, encryptSecret(secret))
  return { id: endpoint.id, secret }
}

export async function rotateWebhookSecret(orgId: OrgId, actorId: UserId, endpointId: string, now = new Date()) {
  const secret = generateWebhookSecret()
  const { previousUntil } = await rotateWebhookEndpointSecret(
    orgId,
    actorId,
    endpointId,
    encryptSecret(secret),
    new Date(now.getTime() + ROTATION_GRACE_MS),
  )
  return { id: endpointId, secret, previousUntil }
}

export async function redeliverWebhook(orgId: OrgId, actorId: UserId, deliveryId: string) {
  await redeliverWebhookDelivery(orgId, actorId, deliveryId)
  // If queueing fails, the delivery is due anyway and the webhook.sweep job sends it within a minute.
  await enqueue('webhook.deliver', { deliveryId }).catch(() => undefined)
  return { deliveryId }
}

export async function sendWebhookTestEvent(orgId: OrgId, actorId: UserId, endpointId: string) {
  const { deliveryId, eventId } = await createWebhookTestDelivery(orgId, actorId, endpointId)
  await enqueue('webhook.deliver', { deliveryId }).catch(() => undefined)
  return { eventId }
}
