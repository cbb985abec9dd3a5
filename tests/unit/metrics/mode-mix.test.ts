import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  coverageNote,
  HOMOGENEITY_THRESHOLD,
  homogeneityWarning,
  MIN_PROFILES_FOR_HOMOGENEITY,
  staleBefore,
  summariseMix,
} from '@/lib/metrics/mode-mix'

const counts = fc.record({
  orchestration: fc.nat(50),
  craft: fc.nat(50),
  hybrid: fc.nat(50),
  missing: fc.nat(50),
  outdated: fc.nat(50),
})

describe('mode mix', () => {
  it('counts shares, dominant type and coverage', () => {
    const mix = summariseMix({ orchestration: 1, craft: 3, hybrid: 0, missing: 1, outdated: 1 })
    expect(mix.profiled).toBe(4)
    expect(mix.population).toBe(5)
    expect(mix.shares).toEqual({ orchestration: 0.25, craft: 0.75, hybrid: 0 })
    expect(mix.dominant).toEqual({ mode: 'craft', share: 0.75 })
    expect(mix.homogeneous).toBe(true)
    expect(mix.coverage).toBe(3 / 5)
    expect(homogeneityWarning('Core', mix)).toContain('Core is 75% deep craft (3 of 4 profiles)')
  })

  it('is not homogeneous at exactly 70%', () => {
    expect(summariseMix({ orchestration: 7, craft: 3, hybrid: 0, missing: 0, outdated: 0 }).homogeneous).toBe(false)
    expect(summariseMix({ orchestration: 8, craft: 2, hybrid: 0, missing: 0, outdated: 0 }).homogeneous).toBe(true)
  })

  it('has no shares, no dominant type and no warning for an empty team', () => {
    const mix = summariseMix({ orchestration: 0, craft: 0, hybrid: 0, missing: 0, outdated: 0 })
    expect(mix.shares).toEqual({ orchestration: null, craft: null, hybrid: null })
    expect(mix.dominant).toBeNull()
    expect(mix.coverage).toBeNull()
    expect(homogeneityWarning('Empty', mix)).toBeNull()
    expect(coverageNote(mix)).toMatch(/Nobody/)
  })

  it('property: shares are in [0, 1] and sum to 1 when anyone has a profile', () => {
    fc.assert(
      fc.property(counts, (c) => {
        const mix = summariseMix(c)
        const shares = Object.values(mix.shares)
        if (mix.profiled === 0) return shares.every((s) => s === null)
        const sum = shares.reduce<number>((a, s) => a + (s ?? 0), 0)
        return shares.every((s) => s !== null && s >= 0 && s <= 1) && Math.abs(sum - 1) < 1e-9
      }),
    )
  })

  it('property: homogeneous exactly when the largest type is over the threshold (and enough profiles)', () => {
    fc.assert(
      fc.property(counts, (c) => {
        const mix = summariseMix(c)
        const max = Math.max(c.orchestration, c.craft, c.hybrid)
        const expected = mix.profiled >= MIN_PROFILES_FOR_HOMOGENEITY && max / mix.profiled > HOMOGENEITY_THRESHOLD
        return mix.homogeneous === expected && (mix.dominant === null || mix.dominant.share === max / mix.profiled)
      }),
    )
  })

  it('dates profiles as stale after 90 days', () => {
    const now = new Date('2026-06-01T00:00:00Z')
    expect(staleBefore(now).toISOString()).toBe('2026-03-03T00:00:00.000Z')
  })

  it('describes coverage in words', () => {
    expect(coverageNote(summariseMix({ orchestration: 2, craft: 1, hybrid: 0, missing: 2, outdated: 1 }))).toBe(
      '2 without a profile and 1 with a profile older than 90 days (of 5).',
    )
    expect(coverageNote(summariseMix({ orchestration: 2, craft: 1, hybrid: 0, missing: 0, outdated: 0 }))).toBe(
      'All 3 profiles are up to date.',
    )
  })
})
