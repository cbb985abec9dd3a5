import { z } from 'zod'

// Every kind of background job: its queue name, the zod schema of its payload and how it is retried.
// Payloads travel through Postgres as JSON, so they hold ids and plain values, never secrets: a job
// re-reads what it needs. To add a job, add its entry here and register its handler in
// lib/server/jobs.ts (engineering guide, "Background jobs").

export type RetryPolicy = {
  /** How many times a failed run is tried again by the queue. */
  retryLimit: number
  /** Seconds before the first retry; doubled for each later one. */
  retryDelaySeconds: number
  /** A run still going after this long is taken as lost and tried again. */
  expireInSeconds: number
}

/**
 * pg-boss's queue policy. `stately`: per singletonKey, at most one job waiting and one running, so a
 * second request while one waits is dropped and two workers never run the same key at once.
 */
export type QueuePolicy = 'standard' | 'stately'

const emailSchema = z.object({
  to: z.email(),
  subject: z.string().min(1),
  text: z.string(),
  html: z.string(),
})

export const jobQueues = {
  /** Due survey reminders for every organisation (scheduled, see reminderCron). */
  'survey.reminders': {
    payload: z.object({}),
    retry: { retryLimit: 0, retryDelaySeconds: 60, expireInSeconds: 15 * 60 },
  },
  /** One e-mail; the mailer reports failures instead of throwing, so it is not retried. */
  'email.send': {
    payload: emailSchema,
    retry: { retryLimit: 0, retryDelaySeconds: 60, expireInSeconds: 5 * 60 },
  },
  /** One attempt at one webhook delivery; the delivery's own schedule decides the next attempt. */
  'webhook.deliver': {
    payload: z.object({ deliveryId: z.string().min(1) }),
    retry: { retryLimit: 3, retryDelaySeconds: 30, expireInSeconds: 5 * 60 },
  },
  /** Finds webhook deliveries whose attempt is due but has no job (the safety net of webhook.deliver). */
  'webhook.sweep': {
    payload: z.object({}),
    retry: { retryLimit: 0, retryDelaySeconds: 60, expireInSeconds: 5 * 60 },
  },
  /**
   * One sync of one tracker connection, enqueued with the connection id as singletonKey. A tracker's
   * refusal is recorded on the connection, not thrown; what is retried is a failure of ours (the
   * database gone). Expiry matches SYNC_RUN_EXPIRY_MS (lib/connectors/schedule.ts).
   */
  'connector.sync': {
    payload: z.object({ connectionId: z.string().min(1) }),
    retry: { retryLimit: 2, retryDelaySeconds: 60, expireInSeconds: 15 * 60 },
    policy: 'stately',
  },
  /**
   * One message to one team's chat channel (lib/connectors/chat.ts). A 429 or 5xx queues the next
   * attempt itself (after Retry-After, else backing off), so the queue's own retry is for our failures.
   */
  'chat.send': {
    payload: z.object({
      channelId: z.string().min(1),
      attempt: z.number().int().min(1),
      message: z.object({
        title: z.string().min(1),
        text: z.string(),
        facts: z.array(z.object({ name: z.string(), value: z.string() })),
        link: z.object({ label: z.string(), url: z.url() }).nullable(),
      }),
    }),
    retry: { retryLimit: 1, retryDelaySeconds: 60, expireInSeconds: 5 * 60 },
  },
  /** Queues a sync for every connection whose schedule says it is due (scheduled every few minutes). */
  'connector.schedule': {
    payload: z.object({}),
    retry: { retryLimit: 0, retryDelaySeconds: 60, expireInSeconds: 5 * 60 },
  },
} satisfies Record<string, { payload: z.ZodType<object>; retry: RetryPolicy; policy?: QueuePolicy }>

export type JobName = keyof typeof jobQueues
export type JobPayload<N extends JobName> = z.infer<(typeof jobQueues)[N]['payload']>
export const jobNames = Object.keys(jobQueues) as JobName[]

/** The payload checked against its queue's schema: a job never starts work on a malformed payload. */
export function parseJobPayload<N extends JobName>(name: N, data: unknown): JobPayload<N> {
  return jobQueues[name].payload.parse(data) as JobPayload<N>
}

/**
 * REMINDER_SCHEDULER_MINUTES as a cron expression, or null when off. Cron steps only divide an hour
 * or a day evenly, so other values are refused (lib/env.ts checks with isCronableMinutes).
 */
export function reminderCron(minutes: number): string | null {
  if (minutes <= 0) return null
  if (minutes < 60) return `*/${minutes} * * * *`
  if (minutes < 1440) return `0 */${minutes / 60} * * *`
  return '0 0 * * *'
}

export const isCronableMinutes = (minutes: number) =>
  minutes === 0 || (minutes < 60 ? 60 % minutes === 0 : minutes % 60 === 0 && 1440 % minutes === 0)
