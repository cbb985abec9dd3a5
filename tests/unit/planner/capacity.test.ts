import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import {
  capacityOf,
  datesBetween,
  describeCapacity,
  isoWeekday,
  parseDate,
  sprintWeekdays,
  type DateRange,
  type WorkCalendar,
} from '@/lib/planner/capacity'

// Capacity from dates: the rules every consumer (planner, what-if, dashboards, My sprint, focus
// blocks) relies on. 2026-03-02 is a Monday.

const monFri: WorkCalendar = { workingDays: [1, 2, 3, 4, 5], holidays: [] }
const twoWeeks = { startDate: '2026-03-02', endDate: '2026-03-13' }

describe('capacity from dates', () => {
  it('counts only working weekdays: two calendar weeks are ten days', () => {
    const c = capacityOf(twoWeeks, monFri, 60, { hoursPerDay: 6 })
    expect(c).toMatchObject({ weekdays: 10, holidays: 0, daysOff: 0, derivedHours: 60, hours: 60, overridden: false })
    expect(c.availableDays).not.toContain('2026-03-07')
    expect(c.availableDays).not.toContain('2026-03-08')
  })

  it('follows the organisation’s own working days (Sunday to Thursday)', () => {
    const c = capacityOf(twoWeeks, { workingDays: [7, 1, 2, 3, 4], holidays: [] }, 0, { hoursPerDay: 8 })
    // Mon 2 to Thu 5, Sun 8 to Thu 12: nine days (Friday 13 is not worked, Sunday 1 is before the sprint).
    expect(c.weekdays).toBe(9)
    expect(c.availableDays).toContain('2026-03-08')
    expect(c.availableDays).not.toContain('2026-03-06')
    expect(c.hours).toBe(72)
  })

  it('takes a holiday on a working day away, and ignores one on a weekend', () => {
    const calendar: WorkCalendar = {
      workingDays: [1, 2, 3, 4, 5],
      holidays: [
        { date: '2026-03-04', name: 'Founders day' },
        { date: '2026-03-07', name: 'Saturday fair' },
      ],
    }
    const c = capacityOf(twoWeeks, calendar, 60, { hoursPerDay: 6 })
    expect(c).toMatchObject({ weekdays: 10, holidays: 1, daysOff: 0, hours: 54 })
    expect(c.availableDays).not.toContain('2026-03-04')
  })

  it('counts overlapping days off once and ignores days off outside the sprint', () => {
    const daysOff: DateRange[] = [
      { start: '2026-03-04', end: '2026-03-06' },
      { start: '2026-03-05', end: '2026-03-09' }, // overlaps; spans the weekend
      { start: '2026-02-20', end: '2026-02-27' }, // before the sprint
      { start: '2026-03-20', end: '2026-03-27' }, // after it
    ]
    const c = capacityOf(twoWeeks, monFri, 0, { hoursPerDay: 5, daysOff })
    // Wed 4, Thu 5, Fri 6, Mon 9.
    expect(c.daysOff).toBe(4)
    expect(c.hours).toBe(30)
  })

  it('counts a day off on a holiday once, as the holiday', () => {
    const calendar: WorkCalendar = { workingDays: [1, 2, 3, 4, 5], holidays: [{ date: '2026-03-04', name: 'Founders day' }] }
    const c = capacityOf(twoWeeks, calendar, 0, { hoursPerDay: 6, daysOff: [{ start: '2026-03-04', end: '2026-03-05' }] })
    expect(c).toMatchObject({ holidays: 1, daysOff: 1, hours: 48 })
  })

  it('spreads the profile capacity over the working weekdays when no hours per day are saved', () => {
    const c = capacityOf(twoWeeks, monFri, 60, { daysOff: [{ start: '2026-03-02', end: '2026-03-03' }] })
    expect(c.hoursPerDay).toBe(6)
    expect(c.hours).toBe(48)
  })

  it('lets an override replace the derived hours, keeping the derivation to show', () => {
    const c = capacityOf(twoWeeks, monFri, 60, { hoursPerDay: 6, overrideHours: 20 })
    expect(c).toMatchObject({ hours: 20, derivedHours: 60, overridden: true })
    expect(capacityOf(twoWeeks, monFri, 60, { hoursPerDay: 6, overrideHours: 0 })).toMatchObject({ hours: 0, overridden: true })
  })

  it('has no capacity in a sprint without a working day', () => {
    const weekend = { startDate: '2026-03-07', endDate: '2026-03-08' }
    expect(capacityOf(weekend, monFri, 60)).toMatchObject({ weekdays: 0, hours: 0, hoursPerDay: 0 })
  })

  it('walks across months, years and a leap day', () => {
    expect(sprintWeekdays({ startDate: '2026-12-28', endDate: '2027-01-08' }, monFri)).toHaveLength(10)
    expect(datesBetween('2028-02-27', '2028-03-01')).toEqual(['2028-02-27', '2028-02-28', '2028-02-29', '2028-03-01'])
    expect(sprintWeekdays({ startDate: '2026-01-26', endDate: '2026-02-06' }, monFri)).toHaveLength(10)
  })

  it('rejects what is not a calendar date', () => {
    expect(() => parseDate('2026-02-30')).toThrow(/calendar date/)
    expect(() => parseDate('2026-3-2')).toThrow(/calendar date/)
  })
})

describe('capacity across daylight-saving changes, whatever the server’s zone', () => {
  const zone = process.env.TZ
  afterAll(() => {
    process.env.TZ = zone
  })
  // Europe's changes on 2026-03-29 and 2026-10-25 and the US change on 2026-03-08 are all Sundays,
  // so the sprints around them have exactly ten weekdays and no day is counted twice or lost.
  const sprints = [
    { startDate: '2026-03-23', endDate: '2026-04-03' },
    { startDate: '2026-10-19', endDate: '2026-10-30' },
    { startDate: '2026-03-02', endDate: '2026-03-13' },
    { startDate: '2026-11-02', endDate: '2026-11-13' }, // the US change back is 2026-11-01, the day before
  ]
  for (const tz of ['UTC', 'Europe/London', 'Europe/Berlin', 'America/New_York', 'Pacific/Auckland', 'Asia/Kolkata']) {
    it(`has ten working days and stable dates in ${tz}`, () => {
      process.env.TZ = tz
      for (const sprint of sprints) {
        const c = capacityOf(sprint, monFri, 0, { hoursPerDay: 8, daysOff: [{ start: sprint.startDate, end: sprint.startDate }] })
        expect(c.weekdays).toBe(10)
        expect(c.hours).toBe(72)
        expect(c.availableDays[0]).not.toBe(sprint.startDate)
        expect(new Set(c.availableDays).size).toBe(9)
      }
      expect(isoWeekday('2026-03-29')).toBe(7)
      expect(isoWeekday('2026-10-25')).toBe(7)
      expect(isoWeekday('2026-03-08')).toBe(7)
    })
  }
})

describe('capacity properties', () => {
  const DAY = 86_400_000
  const base = Date.UTC(2025, 0, 1)
  const dateAt = (offset: number) => new Date(base + offset * DAY).toISOString().slice(0, 10)
  const range = fc.tuple(fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 0, max: 40 })).map(([s, len]) => ({ s, len }))
  const workingDays = fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 })
  const offsets = fc.array(fc.integer({ min: -10, max: 50 }), { maxLength: 6 })
  const dayOffs = fc.array(fc.tuple(fc.integer({ min: -10, max: 50 }), fc.integer({ min: 0, max: 8 })), { maxLength: 5 })
  const scenario = fc.record({
    sprint: range,
    workingDays,
    holidays: offsets,
    daysOff: dayOffs,
    hoursPerDay: fc.integer({ min: 0, max: 16 }),
  })

  type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never
  const build = (s: Scenario) => {
    const sprint = { startDate: dateAt(s.sprint.s), endDate: dateAt(s.sprint.s + s.sprint.len) }
    const calendar: WorkCalendar = {
      workingDays: s.workingDays,
      holidays: s.holidays.map((o, i) => ({ date: dateAt(s.sprint.s + o), name: `H${i}` })),
    }
    const daysOff = s.daysOff.map(([o, len]) => ({ start: dateAt(s.sprint.s + o), end: dateAt(s.sprint.s + o + len) }))
    return { sprint, calendar, daysOff }
  }

  it('available days = weekdays − holidays − days off, each a working day of the sprint, none twice', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { sprint, calendar, daysOff } = build(s)
        const c = capacityOf(sprint, calendar, 0, { hoursPerDay: s.hoursPerDay, daysOff })
        expect(c.availableDays.length).toBe(c.weekdays - c.holidays - c.daysOff)
        expect(new Set(c.availableDays).size).toBe(c.availableDays.length)
        for (const d of c.availableDays) {
          expect(d >= sprint.startDate && d <= sprint.endDate).toBe(true)
          expect(s.workingDays).toContain(isoWeekday(d))
          expect(calendar.holidays.some((h) => h.date === d)).toBe(false)
          expect(daysOff.some((r) => r.start <= d && d <= r.end)).toBe(false)
        }
        expect(c.derivedHours).toBeCloseTo(s.hoursPerDay * c.availableDays.length, 6)
      }),
    )
  })

  it('another day off never raises capacity, and costs at most one day', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: -5, max: 45 }), (s, extra) => {
        const { sprint, calendar, daysOff } = build(s)
        const before = capacityOf(sprint, calendar, 0, { hoursPerDay: s.hoursPerDay, daysOff })
        const day = dateAt(s.sprint.s + extra)
        const after = capacityOf(sprint, calendar, 0, { hoursPerDay: s.hoursPerDay, daysOff: [...daysOff, { start: day, end: day }] })
        expect(after.availableDays.length).toBeLessThanOrEqual(before.availableDays.length)
        expect(before.availableDays.length - after.availableDays.length).toBeLessThanOrEqual(1)
      }),
    )
  })

  it('the order of days off and holidays does not matter', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { sprint, calendar, daysOff } = build(s)
        const a = capacityOf(sprint, calendar, 0, { hoursPerDay: s.hoursPerDay, daysOff })
        const b = capacityOf(sprint, { ...calendar, holidays: [...calendar.holidays].reverse() }, 0, {
          hoursPerDay: s.hoursPerDay,
          daysOff: [...daysOff].reverse(),
        })
        expect(b).toEqual(a)
      }),
    )
  })
})

describe('the capacity in words', () => {
  it('states the working days, what was taken away and the product', () => {
    const calendar: WorkCalendar = { workingDays: [1, 2, 3, 4, 5], holidays: [{ date: '2026-03-04', name: 'Founders day' }] }
    const c = capacityOf(twoWeeks, calendar, 0, { hoursPerDay: 6, daysOff: [{ start: '2026-03-09', end: '2026-03-10' }] })
    expect(describeCapacity(c)).toBe('10 working days − 1 holiday − 2 days off = 7 days × 6 h = 42 h')
  })

  it('names an override after the derivation, and leaves out what is zero', () => {
    const c = capacityOf(twoWeeks, monFri, 0, {
      hoursPerDay: 7.5,
      overrideHours: 30,
      daysOff: [{ start: '2026-03-09', end: '2026-03-09' }],
    })
    expect(describeCapacity(c)).toBe('10 working days − 1 day off = 9 days × 7.5 h = 67.5 h; overridden to 30 h')
  })
})
