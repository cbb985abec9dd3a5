import type { PlanChange } from './types'

// Why a re-plan moved what it moved, in plain words: what changed in the inputs since the version it
// started from, then what moved (in planChange's words, so the count matches the diff). The engine
// keeps locked and pinned items and only moves others when that pays off.

type PlanShape = { itemIds: readonly string[]; capacity: Readonly<Record<string, number>> }

const round1 = (n: number) => Math.round(n * 10) / 10
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** What changed in the sprint's items and people between the base version and now. */
export function replanCauses(before: PlanShape, after: PlanShape, names: Readonly<Record<string, string>>): string[] {
  const causes: string[] = []
  const beforeItems = new Set(before.itemIds)
  const afterItems = new Set(after.itemIds)
  const added = after.itemIds.filter((id) => !beforeItems.has(id)).length
  const dropped = before.itemIds.filter((id) => !afterItems.has(id)).length
  if (added) causes.push(`${plural(added, 'new item')} joined the sprint.`)
  if (dropped) causes.push(`${plural(dropped, 'item')} left the sprint or were done.`)
  for (const [id, hours] of Object.entries(before.capacity)) {
    const now = after.capacity[id]
    if (now === undefined) causes.push(`${names[id] ?? 'Someone'} is no longer planned.`)
    else if (Math.abs(now - hours) > 1e-9) causes.push(`${names[id] ?? 'Someone'} now has ${round1(now)} h instead of ${round1(hours)} h.`)
  }
  for (const id of Object.keys(after.capacity)) if (!(id in before.capacity)) causes.push(`${names[id] ?? 'Someone'} joined the plan.`)
  return causes
}

export function explainReplan(causes: readonly string[], change: Pick<PlanChange, 'movedCount' | 'text'>, lockedCount: number): string[] {
  const why = [...causes]
  if (change.movedCount === 0) why.push(`${change.text.moved}: the previous placement still fits best.`)
  else if (causes.length === 0) why.push(`${change.text.moved} because the new placement fits clearly better than staying put.`)
  else why.push(`${change.text.moved} to absorb these changes.`)
  if (lockedCount) why.push(`${plural(lockedCount, 'locked item')} kept their engineer.`)
  return why
}
