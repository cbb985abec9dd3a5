// Login throttling rule, pure: after MAX_FAILURES failures for one email+IP within WINDOW_MS,
// refuse until the oldest of those failures leaves the window.
export const MAX_FAILURES = 5
export const WINDOW_MS = 15 * 60 * 1000

export type ThrottleDecision = { allowed: true } | { allowed: false; retryInMinutes: number }

/** `failures` are the times of failed attempts inside the window, newest last or in any order. */
export function throttleDecision(failures: readonly Date[], now: Date): ThrottleDecision {
  const recent = failures
    .map((d) => d.getTime())
    .filter((t) => now.getTime() - t < WINDOW_MS)
    .sort((a, b) => b - a)
  if (recent.length < MAX_FAILURES) return { allowed: true }
  const unlockAt = recent[MAX_FAILURES - 1] + WINDOW_MS
  return { allowed: false, retryInMinutes: Math.max(1, Math.ceil((unlockAt - now.getTime()) / 60_000)) }
}

/** What a throttled person is told. */
export const throttledMessage = (minutes: number) => `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`
