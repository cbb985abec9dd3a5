// Why a re-plan moved what it moved, in plain words: what changed in the inputs since the version it
// started from. The engine keeps locked and pinned items and only moves others when that pays off.

type PlanShape = { itemIds: readonly string[]; capacity: Readonly<Record<string, number>> }

const round1 = (n: number) => Math.round(n * 10) / 10
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

export function explainReplan(
  before: PlanShape,
  after: PlanShape,
  movedCount: number,
  lockedCount: number,
  names: Readonly<Record<string, string>>,
): string[] {
  const why: string[] = []
  const beforeItems = new Set(before.itemIds)
  const afterItems = new Set(after.itemIds)
  const added = after.itemIds.filter((id) => !beforeItems.has(id)).length
  const dropped = before.itemIds.filter((id) => !afterItems.has(id)).length
  if (added) why.push(`${plural(added, 'new item')} joined the sprint.`)
  if (dropped) why.push(`${plural(dropped, 'item')} left the sprint or were done.`)
  for (const [id, hours] of Object.entries(before.capacity)) {
    const now = after.capacity[id]
    if (now === undefined) why.push(`${names[id] ?? 'Someone'} is no longer planned.`)
    else if (Math.abs(now - hours) > 1e-9) why.push(`${names[id] ?? 'Someone'} now has ${round1(now)} h instead of ${round1(hours)} h.`)
  }
  for (const id of Object.keys(after.capacity)) if (!(id in before.capacity)) why.push(`${names[id] ?? 'Someone'} joined the plan.`)
  if (movedCount === 0) why.push('No item had to move: the previous placement still fits best.')
  else if (why.length === 0) why.push(`${plural(movedCount, 'item')} moved because the new placement fits clearly better than staying put.`)
  else why.push(`To absorb these changes, ${plural(movedCount, 'item')} moved.`)
  if (lockedCount) why.push(`${plural(lockedCount, 'locked item')} kept their engineer.`)
  return why
}
