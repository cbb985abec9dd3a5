import type { Scenario } from './types'

// Turns the what-if form (days off as dates, or hours, per person; people taken out) into a Scenario
// that keeps the base plan's earlier what-if edits, and the days off to send with it: the server
// derives those people's hours from dates again (lib/planner/capacity.ts), as availability does.

/** A range of days off as the form holds it: the last day may be left blank for a single day. */
type DayOffEdit = { start: string; end?: string }
export type WhatIfEdit = { engineerId: string; daysOff?: DayOffEdit | null; hours?: number | null; removed?: boolean }

const statesHours = (edit: WhatIfEdit) => edit.hours !== null && edit.hours !== undefined && Number.isFinite(edit.hours)

export function applyEdits(base: Scenario, edits: readonly WhatIfEdit[]): Scenario {
  const capacity = { ...base.capacity }
  const removed = new Set(base.removed)
  for (const edit of edits) {
    if (edit.removed) removed.add(edit.engineerId)
    if (statesHours(edit)) capacity[edit.engineerId] = Math.max(0, edit.hours!)
  }
  return { capacity, removed: [...removed] }
}

/** Days off per person; stated hours win over days off for the same person (they already say the total). */
export function daysOffOf(edits: readonly WhatIfEdit[]): Record<string, { startDate: string; endDate: string }[]> {
  return Object.fromEntries(
    edits
      .filter((e) => e.daysOff?.start && !statesHours(e))
      .map((e) => [e.engineerId, [{ startDate: e.daysOff!.start, endDate: e.daysOff!.end || e.daysOff!.start }]]),
  )
}

/** Whether the edits change anything at all (an empty what-if is not worth a round trip). */
export function hasChanges(edits: readonly WhatIfEdit[]): boolean {
  return edits.some((e) => e.removed || statesHours(e) || Boolean(e.daysOff?.start))
}

/**
 * Keeps a what-if to the sprint team's `members`. Ids carried over from the `base` version's scenario
 * whose person has since left the team are dropped (the panel sends the base scenario back with its
 * edits, so a departure must not block every later what-if); any other id is `unknown`, and the caller
 * refuses the what-if so no foreign or made-up id reaches a saved version.
 */
export function scopeScenario(scenario: Scenario, base: Scenario, members: ReadonlySet<string>): { scenario: Scenario; unknown: string[] } {
  const carried = new Set([...Object.keys(base.capacity), ...base.removed])
  const ids = new Set([...Object.keys(scenario.capacity), ...scenario.removed])
  const unknown = [...ids].filter((id) => !members.has(id) && !carried.has(id))
  const capacity = Object.fromEntries(Object.entries(scenario.capacity).filter(([id]) => members.has(id)))
  return { scenario: { capacity, removed: scenario.removed.filter((id) => members.has(id)) }, unknown }
}
