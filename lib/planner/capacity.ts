// A person's capacity in a sprint, derived from dates: the organisation's working weekdays, its
// public holidays and the person's days off. Every consumer (planner, what-if, dashboards, My sprint,
// focus blocks) asks this module, so the hours and the days always agree. Pure.
//
// Dates are calendar dates (YYYY-MM-DD) walked in UTC: a day is a day whatever the server's zone, and
// a daylight-saving change never adds or loses one.

import { formatHours } from '@/lib/core/format'

export type DateRange = { start: string; end: string }
export type Holiday = { date: string; name: string }
/** The organisation's calendar: ISO weekdays worked (1 = Monday ... 7 = Sunday) and its holidays. */
export type WorkCalendar = { workingDays: readonly number[]; holidays: readonly Holiday[] }
export type SprintDates = { startDate: string; endDate: string }
/** What is saved for one person and sprint (all optional: nothing saved = the profile's capacity). */
export type SavedAvailability = { hoursPerDay?: number | null; overrideHours?: number | null; daysOff?: readonly DateRange[] }

export type Capacity = {
  /** The hours the planner uses: the override when one is stated, else hoursPerDay x available days. */
  hours: number
  /** Hours derived from dates, before any override. */
  derivedHours: number
  hoursPerDay: number
  /** Working weekdays of the sprint (holidays included). */
  weekdays: number
  /** Working weekdays that are public holidays. */
  holidays: number
  /** Working days the person is off (a day off on a holiday counts once, as the holiday). */
  daysOff: number
  /** The days the person is available: working weekdays that are neither holidays nor days off. */
  availableDays: string[]
  overridden: boolean
}

const DAY_MS = 86_400_000
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export const DEFAULT_WORKING_DAYS: readonly number[] = [1, 2, 3, 4, 5]
/** A profile's capacity before the survey is answered (the schema's default). */
export const DEFAULT_SPRINT_HOURS = 60

export function parseDate(date: string): number {
  const match = DATE.exec(date)
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN
  if (!match || new Date(ms).toISOString().slice(0, 10) !== date) throw new Error(`Not a calendar date (YYYY-MM-DD): ${date}`)
  return ms
}

export const formatDate = (ms: number) => new Date(ms).toISOString().slice(0, 10)
/** A Date read from a Postgres DATE column (midnight UTC) as a calendar date. */
export const calendarDate = (date: Date) => date.toISOString().slice(0, 10)

/** ISO weekday of a calendar date: 1 = Monday ... 7 = Sunday. */
export const isoWeekday = (date: string) => new Date(parseDate(date)).getUTCDay() || 7

/** Every calendar date from start to end, both included (none when end is before start). */
export function datesBetween(start: string, end: string): string[] {
  const days: string[] = []
  for (let t = parseDate(start); t <= parseDate(end); t += DAY_MS) days.push(formatDate(t))
  return days
}

/** The sprint's working weekdays (holidays still included). */
export function sprintWeekdays(sprint: SprintDates, calendar: Pick<WorkCalendar, 'workingDays'>): string[] {
  const worked = new Set(calendar.workingDays)
  return datesBetween(sprint.startDate, sprint.endDate).filter((d) => worked.has(isoWeekday(d)))
}

const covers = (ranges: readonly DateRange[], date: string) => ranges.some((r) => r.start <= date && date <= r.end)

const round2 = (n: number) => Math.round(n * 100) / 100

/** The days a person is available: working weekdays of the sprint that are neither holidays nor days off. */
export function availableDaysOf(sprint: SprintDates, calendar: WorkCalendar, daysOff: readonly DateRange[]): string[] {
  const holidayDates = new Set(calendar.holidays.map((h) => h.date))
  return sprintWeekdays(sprint, calendar).filter((d) => !holidayDates.has(d) && !covers(daysOff, d))
}

/**
 * `profileHours` is the person's capacity for a whole sprint; without a saved hours-per-day it is
 * spread over the sprint's working weekdays, so a holiday or a day off costs one day's share.
 */
export function capacityOf(sprint: SprintDates, calendar: WorkCalendar, profileHours: number, saved: SavedAvailability = {}): Capacity {
  const weekdays = sprintWeekdays(sprint, calendar)
  const holidayDates = new Set(calendar.holidays.map((h) => h.date))
  const daysOff = saved.daysOff ?? []
  const workingDates = weekdays.filter((d) => !holidayDates.has(d))
  const availableDays = availableDaysOf(sprint, calendar, daysOff)
  const hoursPerDay = saved.hoursPerDay ?? (weekdays.length > 0 ? profileHours / weekdays.length : 0)
  const derivedHours = round2(hoursPerDay * availableDays.length)
  const overridden = saved.overrideHours !== null && saved.overrideHours !== undefined
  return {
    hours: overridden ? saved.overrideHours! : derivedHours,
    derivedHours,
    hoursPerDay: round2(hoursPerDay),
    weekdays: weekdays.length,
    holidays: weekdays.length - workingDates.length,
    daysOff: workingDates.length - availableDays.length,
    availableDays,
    overridden,
  }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/**
 * How the capacity was reached, in words: "10 working days − 1 holiday − 2 days off = 7 days × 6 h = 42 h",
 * then the override when one replaces it.
 */
export function describeCapacity(c: Capacity): string {
  const minus = [
    c.holidays ? ` − ${plural(c.holidays, 'holiday', 'holidays')}` : '',
    c.daysOff ? ` − ${plural(c.daysOff, 'day off', 'days off')}` : '',
  ]
  const days = c.availableDays.length
  const derived = `${plural(c.weekdays, 'working day', 'working days')}${minus.join('')} = ${plural(days, 'day', 'days')} × ${formatHours(c.hoursPerDay)} = ${formatHours(c.derivedHours)}`
  return c.overridden ? `${derived}; overridden to ${formatHours(c.hours)}` : derived
}
