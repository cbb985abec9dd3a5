import 'server-only'
import { registerJobHandler, startJobWorker } from '@/lib/db/jobs/queue'
import { sendMail } from '@/lib/email/mailer'
import { env, type Env } from '@/lib/env'
import { runChatSendJob } from './connectors/chat'
import { queueDueSyncs, runConnectionSyncJob } from './connectors/sync-jobs'
import { reminderSchedule, runDueReminders } from './reminder-scheduler'
import { deliverWebhook, sweepWebhookDeliveries } from './webhooks/deliver'

// What each background job does, and the start of a worker: inside the server process by default
// (instrumentation.ts), or as its own process with `npm run worker` when JOB_WORKER=external.
// Enqueue with `enqueue(name, payload)` from lib/db/jobs/queue.ts; queues are listed in lib/jobs/queues.ts.

export function registerJobHandlers() {
  registerJobHandler('survey.reminders', async () => {
    await runDueReminders()
  })
  registerJobHandler('email.send', async (mail) => {
    await sendMail(mail)
  })
  registerJobHandler('webhook.deliver', ({ deliveryId }) => deliverWebhook(deliveryId))
  registerJobHandler('webhook.sweep', sweepWebhookDeliveries)
  registerJobHandler('connector.sync', ({ connectionId }) => runConnectionSyncJob(connectionId))
  registerJobHandler('chat.send', runChatSendJob)
  registerJobHandler('connector.schedule', async () => {
    await queueDueSyncs()
  })
}

/** Every minute, due webhook deliveries whose job was lost are queued again. */
const WEBHOOK_SWEEP_CRON = '* * * * *'
/** Every five minutes, connections whose sync schedule is due get a sync queued (hourly means 60 to 65 minutes). */
const CONNECTOR_SCHEDULE_CRON = '*/5 * * * *'

/** Registers every handler and starts working the queues with the schedules this environment asks for. */
export async function startWorker(e: Pick<Env, 'NODE_ENV' | 'REMINDER_SCHEDULER_MINUTES'> = env()) {
  registerJobHandlers()
  await startJobWorker({
    'survey.reminders': reminderSchedule(e),
    'webhook.sweep': WEBHOOK_SWEEP_CRON,
    'connector.schedule': CONNECTOR_SCHEDULE_CRON,
  })
}

/** The server process's part: a worker unless JOB_WORKER=external says a separate process runs one. */
export async function startServerJobs(e: Env = env()) {
  if (e.JOB_WORKER === 'external') return false
  await startWorker(e)
  return true
}
