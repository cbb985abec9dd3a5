import type { AssignmentMap, BalanceChange, ColumnSummary, MovedItem, PlanDiff } from './types'

// Differences between two assignments of the same sprint: for "what if" previews and the
// version comparison page. Pure.

export function diffAssignments(before: AssignmentMap, after: AssignmentMap): Pick<PlanDiff, 'moved' | 'added' | 'removed'> {
  const moved: MovedItem[] = []
  const added: string[] = []
  const removed: string[] = []
  for (const [itemId, to] of Object.entries(after)) {
    if (!(itemId in before)) added.push(itemId)
    else if ((before[itemId] ?? null) !== (to ?? null)) moved.push({ itemId, from: before[itemId] ?? null, to: to ?? null })
  }
  for (const itemId of Object.keys(before)) if (!(itemId in after)) removed.push(itemId)
  return { moved, added, removed }
}

/** Balance per engineer present in either plan; an engineer missing from one side shows null deep work. */
function diffBalance(before: ColumnSummary[], after: ColumnSummary[]): BalanceChange[] {
  const a = new Map(before.map((s) => [s.engineerId, s]))
  const b = new Map(after.map((s) => [s.engineerId, s]))
  const ids = [...new Set([...a.keys(), ...b.keys()])]
  return ids.map((id) => {
    const x = a.get(id)
    const y = b.get(id)
    return {
      engineerId: id,
      name: (y ?? x)?.name ?? id,
      plannedBefore: x?.plannedHours ?? 0,
      plannedAfter: y?.plannedHours ?? 0,
      deepWorkBefore: x ? x.deepWorkShare : null,
      deepWorkAfter: y ? y.deepWorkShare : null,
    }
  })
}

export function diffPlans(
  before: { assignment: AssignmentMap; objective: number; summaries: ColumnSummary[] },
  after: { assignment: AssignmentMap; objective: number; summaries: ColumnSummary[] },
): PlanDiff {
  return {
    ...diffAssignments(before.assignment, after.assignment),
    objectiveBefore: before.objective,
    objectiveAfter: after.objective,
    objectiveDelta: after.objective - before.objective,
    balance: diffBalance(before.summaries, after.summaries),
  }
}
