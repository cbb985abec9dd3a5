// The events an endpoint can subscribe to, with the words Settings shows for each. A payload is
// `{ type, timestamp, data }` (the Standard Webhooks shape); data carries ids and the changed
// fields, never secrets or survey answers.

export const webhookEventTypes = [
  'plan.published',
  'plan.changed',
  'sprint.closed',
  'survey.completed',
  'work_item.created',
  'work_item.updated',
  'work_item.deleted',
] as const

export type WebhookEventType = (typeof webhookEventTypes)[number]

export const webhookEventLabels: Record<WebhookEventType, string> = {
  'plan.published': 'A plan version is published',
  'plan.changed': 'A plan is edited',
  'sprint.closed': 'A sprint is closed',
  'survey.completed': 'Someone completes the working-style survey',
  'work_item.created': 'A work item is created',
  'work_item.updated': 'A work item is changed',
  'work_item.deleted': 'A work item is deleted',
}

/** JSON the payload may hold (what Postgres' jsonb and JSON.stringify both keep). */
export type WebhookData = { [key: string]: string | number | boolean | null | WebhookData | readonly (string | number | WebhookData)[] }

/** Sent by "Send test event" in Settings to one endpoint; nobody subscribes to it, so it is not in the list above. */
export const WEBHOOK_TEST_EVENT = 'webhook.test'

export type WebhookPayload = { type: WebhookEventType | typeof WEBHOOK_TEST_EVENT; timestamp: string; data: WebhookData }

export const webhookPayload = (type: WebhookPayload['type'], data: WebhookData, at: Date): WebhookPayload => ({
  type,
  timestamp: at.toISOString(),
  data,
})
