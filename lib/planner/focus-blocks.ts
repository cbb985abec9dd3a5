// Suggested focus blocks for an engineer's craft and hybrid hours: uninterrupted blocks of at least
// two hours on working days (Mon-Fri) of the sprint, spread evenly so deep work does not pile up at
// the end. Dates are calendar dates (YYYY-MM-DD) so the result never depends on the server's zone.

export const MIN_BLOCK_HOURS = 2
const MAX_BLOCK_HOURS = 8

export type FocusBlock = { date: string; startHour: number; hours: number }
type FocusPlan = { blocks: FocusBlock[]; coveredHours: number; uncoveredHours: number }
type FocusOptions = { maxHoursPerDay?: number; dayStartHour?: number }

const DAY_MS = 86_400_000
const ceilHalf = (n: number) => Math.ceil(n * 2 - 1e-9) / 2

function parseDate(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!match) throw new Error(`Not a calendar date (YYYY-MM-DD): ${date}`)
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
}

const formatDate = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/** Monday to Friday between the two dates, both included. */
export function workingDays(startDate: string, endDate: string): string[] {
  const days: string[] = []
  for (let t = parseDate(startDate); t <= parseDate(endDate); t += DAY_MS) {
    const weekday = new Date(t).getUTCDay()
    if (weekday !== 0 && weekday !== 6) days.push(formatDate(t))
  }
  return days
}

export function focusBlocks(startDate: string, endDate: string, hours: number, options: FocusOptions = {}): FocusPlan {
  const days = workingDays(startDate, endDate)
  if (!(hours > 0) || days.length === 0) return { blocks: [], coveredHours: 0, uncoveredHours: Math.max(0, hours) }
  const total = Math.max(MIN_BLOCK_HOURS, ceilHalf(hours))
  const perDay = Math.min(MAX_BLOCK_HOURS, Math.max(MIN_BLOCK_HOURS, options.maxHoursPerDay ?? 4))
  const count = Math.min(days.length, Math.ceil(total / perDay))
  // With fewer working days than the hours need, blocks grow up to a full working day.
  const length = Math.min(MAX_BLOCK_HOURS, Math.max(MIN_BLOCK_HOURS, ceilHalf(total / count)))
  const blocks: FocusBlock[] = []
  let remaining = total
  for (let k = 0; k < count && remaining > 0; k++) {
    const blockHours = Math.max(MIN_BLOCK_HOURS, Math.min(length, remaining))
    blocks.push({ date: days[Math.floor((k * days.length) / count)], startHour: options.dayStartHour ?? 9, hours: blockHours })
    remaining -= blockHours
  }
  const coveredHours = blocks.reduce((sum, b) => sum + b.hours, 0)
  return { blocks, coveredHours, uncoveredHours: Math.max(0, hours - coveredHours) }
}
