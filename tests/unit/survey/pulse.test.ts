import { describe, expect, it } from 'vitest'
import { aggregatePulse, bandToShare, PULSE_QUESTIONS, SHARE_BANDS, shareToBand } from '@/lib/survey/pulse'

describe('pulse', () => {
  it('asks between 3 and 5 questions', () => {
    expect(PULSE_QUESTIONS.length).toBeGreaterThanOrEqual(3)
    expect(PULSE_QUESTIONS.length).toBeLessThanOrEqual(5)
  })

  it('averages a group using the middle of each share band', () => {
    expect(
      aggregatePulse([
        { deepWorkShare: '0-20', preferredModeShare: '80-100', energy: 2 },
        { deepWorkShare: '40-60', preferredModeShare: '60-80', energy: 4 },
        { deepWorkShare: '60-80', preferredModeShare: '80-100', energy: 5 },
      ]),
    ).toEqual({ responses: 3, deepWorkSharePct: 43.3, preferredModeSharePct: 83.3, energy: 3.7 })
  })

  it('has no average for an empty group', () => {
    expect(aggregatePulse([])).toBeNull()
  })
})

describe('pulse share bands', () => {
  it('stores a band as its midpoint share and reads it back as the same band', () => {
    for (const band of SHARE_BANDS) expect(shareToBand(bandToShare(band))).toBe(band)
    expect(bandToShare('60-80')).toBe(0.7)
  })

  it('puts out-of-range shares in the outer bands', () => {
    expect(shareToBand(-0.2)).toBe('0-20')
    expect(shareToBand(1)).toBe('80-100')
    expect(shareToBand(1.5)).toBe('80-100')
  })
})
