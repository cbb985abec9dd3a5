import { describe, expect, it } from 'vitest'
import { MAX_FAILURES, throttleDecision, WINDOW_MS } from '@/lib/accounts/throttle'

const now = new Date('2026-03-10T12:00:00Z')
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000)

describe('throttleDecision', () => {
  it('allows with no failures', () => {
    expect(throttleDecision([], now)).toEqual({ allowed: true })
  })

  it('allows up to four failures in the window', () => {
    expect(throttleDecision([1, 2, 3, 4].map(minutesAgo), now)).toEqual({ allowed: true })
  })

  it('refuses after five failures and says how long to wait', () => {
    // The oldest of the five (10 min ago) leaves the 15-minute window in 5 minutes.
    expect(throttleDecision([1, 2, 3, 4, 10].map(minutesAgo), now)).toEqual({ allowed: false, retryInMinutes: 5 })
  })

  it('counts from the fifth newest failure when there are more', () => {
    // Newest five: 1,2,3,4,5 minutes ago; the fifth leaves the window in 10 minutes.
    expect(throttleDecision([1, 2, 3, 4, 5, 6, 7].map(minutesAgo), now)).toEqual({ allowed: false, retryInMinutes: 10 })
  })

  it('accepts failures in any order', () => {
    expect(throttleDecision([10, 1, 4, 2, 3].map(minutesAgo), now)).toEqual({ allowed: false, retryInMinutes: 5 })
  })

  it('ignores failures older than the window', () => {
    expect(throttleDecision([1, 2, 3, 4, 15, 16, 30].map(minutesAgo), now)).toEqual({ allowed: true })
  })

  it('never says "try again in 0 minutes"', () => {
    const justInside = new Date(now.getTime() - WINDOW_MS + 1_000)
    expect(throttleDecision([1, 2, 3, 4].map(minutesAgo).concat(justInside), now)).toEqual({ allowed: false, retryInMinutes: 1 })
  })

  it('uses five failures in fifteen minutes', () => {
    expect(MAX_FAILURES).toBe(5)
    expect(WINDOW_MS).toBe(15 * 60_000)
  })
})
