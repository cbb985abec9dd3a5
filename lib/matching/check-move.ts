import { buildModel, CLASS_COUNT, EPS, valueOf } from './model'
import { preferenceSign, primaryType } from './score'
import { PlanState } from './state'
import { HIGH_LOAD_SHARE, NEAR_DEEP_WORK_LIMIT_SHARE } from './summary'
import type { PlanInput } from './types'
import { engineerName, fitText, hoursText, percent, round } from './words'

export type HardRule = 'unknown-record' | 'pin' | 'lock' | 'capacity' | 'deep-work'

export type MoveCheck =
  | { allowed: false; rule: HardRule; reason: string }
  | {
      allowed: true
      /** Change in the plan's objective (negative = the move costs value). */
      objectiveDelta: number
      warnings: string[]
    }

/**
 * Whether moving one item (drag and drop on the planner board) keeps every hard
 * rule, and what it costs in soft goals. `current` maps item ids to engineer ids
 * (missing or null = unassigned); `to` null means "take it off the plan".
 */
export function checkMove(
  input: PlanInput,
  current: Readonly<Record<string, string | null | undefined>>,
  itemId: string,
  to: string | null,
): MoveCheck {
  const model = buildModel(input)
  const i = input.items.findIndex((item) => item.id === itemId)
  const target = to === null ? -1 : (model.engineerIndex.get(to) ?? -2)
  if (i < 0) return refuse('unknown-record', `There is no item "${itemId}".`)
  if (target === -2) return refuse('unknown-record', `There is no engineer "${to}".`)
  const assign = input.items.map((item) => model.engineerIndex.get(current[item.id] ?? '') ?? -1)
  const state = PlanState.from(model, assign)
  const from = state.assign[i]
  const item = input.items[i]
  if (item.pinnedTo && model.fixedTo[i] !== target) {
    return refuse('pin', `${itemId} is pinned to ${engineerName(model, model.fixedTo[i])}; unpin it first.`)
  }
  if (!item.pinnedTo && model.fixedTo[i] >= 0 && model.fixedTo[i] !== target) {
    return refuse('lock', `${itemId} is locked to ${engineerName(model, model.fixedTo[i])} from the previous plan.`)
  }
  if (target === from) return { allowed: true, objectiveDelta: 0, warnings: [] }
  const delta = valueOf(model, i, target) - valueOf(model, i, from)
  if (target < 0) return { allowed: true, objectiveDelta: round(delta, 6), warnings: [`Takes ${itemId} off the plan.`] }

  state.remove(i)
  const name = engineerName(model, target)
  const capacity = model.capacity[target]
  const after = state.load[target] + model.hours[i]
  if (after > capacity + EPS) {
    return refuse('capacity', `${name} would have ${hoursText(after)} planned, over their capacity of ${hoursText(capacity)}.`)
  }
  const orchestration = state.orchestrationLoad[target] + (model.isOrchestration[i] ? model.hours[i] : 0)
  if (orchestration > model.orchestrationCap[target] + EPS) {
    return refuse(
      'deep-work',
      `${name} is a craftsperson: ${hoursText(orchestration)} of orchestration work would pass 40% of their capacity (deep-work rule).`,
    )
  }
  const engineer = input.engineers[target]
  const warnings: string[] = []
  if (delta < -EPS) {
    const fit = model.fitTable[target * CLASS_COUNT + model.itemClass[i]]
    warnings.push(`Lowers the plan's value by ${round(-delta)} (fit ${fitText(fit)} for ${name}).`)
  }
  if (after > HIGH_LOAD_SHARE * capacity) warnings.push(`${name} would be ${percent(after / capacity)} loaded.`)
  if (primaryType(engineer.affinity) === 'craft' && orchestration >= NEAR_DEEP_WORK_LIMIT_SHARE * capacity) {
    warnings.push(`${name}'s orchestration work would be ${percent(orchestration / capacity)} of capacity, near the 40% limit.`)
  }
  if (preferenceSign(engineer, item.type) < 0) warnings.push(`${name} avoids ${item.type} work.`)
  if (engineer.preferredMode && engineer.preferredMode !== model.modes[i]) {
    warnings.push(`${name} prefers ${engineer.preferredMode} work; this is ${model.modes[i]} work.`)
  }
  return { allowed: true, objectiveDelta: round(delta, 6), warnings }
}

function refuse(rule: HardRule, reason: string): MoveCheck {
  return { allowed: false, rule, reason }
}
