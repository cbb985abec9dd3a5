import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { buildIcs } from '@/lib/planner/ics'

// The focus-block calendar is read back with a real iCalendar parser (ical.js), so these tests pin
// what a calendar app sees, not how the writer happens to format it.

const now = new Date(Date.UTC(2026, 2, 1, 8, 5, 9))
const description = `Deep work for: ${'Cut p99 latency; tune the index, carefully. '.repeat(4)}Ünïcödé ✓ ${'é'.repeat(80)}\\done`
const ics = buildIcs(
  'Focus, blocks',
  [
    { uid: 'p1-m1-1@plural', block: { date: '2026-03-02', startHour: 9, hours: 2.5 }, summary: 'Focus block; deep', description },
    { uid: 'p1-m1-2@plural', block: { date: '2026-03-04', startHour: 9, hours: 4 }, summary: 'Focus block', description: 'Short' },
  ],
  now,
)

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) }
}

describe('buildIcs', () => {
  it('uses CRLF everywhere, wraps the calendar and ends with a line break', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Plural//Sprint planner//EN\r\n')).toBe(true)
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('folds lines at 75 octets without splitting a character', () => {
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    expect(ics).toContain('\r\n ')
    expect(ics).not.toContain('\uFFFD')
  })

  it('parses as a published calendar with its name', () => {
    const { calendar } = parse(ics)
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH')
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Focus, blocks')
  })

  it('has a stable UID, DTSTAMP in UTC and floating local start and end per block', () => {
    const { events } = parse(ics)
    expect(events.map((e) => e.uid)).toEqual(['p1-m1-1@plural', 'p1-m1-2@plural'])
    const [first] = events
    const stamp = first.component.getFirstPropertyValue('dtstamp') as ICAL.Time
    expect(stamp.toString()).toBe('2026-03-01T08:05:09Z')
    expect(first.startDate.toString()).toBe('2026-03-02T09:00:00')
    expect(first.endDate.toString()).toBe('2026-03-02T11:30:00')
    // Floating: no zone of its own, so 09:00 stays 09:00 in whatever zone the calendar app is in.
    expect(first.startDate.zone).toBe(ICAL.Timezone.localTimezone)
    expect(first.component.getFirstPropertyValue('transp')).toBe('OPAQUE')
  })

  it('escapes text so ; , \\ and non-ASCII characters read back unchanged', () => {
    const [first] = parse(ics).events
    expect(first.summary).toBe('Focus block; deep')
    expect(first.description).toBe(description)
  })

  it('does not depend on the server time zone', () => {
    const zone = process.env.TZ
    try {
      process.env.TZ = 'Pacific/Kiritimati'
      const elsewhere = buildIcs(
        'Focus, blocks',
        [{ uid: 'u@plural', block: { date: '2026-03-02', startHour: 9, hours: 2 }, summary: 's', description: 'd' }],
        now,
      )
      expect(parse(elsewhere).events[0].startDate.toString()).toBe('2026-03-02T09:00:00')
    } finally {
      if (zone === undefined) delete process.env.TZ
      else process.env.TZ = zone
    }
  })
})

describe('buildIcs in a time zone, with whole-day events', () => {
  const zonedIcs = buildIcs(
    'Feed',
    [
      { uid: 's1-focus-1@plural', block: { date: '2026-03-30', startHour: 9, hours: 3 }, summary: 'Focus block', sequence: 2 },
      { uid: 's1-sprint@plural', days: { first: '2026-03-30', last: '2026-04-10' }, summary: 'Sprint 7' },
    ],
    now,
    'Europe/Berlin',
  )
  const { calendar, events } = parse(zonedIcs)

  it('carries the zone’s VTIMEZONE with its daylight-saving rules, and zoned focus blocks', () => {
    const zone = calendar.getFirstSubcomponent('vtimezone')
    expect(zone?.getFirstPropertyValue('tzid')).toBe('Europe/Berlin')
    expect(zone?.getAllSubcomponents().map((c) => c.name)).toEqual(['daylight', 'standard'])
    const [focus] = events
    expect(focus.startDate.toString()).toBe('2026-03-30T09:00:00')
    expect(focus.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Berlin')
    expect(focus.sequence).toBe(2)
    // 09:00 in Berlin on a summer-time day is 07:00 UTC.
    const utc = focus.startDate.convertToZone(ICAL.Timezone.utcTimezone)
    expect(utc.hour).toBe(7)
  })

  it('writes sprint dates as a free whole-day span whose end is the day after the last', () => {
    const sprint = events[1]
    expect(sprint.startDate.isDate).toBe(true)
    expect(sprint.startDate.toString()).toBe('2026-03-30')
    expect(sprint.endDate.toString()).toBe('2026-04-11')
    expect(sprint.component.getFirstPropertyValue('transp')).toBe('TRANSPARENT')
  })

  it('falls back to floating times for a zone it has no rules for', () => {
    const floating = parse(
      buildIcs('Feed', [{ uid: 'x', block: { date: '2026-03-02', startHour: 9, hours: 2 }, summary: 'F' }], now, 'Mars/Olympus'),
    )
    expect(floating.calendar.getFirstSubcomponent('vtimezone')).toBeNull()
    expect(floating.events[0].startDate.zone).toBe(ICAL.Timezone.localTimezone)
  })
})
