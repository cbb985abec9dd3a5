import fc from 'fast-check'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { calendarFeed, type FeedSprint } from '@/lib/planner/calendar-feed'
import type { FocusPlan } from '@/lib/planner/focus-calendar'

const now = new Date(Date.UTC(2026, 2, 1, 8, 0, 0))
// Monday 2 March to Friday 13 March 2026: ten working days.
const plan = (version: number, hours: number): FocusPlan => ({
  id: `plan-v${version}`,
  version,
  sprint: { name: 'Sprint 9', startDate: new Date('2026-03-02T00:00:00Z'), endDate: new Date('2026-03-13T00:00:00Z') },
  assignments: [
    { membershipId: 'm1', mode: 'craft', workItem: { title: 'Index tuning', hours }, membership: { profile: { deepWorkHoursPerDay: 2 } } },
  ],
})
const monFri = { workingDays: [1, 2, 3, 4, 5], holidays: [] }
const sprint = (version: number, hours: number, daysOff: FeedSprint['dates']['daysOff'] = []): FeedSprint => ({
  sprintId: 's9',
  plan: plan(version, hours),
  dates: { calendar: monFri, daysOff },
})
const events = (body: string) => new ICAL.Component(ICAL.parse(body)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
const day = (n: number) => `2026-03-${String(n).padStart(2, '0')}`

describe('calendarFeed', () => {
  it('never puts a focus block on a day off, whatever the days off and hours', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 13 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 1, max: 40 }),
        (first, length, hours) => {
          const off = { start: day(first), end: day(Math.min(13, first + length)) }
          const blocks = events(calendarFeed('m1', [sprint(1, hours, [off])], null, now)).filter((e) => e.summary.startsWith('Focus'))
          return blocks.every((b) => {
            const date = b.startDate.toString().slice(0, 10)
            return date < off.start || date > off.end
          })
        },
      ),
    )
  })

  it('keeps UIDs across versions so a re-publish updates events, with the version as SEQUENCE', () => {
    const v1 = events(calendarFeed('m1', [sprint(1, 8)], 'Europe/Berlin', now))
    const v2 = events(calendarFeed('m1', [sprint(2, 4)], 'Europe/Berlin', now))
    expect(v1.map((e) => e.uid)).toEqual([
      's9-sprint@plural',
      's9-m1-focus-1@plural',
      's9-m1-focus-2@plural',
      's9-m1-focus-3@plural',
      's9-m1-focus-4@plural',
    ])
    expect(v2.map((e) => e.uid)).toEqual(['s9-sprint@plural', 's9-m1-focus-1@plural', 's9-m1-focus-2@plural'])
    expect(v2.map((e) => e.sequence)).toEqual([2, 2, 2])
  })

  it('lists a range of days off once, even when two sprints both overlap it', () => {
    const off = { start: day(12), end: day(16) }
    const second: FeedSprint = { ...sprint(1, 0, [off]), sprintId: 's10' }
    const all = events(calendarFeed('m1', [sprint(1, 0, [off]), second], null, now))
    expect(all.filter((e) => e.summary === 'Day off').map((e) => [e.startDate.toString(), e.endDate.toString()])).toEqual([
      ['2026-03-12', '2026-03-17'],
    ])
    expect(all.filter((e) => e.summary === 'Sprint: Sprint 9').map((e) => e.uid)).toEqual(['s9-sprint@plural', 's10-sprint@plural'])
  })
})
