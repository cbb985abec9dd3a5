import type { AssignmentMap, BalanceChange, ColumnSummary, MovedItem, PlanChange, PlanDiff } from './types'

// Differences between two plans of the same sprint, and the one place that puts them into words:
// planChange. A re-plan's stored summary and its "why", the what-if preview, the version comparison
// and the toolbar's message all read it, so no two of them can count differently (they used to: the
// engine counted only the items it could have kept, the diff every item). Pure.

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
export function diffBalance(before: ColumnSummary[], after: ColumnSummary[]): BalanceChange[] {
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

export type PlanSide = { assignment: AssignmentMap; objective: number }

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
/** Objective changes smaller than this are float noise from summing the same values in another order. */
const NOISE = 1e-6
const oneDecimal = (n: number) => (Math.round(n * 10) / 10).toLocaleString('en-GB')

/** "No item had to move", "1 item moved", "3 items moved": also for counts stored with a version. */
export function movedWords(count: number): string {
  return count === 0 ? 'No item had to move' : `${plural(count, 'item')} moved`
}

function objectiveWords(before: number, after: number, delta: number): string {
  if (delta === 0) return `Objective unchanged at ${oneDecimal(after)}`
  const size = Math.abs(delta) < 0.05 ? 'less than 0.1' : oneDecimal(Math.abs(delta))
  return `Objective ${delta > 0 ? 'rose' : 'fell'} by ${size}, from ${oneDecimal(before)} to ${oneDecimal(after)}`
}

export function planChange(before: PlanSide, after: PlanSide): PlanChange {
  const { moved, added, removed } = diffAssignments(before.assignment, after.assignment)
  const raw = after.objective - before.objective
  const objectiveDelta = Math.abs(raw) < NOISE ? 0 : raw
  const extras = [added.length ? `${added.length} added` : '', removed.length ? `${removed.length} removed` : ''].filter(Boolean)
  const movedText = movedWords(moved.length)
  const objectiveText = objectiveWords(before.objective, after.objective, objectiveDelta)
  return {
    moved,
    added,
    removed,
    movedCount: moved.length,
    objectiveBefore: before.objective,
    objectiveAfter: after.objective,
    objectiveDelta,
    text: { moved: movedText, objective: objectiveText, headline: `${[movedText, ...extras].join(', ')}. ${objectiveText}.` },
  }
}

export function diffPlans(before: PlanSide & { summaries: ColumnSummary[] }, after: PlanSide & { summaries: ColumnSummary[] }): PlanDiff {
  return { ...planChange(before, after), balance: diffBalance(before.summaries, after.summaries) }
}
