import type { CardView, ColumnSummary } from './types'

// Pure helpers behind the client board's state. A move replaces only the two lanes and the one card
// it touches, so memoised columns and cards elsewhere keep their identity and do not re-render.

export type Lanes = Record<string, CardView[]>
/** The Unassigned lane's key. */
export const UNASSIGNED_LANE = ''

export const laneOf = (engineerId: string | null) => engineerId ?? UNASSIGNED_LANE

export function byBoardOrder(a: CardView, b: CardView): number {
  return b.priority - a.priority || b.hours - a.hours || a.title.localeCompare(b.title)
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
export function mergeSummaries(previous: Readonly<Record<string, ColumnSummary>>, fresh: readonly ColumnSummary[]): Record<string, ColumnSummary> {
  const out: Record<string, ColumnSummary> = {}
  for (const summary of fresh) {
    const old = previous[summary.engineerId]
    out[summary.engineerId] = old && JSON.stringify(old) === JSON.stringify(summary) ? old : summary
  }
  return out
}
