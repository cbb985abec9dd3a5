import 'server-only'
import PgBoss from 'pg-boss'
import { env } from '@/lib/env'
import { jobNames, jobQueues, parseJobPayload, type JobName, type JobPayload, type QueuePolicy, type RetryPolicy } from '@/lib/jobs/queues'
import { log } from '@/lib/log'

// The job queue: pg-boss on the app's own Postgres (decision 0066), in its own schema (JOB_QUEUE_SCHEMA),
// which it creates and migrates on first start. Workers fetch with FOR UPDATE SKIP LOCKED and poll
// (no LISTEN/NOTIFY), so two workers never take one job and the embedded database works too.
// Any process may enqueue (the queue opens on first use); only a worker (startJobWorker) runs jobs.

export type JobHandler<N extends JobName> = (payload: JobPayload<N>, job: { id: string; name: N }) => Promise<void>
type AnyHandler = (payload: unknown, job: { id: string; name: JobName }) => Promise<void>

export type EnqueueOptions = {
  /** Not before this time. */
  startAfter?: Date
  /**
   * While a job with this key waits in its queue, another with the same key is not added; on a
   * `stately` queue, jobs with one key also never run at once.
   */
  singletonKey?: string
  /**
   * With singletonKey: at most one job with that key in each window of this many seconds, whether it
   * already ran or not (pg-boss's throttling; windows are aligned to the clock and must be shorter than
   * its 12 h archive interval). The later ones are dropped.
   */
  throttleSeconds?: number
}

type Queue = { boss: PgBoss; ready: Promise<PgBoss>; working: boolean }
// One queue per process, kept across development reloads like the Prisma client.
const slot = globalThis as unknown as { jobQueue?: Queue; jobHandlers?: Map<JobName, AnyHandler> }
const handlers = (slot.jobHandlers ??= new Map())

/** Seconds between a worker's polls of each queue: how long a new job may wait for an idle worker. */
const POLL_SECONDS = 1
/** A graceful stop lets running jobs finish for this long; the rest are failed and retried later. */
const STOP_TIMEOUT_MS = 20_000

async function openQueue(boss: PgBoss) {
  boss.on('error', (error) => log('error', 'job queue error', { error }))
  await boss.start()
  for (const name of jobNames) {
    const queue: { retry: RetryPolicy; policy?: QueuePolicy } = jobQueues[name]
    const { retryLimit, retryDelaySeconds, expireInSeconds } = queue.retry
    const policy = queue.policy ?? 'standard'
    // Idempotent: an existing queue is left as it is.
    await boss.createQueue(name, { name, policy, retryLimit, retryDelay: retryDelaySeconds, retryBackoff: true, expireInSeconds })
  }
  return boss
}

/** The process's queue, opened (schema migrated, queues created) on first use. */
function queue(): Queue {
  if (!slot.jobQueue) {
    const boss = new PgBoss({
      connectionString: env().DATABASE_URL,
      schema: env().JOB_QUEUE_SCHEMA,
      application_name: 'plural-jobs',
      // The embedded database serves a few connections in all; the queue needs only a handful.
      max: 3,
      // Completed jobs are kept a week for inspection, then archived and deleted by maintenance.
      archiveCompletedAfterSeconds: 7 * 24 * 3600,
    })
    const ready = openQueue(boss).catch((error: unknown) => {
      // The next use tries again (the database may be starting) instead of keeping this failure.
      slot.jobQueue = undefined
      throw error
    })
    slot.jobQueue = { boss, ready, working: false }
  }
  return slot.jobQueue
}

/** Adds a job; returns its id, or null when a waiting job with the same singletonKey made it unneeded. */
export async function enqueue<N extends JobName>(name: N, payload: JobPayload<N>, options: EnqueueOptions = {}) {
  const boss = await queue().ready
  return boss.send(name, parseJobPayload(name, payload), {
    ...(options.startAfter ? { startAfter: options.startAfter } : {}),
    ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
    ...(options.throttleSeconds ? { singletonSeconds: options.throttleSeconds } : {}),
  })
}

/** Says which function runs the jobs of a queue in this process once a worker starts. */
export function registerJobHandler<N extends JobName>(name: N, handler: JobHandler<N>) {
  handlers.set(name, handler as AnyHandler)
}

/**
 * Starts running the registered handlers, one job at a time per queue, and schedules the given cron
 * jobs (pg-boss keeps one schedule per name, so every worker may say it). Idempotent per process.
 */
export async function startJobWorker(schedules: Partial<Record<JobName, string | null>> = {}) {
  const current = queue()
  const boss = await current.ready
  for (const [name, cron] of Object.entries(schedules) as [JobName, string | null][]) {
    if (cron) await boss.schedule(name, cron, {})
    else await boss.unschedule(name)
  }
  if (current.working) return
  current.working = true
  for (const [name, handler] of handlers) {
    await boss.work(name, { pollingIntervalSeconds: POLL_SECONDS, batchSize: 1 }, async ([job]) => {
      await handler(parseJobPayload(name, job.data), { id: job.id, name })
    })
  }
}

/** Stops this process's queue: running jobs may finish first (up to STOP_TIMEOUT_MS). */
export async function stopJobQueue() {
  const current = slot.jobQueue
  if (!current) return
  slot.jobQueue = undefined
  const boss = await current.ready.catch(() => null)
  await boss?.stop({ graceful: true, wait: true, timeout: STOP_TIMEOUT_MS })
}
