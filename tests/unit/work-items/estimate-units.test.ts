import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { importRequestSchema } from '@/lib/schemas/import'
import { detectSeconds, detectSecondsIn, roundHours, toHours } from '@/lib/work-items/estimate-units'

const factors = { pointsToHours: 4, hoursPerDay: 8 }

describe('toHours', () => {
  it('converts each unit to hours', () => {
    expect(toHours(28_800, 'seconds', factors)).toBe(8)
    expect(toHours(90, 'minutes', factors)).toBe(1.5)
    expect(toHours(2.5, 'hours', factors)).toBe(2.5)
    expect(toHours(2, 'days', factors)).toBe(16)
    expect(toHours(2, 'days', { ...factors, hoursPerDay: 6 })).toBe(12)
    expect(toHours(3, 'points', factors)).toBe(12)
  })

  it('rounds to the hours precision (two decimals)', () => {
    expect(toHours(1000, 'seconds', factors)).toBe(0.28)
    expect(toHours(1, 'minutes', factors)).toBe(0.02)
  })

  it('gives back any quarter-hour estimate Jira exported in seconds (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4000 }), (quarters) => {
        const hours = quarters / 4
        expect(toHours(hours * 3600, 'seconds', factors)).toBe(hours)
        expect(toHours(hours * 60, 'minutes', factors)).toBe(hours)
      }),
    )
  })

  it('is never more than half a hundredth of an hour off the exact value (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3_600_000 }), (seconds) => {
        const hours = toHours(seconds, 'seconds', factors)
        expect(Math.abs(hours - seconds / 3600)).toBeLessThanOrEqual(0.005 + 1e-9)
        expect(roundHours(hours)).toBe(hours)
      }),
    )
  })
})

describe('detectSeconds', () => {
  it("recognises Jira's time-tracking headers, whatever the values", () => {
    expect(detectSeconds('Original Estimate', ['3'])).toBe('jira-header')
    expect(detectSeconds('Σ Original Estimate', [])).toBe('jira-header')
    expect(detectSeconds('Remaining Estimate', ['7200'])).toBe('jira-header')
    expect(detectSeconds('Time Spent', [''])).toBe('jira-header')
  })

  it('recognises whole quarter hours in seconds when some are too large to be hours', () => {
    expect(detectSeconds('Estimate', ['3600', '', '28800', '900'])).toBe('seconds-values')
  })

  it('leaves hours alone: small multiples of 900, decimals, other numbers, or nothing filled', () => {
    expect(detectSeconds('Estimate', ['900', '900'])).toBeNull()
    expect(detectSeconds('Estimate', ['3600', '2.5'])).toBeNull()
    expect(detectSeconds('Estimate', ['3600', '1000'])).toBeNull()
    expect(detectSeconds('Estimate', ['', ' '])).toBeNull()
    expect(detectSeconds('Story Points', ['3', '5'])).toBeNull()
  })

  it('looks at the mapped column only', () => {
    const header = ['Summary', 'Original Estimate']
    expect(detectSecondsIn(header, [['a', '7200']], 1)).toBe('jira-header')
    expect(detectSecondsIn(header, [['a', '7200']], 0)).toBeNull()
    expect(detectSecondsIn(header, [['a', '7200']], null)).toBeNull()
  })
})

describe('the import request', () => {
  const request = (options: Record<string, unknown>) => ({
    csv: 'title\nx',
    mapping: { title: 0, key: null, type: null, estimate: null, priority: null, description: null, status: null, labels: [] },
    options: { estimateUnit: 'seconds', pointsToHours: 4, hoursPerDay: 8, defaultHours: null, ...options },
  })

  it('accepts every unit and refuses any other, naming the units', () => {
    for (const estimateUnit of ['seconds', 'minutes', 'hours', 'days', 'points'])
      expect(importRequestSchema.safeParse(request({ estimateUnit })).success).toBe(true)
    const refused = importRequestSchema.safeParse(request({ estimateUnit: 'weeks' }))
    expect(refused.error?.issues[0].message).toBe('The estimate unit must be seconds, minutes, hours, days or story points')
  })

  it('refuses hours per day outside 0–24', () => {
    expect(importRequestSchema.safeParse(request({ hoursPerDay: 25 })).error?.issues[0].message).toBe('Hours per day must be at most 24')
    expect(importRequestSchema.safeParse(request({ hoursPerDay: 0 })).error?.issues[0].message).toBe('Hours per day must be more than 0')
  })
})
