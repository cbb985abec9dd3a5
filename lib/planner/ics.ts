import ical, { ICalCalendarMethod, ICalEventTransparency } from 'ical-generator'
import type { FocusBlock } from './focus-blocks'

// Focus blocks as iCalendar (RFC 5545), written by ical-generator (decision 0047): it escapes text,
// folds lines at 75 octets without splitting a character, and ends lines with CRLF. A stable UID per
// block makes a re-import update instead of duplicating. Times are "floating" local times: 09:00
// means 09:00 wherever the engineer's calendar lives.

type IcsEvent = { uid: string; block: FocusBlock; summary: string; description: string }

/**
 * A calendar date plus hours as a Date whose UTC fields are the wall-clock time: ical-generator
 * writes a floating Date from its UTC fields, so the output never depends on the server's zone.
 */
function wallClock(date: string, hours: number): Date {
  const [year, month, day] = date.split('-').map(Number)
  return new Date(Date.UTC(year, month - 1, day, 0, Math.round(hours * 60)))
}

export function buildIcs(calendarName: string, events: readonly IcsEvent[], now: Date): string {
  const calendar = ical({
    name: calendarName,
    prodId: { company: 'Plural', product: 'Sprint planner', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  })
  for (const { uid, block, summary, description } of events) {
    calendar.createEvent({
      id: uid,
      stamp: now,
      start: wallClock(block.date, block.startHour),
      end: wallClock(block.date, block.startHour + block.hours),
      floating: true,
      summary,
      description,
      transparency: ICalEventTransparency.OPAQUE,
    })
  }
  // RFC 5545 ends every content line with CRLF, the last one too; the library leaves the final one off.
  return `${calendar.toString()}\r\n`
}
