import { describe, expect, it } from 'vitest'
import { buildIcs, escapeText, foldLine } from '@/lib/planner/ics'

/** A tiny RFC 5545 reader: unfold, then split into properties. */
function parse(ics: string) {
  const unfolded = ics.replace(/\r\n /g, '')
  const events = unfolded.split('BEGIN:VEVENT').slice(1).map((chunk) =>
    Object.fromEntries(chunk.split('\r\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1)])),
  )
  return { unfolded, events }
}

describe('ics', () => {
  const now = new Date(Date.UTC(2026, 2, 1, 8, 5, 9))
  const ics = buildIcs('Focus, blocks', [
    { uid: 'p1-m1-1@plural', block: { date: '2026-03-02', startHour: 9, hours: 2.5 }, summary: 'Focus block', description: `Deep work for: ${'Cut p99 latency; tune the index, carefully. '.repeat(4)}Ünïcödé ✓` },
  ], now)

  it('uses CRLF everywhere and wraps the calendar', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true)
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('folds lines at 75 octets', () => {
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    expect(ics).toContain('\r\n ')
  })

  it('has UID, DTSTAMP in UTC and floating local start/end', () => {
    const { events } = parse(ics)
    expect(events).toHaveLength(1)
    expect(events[0].UID).toBe('p1-m1-1@plural')
    expect(events[0].DTSTAMP).toBe('20260301T080509Z')
    expect(events[0].DTSTART).toBe('20260302T090000')
    expect(events[0].DTEND).toBe('20260302T113000')
    expect(events[0].DESCRIPTION).toContain('Cut p99 latency\\; tune the index\\, carefully.')
    expect(events[0].DESCRIPTION).toContain('Ünïcödé ✓')
    expect(parse(ics).unfolded).toContain('X-WR-CALNAME:Focus\\, blocks')
  })

  it('escapes text and never splits a multi-byte character when folding', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne')
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(80)}`)
    expect(folded.split('\r\n ').join('')).toBe(`DESCRIPTION:${'é'.repeat(80)}`)
  })
})
