import { byName } from '@/lib/metrics/group'
import type { CardView, ColumnSummary } from './types'

// Pure helpers behind the client board's state. A move replaces only the two lanes and the one card
// it touches, so memoised columns and cards elsewhere keep their identity and do not re-render.

export type Lanes = Record<string, CardView[]>
/** The Unassigned lane's key. */
const UNASSIGNED_LANE = ''

export const laneOf = (engineerId: string | null) => engineerId ?? UNASSIGNED_LANE

/** Priority, then size, then title in code-point order (the same in the server's HTML and the browser, and far cheaper than localeCompare). */
function byBoardOrder(a: CardView, b: CardView): number {
  return b.priority - a.priority || b.hours - a.hours || byName(a.title, b.title)
}

export function buildLanes(engineerIds: readonly string[], cards: readonly CardView[]): Lanes {
  const lanes: Lanes = { [UNASSIGNED_LANE]: [] }
  for (const id of engineerIds) lanes[id] = []
  for (const card of cards) (lanes[laneOf(card.engineerId)] ??= []).push(card)
  for (const key of Object.keys(lanes)) lanes[key].sort(byBoardOrder)
  return lanes
}

/** Replaces `updated` (same item id) wherever it sits now and files it under its (possibly new) lane. */
export function replaceCard(lanes: Lanes, previous: CardView, updated: CardView): Lanes {
  const from = laneOf(previous.engineerId)
  const to = laneOf(updated.engineerId)
  const next: Lanes = { ...lanes, [from]: (lanes[from] ?? []).filter((c) => c.itemId !== previous.itemId) }
  next[to] = [...(next[to] ?? []), updated].sort(byBoardOrder)
  return next
}

/** Keeps the old summary object for every engineer whose figures did not change. */
export function mergeSummaries(
  previous: Readonly<Record<string, ColumnSummary>>,
  fresh: readonly ColumnSummary[],
): Record<string, ColumnSummary> {
  const out: Record<string, ColumnSummary> = {}
  for (const summary of fresh) {
    const old = previous[summary.engineerId]
    out[summary.engineerId] = old && JSON.stringify(old) === JSON.stringify(summary) ? old : summary
  }
  return out
}

/** Above this many cards a board opens only its first columns; the rest show their balance and a button. */
const OPEN_BOARD_CARDS = 60
export const OPEN_LANES = 3
export const LANE_PREVIEW = 6

/**
 * How many cards each lane renders at first (Infinity: all). A small sprint shows everything; a large one
 * opens the first engineers and the Unassigned lane a few cards deep, so a 400-item board stays light.
 */
export function initialLimits(laneKeys: readonly string[], lanes: Lanes): Record<string, number> {
  const total = laneKeys.reduce((sum, lane) => sum + (lanes[lane]?.length ?? 0), 0)
  return Object.fromEntries(
    laneKeys.map((lane, i) => [lane, total <= OPEN_BOARD_CARDS ? Infinity : lane === UNASSIGNED_LANE || i < OPEN_LANES ? LANE_PREVIEW : 0]),
  )
}
