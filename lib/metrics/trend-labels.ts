// Labels for trend points. A point names its sprints and their dates, so no two points read alike
// even when teams' sprints do not line up (an organisation point gathers each team's n-th newest).

const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' })
const dayMonthYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })

/** "3–16 Nov", "27 Oct – 9 Nov", or with years when the range crosses one: "22 Dec 2026 – 4 Jan 2027". */
export function sprintDates(start: Date, end: Date): string {
  if (start.getUTCFullYear() !== end.getUTCFullYear()) return `${dayMonthYear.format(start)} – ${dayMonthYear.format(end)}`
  if (start.getUTCMonth() === end.getUTCMonth()) return `${start.getUTCDate()}–${dayMonth.format(end)}`
  return `${dayMonth.format(start)} – ${dayMonth.format(end)}`
}

/** Sprints named in a label before the rest are counted ("A, B and 3 more"). */
const NAMED_SPRINTS = 2

/** The sprints of one point, by name, then the dates they span together. */
export function trendLabel(sprints: readonly { name: string; startDate: Date; endDate: Date }[]): { label: string; dates: string } {
  const start = sprints.reduce((min, s) => (s.startDate < min ? s.startDate : min), sprints[0].startDate)
  const end = sprints.reduce((max, s) => (s.endDate > max ? s.endDate : max), sprints[0].endDate)
  const names = [...new Set(sprints.map((s) => s.name))]
  const named =
    names.length <= NAMED_SPRINTS
      ? names.join(', ')
      : `${names.slice(0, NAMED_SPRINTS).join(', ')} and ${names.length - NAMED_SPRINTS} more`
  const dates = sprintDates(start, end)
  return { label: `${named} (${dates})`, dates }
}

/** Labels made unique in order: a repeat gets " #2", " #3"…, so charts and tables never show two alike. */
export function uniqueLabels(labels: readonly string[]): string[] {
  const seen = new Map<string, number>()
  return labels.map((label) => {
    const count = (seen.get(label) ?? 0) + 1
    seen.set(label, count)
    return count === 1 ? label : `${label} #${count}`
  })
}
