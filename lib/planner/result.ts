import { itemMode, resolvePolicy } from '@/lib/matching'
import type { Mode, Plan } from '@/lib/matching'
import type { BuiltInput } from './input'
import type { StoredSummary } from './meta'
import { objectiveOf, summariseEngineers } from './summarise'
import type { AssignmentMap, ColumnSummary, PlanMeta } from './types'
import { makeHumaniser } from './words'

// Turns the engine's Plan into what gets stored: one row per item (unassigned items too, with their
// reason) and a summary JSON the board, the comparison and "My sprint" read back.

export type AssignmentRow = {
  workItemId: string
  membershipId: string | null
  mode: Mode
  fit: number
  value: number
  reasons: string[]
  locked: boolean
}
export type StoredPlan = {
  objective: number
  summary: StoredSummary & { engineers: ColumnSummary[] }
  rows: AssignmentRow[]
  assignment: AssignmentMap
}

export function titlesOf(built: Pick<BuiltInput, 'input'>): Record<string, string> {
  return Object.fromEntries(built.input.items.map((i) => [i.id, i.title ?? i.id]))
}

export function storePlan(
  plan: Plan,
  built: BuiltInput,
  meta: Pick<PlanMeta, 'kind' | 'basedOnVersion' | 'why' | 'scenario'>,
  locked: ReadonlySet<string>,
): StoredPlan {
  const titles = titlesOf(built)
  const policy = resolvePolicy(built.input.policy)
  const itemsById = new Map(built.input.items.map((i) => [i.id, i]))
  const say = makeHumaniser(titles)
  const rows: AssignmentRow[] = [
    ...plan.assignments.map((a) => ({
      workItemId: a.itemId,
      membershipId: a.engineerId,
      mode: a.mode,
      fit: a.fit,
      value: a.value,
      reasons: a.reasons.map(say),
      locked: locked.has(a.itemId),
    })),
    ...plan.unassigned.map((u) => {
      const item = itemsById.get(u.itemId)
      return {
        workItemId: u.itemId,
        membershipId: null,
        mode: item ? itemMode(item, policy) : ('hybrid' as Mode),
        fit: 0,
        value: 0,
        reasons: [say(u.reason)],
        locked: false,
      }
    }),
  ]
  const assignment: AssignmentMap = Object.fromEntries(rows.map((r) => [r.workItemId, r.membershipId]))
  const alternatives = Object.fromEntries(
    plan.assignments.filter((a) => a.alternative).map((a) => [a.itemId, { ...a.alternative!, note: say(a.alternative!.note) }]),
  )
  return {
    objective: objectiveOf(built.input, assignment),
    assignment,
    rows,
    summary: {
      ...meta,
      movedCount: plan.movedCount,
      movedItemIds: plan.movedItemIds,
      unplanned: built.unplanned,
      notes: built.notes,
      alternatives,
      engineers: summariseEngineers(built.input, assignment),
    },
  }
}
