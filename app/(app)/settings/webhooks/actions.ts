'use server'

import { deleteWebhookEndpoint, setWebhookEndpointEnabled } from '@/lib/db/webhooks/endpoints'
import {
  createWebhookEndpointSchema,
  redeliverWebhookSchema,
  setWebhookEndpointEnabledSchema,
  webhookEndpointRefSchema,
} from '@/lib/schemas/webhook'
import { defineAction } from '@/lib/server/action'
import { redeliverWebhook, registerWebhookEndpoint, rotateWebhookSecret, sendWebhookTestEvent } from '@/lib/server/webhooks/endpoints'

// Webhook endpoints (Settings › Webhooks). Adding and rotating answer with the new signing secret, the
// one time it leaves the server unsealed: the page shows it once.
const revalidate = ['/settings/webhooks']

export const createWebhookEndpointAction = defineAction(
  { name: 'webhook.create', permission: 'org:manage', revalidate },
  createWebhookEndpointSchema,
  async (input, actor) => registerWebhookEndpoint(actor.orgId, actor.userId, input),
)

export const rotateWebhookSecretAction = defineAction(
  { name: 'webhook.rotate-secret', permission: 'org:manage', revalidate },
  webhookEndpointRefSchema,
  async ({ endpointId }, actor) => rotateWebhookSecret(actor.orgId, actor.userId, endpointId),
)

export const setWebhookEndpointEnabledAction = defineAction(
  { name: 'webhook.set-enabled', permission: 'org:manage', revalidate },
  setWebhookEndpointEnabledSchema,
  async ({ endpointId, enabled }, actor) => setWebhookEndpointEnabled(actor.orgId, actor.userId, endpointId, enabled),
)

export const deleteWebhookEndpointAction = defineAction(
  { name: 'webhook.delete', permission: 'org:manage', revalidate },
  webhookEndpointRefSchema,
  async ({ endpointId }, actor) => deleteWebhookEndpoint(actor.orgId, actor.userId, endpointId),
)

export const sendWebhookTestEventAction = defineAction(
  { name: 'webhook.test', permission: 'org:manage', revalidate },
  webhookEndpointRefSchema,
  async ({ endpointId }, actor) => sendWebhookTestEvent(actor.orgId, actor.userId, endpointId),
)

export const redeliverWebhookAction = defineAction(
  { name: 'webhook.redeliver', permission: 'org:manage', revalidate },
  redeliverWebhookSchema,
  async ({ deliveryId }, actor) => redeliverWebhook(actor.orgId, actor.userId, deliveryId),
)
