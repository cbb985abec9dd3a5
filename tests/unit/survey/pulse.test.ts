import { describe, expect, it } from 'vitest'
import { bandToShare, PULSE_QUESTIONS, SHARE_BANDS, shareToBand } from '@/lib/survey/pulse'

describe('pulse', () => {
  it('asks between 3 and 5 questions', () => {
    expect(PULSE_QUESTIONS.length).toBeGreaterThanOrEqual(3)
    expect(PULSE_QUESTIONS.length).toBeLessThanOrEqual(5)
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
