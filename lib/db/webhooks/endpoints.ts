import 'server-only'
import type { WebhookEventType } from '@/lib/webhooks/events'
import { recordAudit } from '../accounts/audit'
import { prisma } from '../client'
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
