import type { SyncSchedule } from '../schemas/connector'

// When a connection syncs by itself, and what settings says about its sync right now. Pure, so the
// rules can be property-tested: the connector.schedule job only asks `isSyncDue` for each connection.

export const SYNC_SCHEDULE_LABELS: Record<SyncSchedule, string> = {
  off: 'Only when I press Sync now',
  hourly: 'Every hour',
  daily: 'Every day',
}

const HOUR = 3_600_000
const INTERVAL_MS: Record<Exclude<SyncSchedule, 'off'>, number> = { hourly: HOUR, daily: 24 * HOUR }

/**
 * A run that started longer ago than this and never finished was lost (the worker died); it matches
 * the connector.sync queue's expiry, after which the queue retries it.
 */
export const SYNC_RUN_EXPIRY_MS = 15 * 60_000

export type SyncTimes = { lastSyncAt: Date | null; syncQueuedAt: Date | null; syncStartedAt: Date | null }

const time = (d: Date | null) => d?.getTime() ?? -Infinity

/**
 * Due once a whole interval has passed since the last sync finished or was queued, whichever is later:
 * a sync that is waiting in the queue is not queued again, and a connection never synced is due at once.
 */
export function isSyncDue(schedule: SyncSchedule, times: SyncTimes, now: Date): boolean {
  if (schedule === 'off') return false
  const last = Math.max(time(times.lastSyncAt), time(times.syncQueuedAt))
  return now.getTime() - last >= INTERVAL_MS[schedule]
}

export type SyncState = 'idle' | 'queued' | 'running'

/**
 * Running from a start newer than the last result (until it expires); otherwise queued from a request
 * newer than the last start: "Sync now" pressed during a run waits for the next one.
 */
export function syncStateOf(times: SyncTimes, now: Date): SyncState {
  const started = time(times.syncStartedAt)
  if (started > time(times.lastSyncAt) && now.getTime() - started < SYNC_RUN_EXPIRY_MS) return 'running'
  if (time(times.syncQueuedAt) > started) return 'queued'
  return 'idle'
}
