import { describe, expect, it } from 'vitest'
import { aggregatePulse, PULSE_QUESTIONS } from '@/lib/survey/pulse'

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
