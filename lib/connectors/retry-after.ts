// How long a tracker asks us to wait. Retry-After is either delay-seconds or an HTTP date (RFC 9110
// §10.2.3); GitHub's primary rate limit instead sends x-ratelimit-remaining: 0 with x-ratelimit-reset
// (epoch seconds), and Linear's x-ratelimit-requests-reset (epoch milliseconds). Waits are capped so that a sync job never sleeps for an hour on one answer.

export const MAX_WAIT_MS = 30_000

/** Milliseconds to wait, or null when the headers name no usable time. */
export function retryDelayMs(headers: { get(name: string): string | null }, now: number): number | null {
  const retryAfter = headers.get('retry-after')?.trim()
  if (retryAfter) {
    const ms = /^\d+$/.test(retryAfter) ? Number(retryAfter) * 1000 : Date.parse(retryAfter) - now
    return Number.isFinite(ms) ? Math.min(MAX_WAIT_MS, Math.max(0, ms)) : null
  }
  const reset = headers.get('x-ratelimit-reset')
  if (headers.get('x-ratelimit-remaining') === '0' && reset && /^\d+$/.test(reset))
    return Math.min(MAX_WAIT_MS, Math.max(0, Number(reset) * 1000 - now))
  const linearReset = headers.get('x-ratelimit-requests-reset')
  if (linearReset && /^\d+$/.test(linearReset)) return Math.min(MAX_WAIT_MS, Math.max(0, Number(linearReset) - now))
  return null
}
