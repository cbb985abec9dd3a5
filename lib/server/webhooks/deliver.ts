import 'server-only'
import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { enqueue } from '@/lib/db/jobs/queue'
import { orgIdOfWebhookDelivery } from '@/lib/db/org-id'
import { claimWebhookDelivery, listOverdueWebhookDeliveries, recordWebhookAttempt, type AttemptResult } from '@/lib/db/webhooks/deliveries'
import { webhookDisabledEmail } from '@/lib/email/templates'
import { isMailConfigured } from '@/lib/email/mailer'
import { log } from '@/lib/log'
import { signWebhook } from '@/lib/webhooks/signing'
import { decryptSecret } from '../secrets'
import { checkedLookup, webhookUrlProblem } from './target'

// The webhook.deliver job: one attempt at one delivery. Claim it (or find it taken or not due and
// stop), check the target again, POST the signed event, record the outcome, and queue the next
// attempt or tell the owners when the endpoint was disabled.

const DELIVERY_TIMEOUT_MS = 10_000
const ERROR_TEXT_LIMIT = 300

type Target = { url: string; headers: Record<string, string>; body: string }

/** POSTs without following redirects; a 2xx is success. Resolves whatever happens. */
function post(target: Target): Promise<AttemptResult> {
  const started = performance.now()
  const elapsed = () => Math.round(performance.now() - started)
  return new Promise((resolve) => {
    const url = new URL(target.url)
    const problem = webhookUrlProblem(url)
    if (problem) return resolve({ ok: false, statusCode: null, responseMs: null, error: problem })
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest
    const req = send(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'Plural-Webhooks/1', ...target.headers },
        lookup: checkedLookup(),
        timeout: DELIVERY_TIMEOUT_MS,
      },
      (res) => {
        res.resume() // the body is not needed; draining it frees the socket
        res.on('end', () => {
          const statusCode = res.statusCode ?? 0
          const ok = statusCode >= 200 && statusCode < 300
          resolve({ ok, statusCode, responseMs: elapsed(), error: ok ? null : `The endpoint answered ${statusCode}.` })
        })
      },
    )
    req.on('timeout', () => req.destroy(new Error(`No answer within ${DELIVERY_TIMEOUT_MS / 1000} s.`)))
    req.on('error', (error) =>
      resolve({ ok: false, statusCode: null, responseMs: elapsed(), error: error.message.slice(0, ERROR_TEXT_LIMIT) }),
    )
    req.end(target.body)
  })
}

function signingSecrets(
  endpoint: { secretSealed: string; previousSecretSealed: string | null; previousSecretUntil: Date | null },
  now: Date,
) {
  const secrets = [decryptSecret(endpoint.secretSealed)]
  if (endpoint.previousSecretSealed && endpoint.previousSecretUntil && endpoint.previousSecretUntil > now)
    secrets.push(decryptSecret(endpoint.previousSecretSealed))
  return secrets
}

export async function deliverWebhook(deliveryId: string) {
  const orgId = await orgIdOfWebhookDelivery(deliveryId)
  const now = new Date()
  const delivery = await claimWebhookDelivery(orgId, deliveryId, now)
  if (!delivery) return // delivered, not due yet, disabled, or another worker has it
  const body = JSON.stringify(delivery.event.payload)
  const headers = signWebhook({ id: delivery.event.id, timestamp: now, body }, signingSecrets(delivery.endpoint, now))
  const result = await post({ url: delivery.endpoint.url, headers, body })
  const outcome = await recordWebhookAttempt(orgId, deliveryId, result)
  log(result.ok ? 'info' : 'warn', 'webhook attempt', {
    deliveryId,
    event: delivery.event.type,
    attempt: delivery.attempts,
    statusCode: result.statusCode,
    responseMs: result.responseMs,
    outcome: outcome.status,
  })
  if (outcome.nextAttemptAt) await enqueue('webhook.deliver', { deliveryId }, { startAfter: outcome.nextAttemptAt })
  if (outcome.disabled && isMailConfigured())
    for (const to of outcome.disabled.emails) await enqueue('email.send', { to, ...webhookDisabledEmail(outcome.disabled.notice) })
}

/** The webhook.sweep job: re-queues due deliveries whose job was lost. */
export async function sweepWebhookDeliveries() {
  const overdue = await listOverdueWebhookDeliveries()
  for (const deliveryId of overdue) await enqueue('webhook.deliver', { deliveryId })
  if (overdue.length > 0) log('info', 'overdue webhook deliveries re-queued', { count: overdue.length })
}
