import 'server-only'
import { AppError } from '@/lib/core/app-error'
import type { OrgId } from '@/lib/db/org-id'
import type { UserId } from '@/lib/db/user-id'
import { createWebhookEndpoint, type NewWebhookEndpoint } from '@/lib/db/webhooks/endpoints'
import { generateWebhookSecret } from '@/lib/webhooks/signing'
import { encryptSecret } from '../secrets'
import { webhookUrlProblem } from './target'

// Registering an endpoint: its URL is checked against the delivery rules before it is saved, and a new
// secret is generated here, returned once to be shown once, and stored only sealed.

export async function registerWebhookEndpoint(orgId: OrgId, actorId: UserId, input: NewWebhookEndpoint) {
  const problem = webhookUrlProblem(new URL(input.url))
  if (problem) throw new AppError('INVALID', problem, { url: [problem] })
  const secret = generateWebhookSecret()
  const endpoint = await createWebhookEndpoint(orgId, actorId, input, encryptSecret(secret))
  return { id: endpoint.id, secret }
}
