import type { Scenario } from './types'

// Turns the what-if form (days off or hours per person, people taken out) into a Scenario that keeps
// the base plan's earlier what-if edits.

export const WORKDAY_HOURS = 8

export type WhatIfEdit = { engineerId: string; daysOff?: number | null; hours?: number | null; removed?: boolean }

export function applyEdits(base: Scenario, currentHours: Readonly<Record<string, number>>, edits: readonly WhatIfEdit[]): Scenario {
  const capacity = { ...base.capacity }
  const removed = new Set(base.removed)
  for (const edit of edits) {
    if (edit.removed) removed.add(edit.engineerId)
    const current = currentHours[edit.engineerId]
    if (edit.hours !== null && edit.hours !== undefined && Number.isFinite(edit.hours)) capacity[edit.engineerId] = Math.max(0, edit.hours)
    else if (edit.daysOff && current !== undefined) capacity[edit.engineerId] = Math.max(0, current - edit.daysOff * WORKDAY_HOURS)
  }
  return { capacity, removed: [...removed] }
}

/** Whether the edits change anything at all (an empty what-if is not worth a round trip). */
export function hasChanges(edits: readonly WhatIfEdit[]): boolean {
  return edits.some((e) => e.removed || (e.hours !== null && e.hours !== undefined && Number.isFinite(e.hours)) || Boolean(e.daysOff))
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
