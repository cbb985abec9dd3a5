import { describe, expect, it } from 'vitest'
import { sprintWeekdays } from '@/lib/planner/capacity'
import { focusBlocks, MIN_BLOCK_HOURS } from '@/lib/planner/focus-blocks'

const weekdays = (startDate: string, endDate: string) => sprintWeekdays({ startDate, endDate }, { workingDays: [1, 2, 3, 4, 5] })

describe('focus blocks', () => {
  it('books blocks only on the days given', () => {
    const available = ['2026-03-02', '2026-03-04', '2026-03-10']
    const plan = focusBlocks(available, 12, { maxHoursPerDay: 4 })
    expect(plan.blocks.map((b) => b.date)).toEqual(available)
    expect(plan.coveredHours).toBe(12)
  })

  it('covers the hours with blocks of at least two hours, one per day, spread over the sprint', () => {
    const plan = focusBlocks(weekdays('2026-03-02', '2026-03-13'), 23, { maxHoursPerDay: 4 })
    expect(plan.coveredHours).toBeGreaterThanOrEqual(23)
    expect(plan.uncoveredHours).toBe(0)
    expect(plan.blocks.every((b) => b.hours >= MIN_BLOCK_HOURS && b.hours <= 4)).toBe(true)
    const days = plan.blocks.map((b) => b.date)
    expect(new Set(days).size).toBe(days.length)
    expect(days[0]).toBe('2026-03-02')
    expect(days.at(-1)! > '2026-03-09').toBe(true)
    for (const d of days) expect([0, 6]).not.toContain(new Date(`${d}T12:00:00Z`).getUTCDay())
  })

  it('rounds a small amount up to one two-hour block', () => {
    expect(focusBlocks(weekdays('2026-03-02', '2026-03-06'), 0.5).blocks).toEqual([{ date: '2026-03-02', startHour: 9, hours: 2 }])
  })

  it('returns nothing without hours or working days, and reports what it could not cover', () => {
    expect(focusBlocks(weekdays('2026-03-02', '2026-03-13'), 0).blocks).toEqual([])
    expect(focusBlocks(weekdays('2026-03-07', '2026-03-08'), 6)).toEqual({ blocks: [], coveredHours: 0, uncoveredHours: 6 })
    const tight = focusBlocks(weekdays('2026-03-02', '2026-03-03'), 30)
    expect(tight.blocks).toHaveLength(2)
    expect(tight.blocks.every((b) => b.hours === 8)).toBe(true)
    expect(tight.uncoveredHours).toBe(14)
  })
})
