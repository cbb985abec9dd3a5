import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { AppError } from '@/lib/core/app-error'
import { focusCalendar, type FocusPlan } from '@/lib/planner/focus-calendar'

const now = new Date(Date.UTC(2026, 2, 1, 8, 0, 0))
const profile = (deepWorkHoursPerDay: number) => ({ profile: { deepWorkHoursPerDay } })
const plan: FocusPlan = {
  id: 'p1',
  version: 2,
  // Monday 2 March to Friday 13 March 2026: ten working days.
  sprint: { name: 'Sprint 9', startDate: new Date('2026-03-02T00:00:00Z'), endDate: new Date('2026-03-13T00:00:00Z') },
  assignments: [
    { membershipId: 'm1', mode: 'craft', workItem: { title: 'Index tuning', hours: 6 }, membership: profile(3) },
    { membershipId: 'm1', mode: 'hybrid', workItem: { title: 'Retry policy', hours: 4 }, membership: profile(3) },
    { membershipId: 'm1', mode: 'orchestration', workItem: { title: 'Release notes', hours: 5 }, membership: profile(3) },
    { membershipId: 'm2', mode: 'craft', workItem: { title: 'Parser', hours: 2 }, membership: null },
    { membershipId: null, mode: 'craft', workItem: { title: 'Nobody', hours: 8 }, membership: null },
  ],
}

const monFri = { calendar: { workingDays: [1, 2, 3, 4, 5], holidays: [] }, daysOff: [] }

const events = (body: string) => new ICAL.Component(ICAL.parse(body)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
const refusal = (call: () => unknown) => {
  try {
    call()
  } catch (error) {
    return error instanceof AppError ? error.code : 'not an AppError'
  }
  return 'no refusal'
}

describe('focusCalendar', () => {
  it("blocks the member's craft and hybrid hours, at most their preferred deep-work hours a day", () => {
    const file = focusCalendar(plan, { member: 'm1', self: 'm1', planner: false }, monFri, now)
    expect(file).toMatchObject({ filename: 'focus-Sprint 9-v2.ics', contentType: 'text/calendar' })
    const blocks = events(file.body)
    expect(blocks.map((e) => e.uid)).toEqual(['p1-m1-1@plural', 'p1-m1-2@plural', 'p1-m1-3@plural', 'p1-m1-4@plural'])
    const hours = blocks.map((e) => e.duration.toSeconds() / 3600)
    expect(hours.reduce((a, b) => a + b, 0)).toBe(10)
    for (const h of hours) expect(h).toBeLessThanOrEqual(3)
    expect(blocks[0].summary).toBe('Focus block: Sprint 9')
    expect(blocks[0].description).toBe('Uninterrupted deep work for: Index tuning; Retry policy')
  })

  it('falls back to four hours a day without a profile', () => {
    const blocks = events(focusCalendar(plan, { member: 'm2', self: 'm2', planner: false }, monFri, now).body)
    expect(blocks.map((e) => e.duration.toSeconds() / 3600)).toEqual([2])
  })

  it('gives a member without items an empty calendar of their own', () => {
    const file = focusCalendar(plan, { member: 'm3', self: 'm3', planner: false }, monFri, now)
    expect(file.body).toMatch(/^BEGIN:VCALENDAR\r\n/)
    expect(events(file.body)).toEqual([])
  })

  it("gives someone else's blocks to planners only, and only for a member of the plan; both refusals read as not found", () => {
    expect(refusal(() => focusCalendar(plan, { member: 'm2', self: 'm1', planner: false }, monFri, now))).toBe('NOT_FOUND')
    expect(refusal(() => focusCalendar(plan, { member: 'm9', self: 'm1', planner: true }, monFri, now))).toBe('NOT_FOUND')
    expect(events(focusCalendar(plan, { member: 'm2', self: 'm1', planner: true }, monFri, now).body)).toHaveLength(1)
  })
  it('never books a block on a day off, a holiday or a weekday the organisation does not work', () => {
    const dates = {
      calendar: { workingDays: [1, 2, 3, 4], holidays: [{ date: '2026-03-04', name: 'Founders day' }] },
      daysOff: [
        { start: '2026-03-02', end: '2026-03-03' },
        { start: '2026-03-09', end: '2026-03-09' },
      ],
    }
    const days = events(focusCalendar(plan, { member: 'm1', self: 'm1', planner: false }, dates, now).body).map((e) =>
      e.startDate.toString().slice(0, 10),
    )
    // Left: Thu 5, Tue 10, Wed 11, Thu 12; ten craft and hybrid hours need four blocks of at most three.
    expect(days).toEqual(['2026-03-05', '2026-03-10', '2026-03-11', '2026-03-12'])
  })
})
