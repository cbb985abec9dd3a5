// When a failed delivery is tried again, and when an endpoint is given up on. Delivery is at least
// once over 24 hours: each wait is longer than the last (exponential, capped), and no attempt is
// planned later than 24 h after the event. An endpoint whose attempts have all failed for 24 hours
// (so at least one delivery has run out of time) is disabled and its owners told.

const SECOND = 1000
export const RETRY_WINDOW_MS = 24 * 3600 * SECOND
const FIRST_WAIT_MS = 5 * SECOND
const MAX_WAIT_MS = 4 * 3600 * SECOND

/** The wait after the given number of failed attempts: 5 s, 10 s, 20 s ... doubling, at most 4 h. */
export const retryWaitMs = (failedAttempts: number) => Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** Math.max(0, failedAttempts - 1))

/** The next attempt after `failedAttempts` failures, or null when it would fall beyond the 24 h window. */
export function nextAttemptAt(eventAt: Date, failedAttempts: number, now: Date): Date | null {
  const next = new Date(now.getTime() + retryWaitMs(failedAttempts))
  return next.getTime() - eventAt.getTime() > RETRY_WINDOW_MS ? null : next
}

/** An endpoint failing without a success for the whole retry window is disabled. */
export const isFailingTooLong = (failingSince: Date | null, now: Date) =>
  failingSince !== null && now.getTime() - failingSince.getTime() >= RETRY_WINDOW_MS
