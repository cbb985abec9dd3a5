// Suggested focus blocks for an engineer's craft and hybrid hours: uninterrupted blocks of at least
// two hours on the days the engineer is available (lib/planner/capacity.ts: working days that are
// neither holidays nor their days off), spread evenly so deep work does not pile up at the end.
// Dates are calendar dates (YYYY-MM-DD) so the result never depends on the server's zone.

export const MIN_BLOCK_HOURS = 2
const MAX_BLOCK_HOURS = 8

export type FocusBlock = { date: string; startHour: number; hours: number }
type FocusPlan = { blocks: FocusBlock[]; coveredHours: number; uncoveredHours: number }
type FocusOptions = { maxHoursPerDay?: number; dayStartHour?: number }

const ceilHalf = (n: number) => Math.ceil(n * 2 - 1e-9) / 2

/** `days`: the available days, in order. */
export function focusBlocks(days: readonly string[], hours: number, options: FocusOptions = {}): FocusPlan {
  if (!(hours > 0) || days.length === 0) return { blocks: [], coveredHours: 0, uncoveredHours: Math.max(0, hours) }
  const total = Math.max(MIN_BLOCK_HOURS, ceilHalf(hours))
  const perDay = Math.min(MAX_BLOCK_HOURS, Math.max(MIN_BLOCK_HOURS, options.maxHoursPerDay ?? 4))
  const count = Math.min(days.length, Math.ceil(total / perDay))
  // With fewer available days than the hours need, blocks grow up to a full working day.
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
