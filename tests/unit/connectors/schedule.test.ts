import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isSyncDue, SYNC_RUN_EXPIRY_MS, syncStateOf, type SyncTimes } from '@/lib/connectors/schedule'
import { jobQueues } from '@/lib/jobs/queues'

const now = new Date('2026-12-03T10:00:00Z')
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000)
const times = (t: Partial<SyncTimes>): SyncTimes => ({ lastSyncAt: null, syncQueuedAt: null, syncStartedAt: null, ...t })

describe('isSyncDue', () => {
  it('never for a connection whose schedule is off', () => {
    expect(isSyncDue('off', times({}), now)).toBe(false)
    expect(isSyncDue('off', times({ lastSyncAt: ago(10_000) }), now)).toBe(false)
  })

  it('at once for a scheduled connection that never synced, then after a whole interval', () => {
    expect(isSyncDue('hourly', times({}), now)).toBe(true)
    expect(isSyncDue('hourly', times({ lastSyncAt: ago(59) }), now)).toBe(false)
    expect(isSyncDue('hourly', times({ lastSyncAt: ago(60) }), now)).toBe(true)
    expect(isSyncDue('daily', times({ lastSyncAt: ago(23 * 60) }), now)).toBe(false)
    expect(isSyncDue('daily', times({ lastSyncAt: ago(24 * 60) }), now)).toBe(true)
  })

  it('counts from a queued sync too, so a waiting job is not queued again', () => {
    expect(isSyncDue('hourly', times({ lastSyncAt: ago(120), syncQueuedAt: ago(5) }), now)).toBe(false)
  })

  it('is never due twice within one interval, whatever the times (property)', () => {
    const date = fc.option(
      fc.integer({ min: 0, max: 3 * 24 * 60 }).map((m) => ago(m)),
      { nil: null },
    )
    fc.assert(
      fc.property(fc.constantFrom('hourly' as const, 'daily' as const), date, date, (schedule, lastSyncAt, syncQueuedAt) => {
        const t = times({ lastSyncAt, syncQueuedAt })
        if (!isSyncDue(schedule, t, now)) return
        // Once queued now, it is not due again before the interval has passed.
        const queued = times({ lastSyncAt, syncQueuedAt: now })
        expect(isSyncDue(schedule, queued, new Date(now.getTime() + 59 * 60_000))).toBe(false)
      }),
    )
  })
})

describe('syncStateOf', () => {
  it('idle before anything was asked, and after a run that finished', () => {
    expect(syncStateOf(times({}), now)).toBe('idle')
    expect(syncStateOf(times({ syncQueuedAt: ago(3), syncStartedAt: ago(2), lastSyncAt: ago(1) }), now)).toBe('idle')
  })

  it('queued from the request until a run starts, then running until its result', () => {
    expect(syncStateOf(times({ lastSyncAt: ago(60), syncQueuedAt: ago(1) }), now)).toBe('queued')
    expect(syncStateOf(times({ lastSyncAt: ago(60), syncQueuedAt: ago(2), syncStartedAt: ago(1) }), now)).toBe('running')
  })

  it('a request during a run shows the run, then waits as queued after it', () => {
    const during = times({ syncStartedAt: ago(3), syncQueuedAt: ago(2) })
    expect(syncStateOf(during, now)).toBe('running')
    expect(syncStateOf({ ...during, lastSyncAt: ago(1) }, now)).toBe('queued')
  })

  it('a run that never finished stops showing as running once it expired, when the queue retries it', () => {
    expect(jobQueues['connector.sync'].retry.expireInSeconds * 1000).toBe(SYNC_RUN_EXPIRY_MS)
    const lost = times({ lastSyncAt: ago(60), syncQueuedAt: ago(40), syncStartedAt: new Date(now.getTime() - SYNC_RUN_EXPIRY_MS) })
    expect(syncStateOf(lost, now)).toBe('idle')
  })
})
