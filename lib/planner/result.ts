import { itemMode, resolvePolicy } from '@/lib/matching'
import type { Mode, Plan } from '@/lib/matching'
import { planChange, type PlanSide } from './diff'
import type { BuiltInput } from './input'
import type { StoredSummary } from './meta'
import { explainReplan } from './replan-why'
import { objectiveOf, summariseEngineers } from './summarise'
import type { AssignmentMap, ColumnSummary, PlanChange, PlanMeta } from './types'
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
  /** Against the base version (none for a plan from scratch): what the summary's count and "why" say. */
  change: PlanChange | null
}

/** The version a re-plan or what-if starts from, and what changed in its inputs since (replanCauses). */
export type PlanBase = PlanSide & { causes: string[] }

export function titlesOf(built: Pick<BuiltInput, 'input'>): Record<string, string> {
  return Object.fromEntries(built.input.items.map((i) => [i.id, i.title ?? i.id]))
}

export function storePlan(
  plan: Plan,
  built: BuiltInput,
  meta: Pick<PlanMeta, 'kind' | 'basedOnVersion' | 'scenario'>,
  locked: ReadonlySet<string>,
  base: PlanBase | null,
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
  const objective = objectiveOf(built.input, assignment)
  const change = base ? planChange(base, { assignment, objective }) : null
  return {
    objective,
    assignment,
    rows,
    change,
    summary: {
      ...meta,
      movedCount: change?.movedCount ?? 0,
      movedItemIds: change?.moved.map((m) => m.itemId) ?? [],
      why: base && change ? explainReplan(base.causes, change, locked.size) : [],
      balance: plan.balance ?? null,
      unplanned: built.unplanned,
      notes: built.notes,
      alternatives,
      engineers: summariseEngineers(built.input, assignment),
    },
  }
}
