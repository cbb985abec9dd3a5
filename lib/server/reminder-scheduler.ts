import 'server-only'
import { listOrgsWithDueReminders, processDueReminders } from '@/lib/db/survey/reminders'
import { env, type Env } from '@/lib/env'
import { log } from '../log'

// Due survey reminders are sent by the server itself: an interval in each Node.js server process,
// started from instrumentation.ts. Small on purpose, until a Postgres job queue replaces it (its
// work is runDueReminders). Several app instances running at once are safe: processDueReminders
// re-sends a reminder only from the sentCount it read, so one of them wins each reminder.

const DEFAULT_MINUTES = 5

/** Milliseconds between runs, or null when switched off (REMINDER_SCHEDULER_MINUTES=0, or unset under test). */
export function reminderIntervalMs(e: Pick<Env, 'NODE_ENV' | 'REMINDER_SCHEDULER_MINUTES'>): number | null {
  const minutes = e.REMINDER_SCHEDULER_MINUTES ?? (e.NODE_ENV === 'test' ? 0 : DEFAULT_MINUTES)
  return minutes > 0 ? minutes * 60_000 : null
}

/** One run: each organisation with due reminders in turn, so one organisation's failure does not stop the others. */
export async function runDueReminders(now = new Date()) {
  const totals = { organizations: 0, failed: 0, checked: 0, resent: 0, stopped: 0 }
  for (const orgId of await listOrgsWithDueReminders(now)) {
    totals.organizations++
    try {
      const result = await processDueReminders(orgId, now)
      totals.checked += result.checked
      totals.resent += result.resent
      totals.stopped += result.stopped
    } catch (error) {
      totals.failed++
      log('warn', 'reminder processing failed', { orgId, error })
    }
  }
  if (totals.organizations > 0) log('info', 'due reminders processed', totals)
  return totals
}

/**
 * Calls `run` every `everyMs` without keeping the process alive (unref), and skips a tick while the
 * previous run is still going, so a slow database does not pile runs up.
 */
export function startInterval(everyMs: number, run: () => Promise<unknown>): NodeJS.Timeout {
  let running = false
  const timer = setInterval(() => {
    if (running) return
    running = true
    run()
      .catch((error: unknown) => log('error', 'scheduled run failed', { error }))
      .finally(() => {
        running = false
      })
  }, everyMs)
  timer.unref()
  return timer
}

// Development reloads may register again in the same process: one timer, not one per reload.
const slot = globalThis as unknown as { reminderScheduler?: NodeJS.Timeout }

/** Starts (or restarts) the process's reminder runs; null when the environment switches them off. */
export function startReminderScheduler(e: Pick<Env, 'NODE_ENV' | 'REMINDER_SCHEDULER_MINUTES'> = env()): NodeJS.Timeout | null {
  clearInterval(slot.reminderScheduler)
  slot.reminderScheduler = undefined
  const everyMs = reminderIntervalMs(e)
  if (everyMs === null) return null
  slot.reminderScheduler = startInterval(everyMs, () => runDueReminders())
  return slot.reminderScheduler
}
