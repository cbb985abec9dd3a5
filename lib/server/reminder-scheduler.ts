import 'server-only'
import { listOrgsWithDueReminders, processDueReminders } from '@/lib/db/survey/reminders'
import type { Env } from '@/lib/env'
import { reminderCron } from '@/lib/jobs/queues'
import { log } from '../log'

// Due survey reminders are a scheduled job on the queue (survey.reminders, lib/server/jobs.ts):
// pg-boss starts one run per cron slot however many workers there are. Even two runs at once would
// be safe: processDueReminders re-sends a reminder only from the sentCount it read.

const DEFAULT_MINUTES = 5

/** The cron of the reminder runs, or null when switched off (REMINDER_SCHEDULER_MINUTES=0, or unset under test). */
export function reminderSchedule(e: Pick<Env, 'NODE_ENV' | 'REMINDER_SCHEDULER_MINUTES'>): string | null {
  return reminderCron(e.REMINDER_SCHEDULER_MINUTES ?? (e.NODE_ENV === 'test' ? 0 : DEFAULT_MINUTES))
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
