import ical, { ICalCalendarMethod, ICalEventTransparency } from 'ical-generator'
import { tzlib_get_ical_block } from 'timezones-ical-library'
import type { FocusBlock } from './focus-blocks'

// Calendars as iCalendar (RFC 5545), written by ical-generator (decision 0047): it escapes text,
// folds lines at 75 octets without splitting a character, and ends lines with CRLF. A stable UID per
// event makes a re-import or a feed refresh update instead of duplicating, and SEQUENCE (the plan's
// version) tells clients which copy is newer. Without a time zone, times are "floating": 09:00 means
// 09:00 wherever the calendar lives. With one, events carry its TZID and the calendar its VTIMEZONE
// (rules from timezones-ical-library, decision 0070), so clients place them right across DST.

type EventBase = { uid: string; summary: string; description?: string; sequence?: number }
/** A focus block: busy time on one day. */
export type TimedIcsEvent = EventBase & { block: FocusBlock }
/** A whole-day span shown as free (sprint dates, days off); `last` is inclusive. */
export type AllDayIcsEvent = EventBase & { days: { first: string; last: string } }
export type IcsEvent = TimedIcsEvent | AllDayIcsEvent

/**
 * A calendar date plus minutes as the Date ical-generator formats into that wall-clock time: it
 * writes a floating Date from its UTC fields and a zoned one from its local fields, so either way the
 * output never depends on the server's zone (a server zone's own DST gap, at night, is never a block start).
 */
function wallClock(date: string, minutes: number, zoned: boolean): Date {
  const [year, month, day] = date.split('-').map(Number)
  return zoned ? new Date(year, month - 1, day, 0, minutes) : new Date(Date.UTC(year, month - 1, day, 0, minutes))
}

function nextDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number)
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10)
}

/** The VTIMEZONE block for an IANA zone; timezones-ical-library answers a bare string for unknown ones. */
function vtimezone(name: string): string | null {
  const block = tzlib_get_ical_block(name)
  return Array.isArray(block) && block[0]?.startsWith('BEGIN:VTIMEZONE') ? block[0] : null
}

export function buildIcs(calendarName: string, events: readonly IcsEvent[], now: Date, timeZone: string | null = null): string {
  const calendar = ical({
    name: calendarName,
    prodId: { company: 'Plural', product: 'Sprint planner', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  })
  const zone = timeZone && vtimezone(timeZone) ? timeZone : null
  // The zone goes on each timed event (its TZID), not on the calendar, whose zone ical-generator would
  // also use for DTSTAMP, which must stay UTC. The generator adds the VTIMEZONE of every zone in use.
  if (zone) calendar.timezone({ name: '', generator: vtimezone })
  for (const event of events) {
    const common = { id: event.uid, stamp: now, summary: event.summary, description: event.description, sequence: event.sequence }
    if ('block' in event) {
      const { date, startHour, hours } = event.block
      calendar.createEvent({
        ...common,
        start: wallClock(date, Math.round(startHour * 60), Boolean(zone)),
        end: wallClock(date, Math.round((startHour + hours) * 60), Boolean(zone)),
        floating: !zone,
        timezone: zone,
        transparency: ICalEventTransparency.OPAQUE,
      })
    } else {
      calendar.createEvent({
        ...common,
        start: wallClock(event.days.first, 0, false),
        end: wallClock(nextDay(event.days.last), 0, false), // DTEND of a whole-day event is exclusive
        allDay: true,
        transparency: ICalEventTransparency.TRANSPARENT,
      })
    }
  }
  // RFC 5545 ends every content line with CRLF, the last one too; the library leaves the final one off.
  return `${calendar.toString()}\r\n`
}
