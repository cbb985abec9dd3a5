import { itemMode, resolvePolicy } from './policy'
import { fit, orchestrationLimit } from './score'
import type { Mode, PlanInput, Policy } from './types'
import { MODES, WORK_TYPES } from './types'

/** Fit depends only on (engineer, work type, mode), so items fall into 12 x 3 classes. */
export const CLASS_COUNT = WORK_TYPES.length * MODES.length
export const DEFAULT_STABILITY_WEIGHT = 0.05
/** Slack for floating-point hour sums (hours are user numbers like 0.5 or 7.25). */
export const EPS = 1e-9

/**
 * The instance flattened into typed arrays: the solver's hot loops touch only numbers.
 * Engineers and items are referred to by their index in the input.
 */
export interface Model {
  input: PlanInput
  policy: Policy
  n: number
  m: number
  engineerIndex: Map<string, number>
  hours: Float64Array
  priority: Int32Array
  /** priority * hours: value(e, i) = weight[i] * fit of e for the item's class. */
  weight: Float64Array
  itemClass: Int32Array
  isOrchestration: Uint8Array
  modes: Mode[]
  /** Engineer index an item must go to (pin or lock), or -1. */
  fixedTo: Int32Array
  /** Engineer index of the previous plan for a free item, or -1. */
  previousOf: Int32Array
  stabilityBonus: number
  capacity: Float64Array
  orchestrationCap: Float64Array
  /** fitTable[e * CLASS_COUNT + class]. */
  fitTable: Float64Array
  /** Per class, the engineers with a positive fit, best first (ties by input order). */
  byFit: Int32Array[]
}

export function classOf(typeIndex: number, mode: Mode): number {
  return typeIndex * MODES.length + MODES.indexOf(mode)
}

/** Builds the model from an input that has already passed validateInstance. */
export function buildModel(input: PlanInput): Model {
  const policy = resolvePolicy(input.policy)
  const { engineers, items } = input
  const n = items.length
  const m = engineers.length
  const engineerIndex = new Map(engineers.map((e, k) => [e.id, k]))
  const capacity = Float64Array.from(engineers, (e) => e.capacityHours)
  const orchestrationCap = Float64Array.from(engineers, orchestrationLimit)
  const fitTable = new Float64Array(m * CLASS_COUNT)
  engineers.forEach((e, k) =>
    WORK_TYPES.forEach((type, t) => MODES.forEach((mode) => (fitTable[k * CLASS_COUNT + classOf(t, mode)] = fit(e, type, mode)))),
  )
  const byFit = Array.from({ length: CLASS_COUNT }, (_, c) => {
    const list: number[] = []
    for (let e = 0; e < m; e++) if (fitTable[e * CLASS_COUNT + c] > 0) list.push(e)
    list.sort((a, b) => fitTable[b * CLASS_COUNT + c] - fitTable[a * CLASS_COUNT + c] || a - b)
    return Int32Array.from(list)
  })

  const locked = new Set(input.previous?.locked ?? [])
  const previous = input.previous?.assignments ?? {}
  const modes = items.map((item) => itemMode(item, policy))
  const fixedTo = new Int32Array(n).fill(-1)
  const previousOf = new Int32Array(n).fill(-1)
  items.forEach((item, i) => {
    const before = engineerIndex.get(previous[item.id] ?? '') ?? -1
    if (item.pinnedTo) fixedTo[i] = engineerIndex.get(item.pinnedTo) ?? -1
    else if (locked.has(item.id)) fixedTo[i] = before
    else previousOf[i] = before
  })

  return {
    input,
    policy,
    n,
    m,
    engineerIndex,
    hours: Float64Array.from(items, (i) => i.hours),
    priority: Int32Array.from(items, (i) => i.priority),
    weight: Float64Array.from(items, (i) => i.hours * i.priority),
    itemClass: Int32Array.from(items, (item, i) => classOf(WORK_TYPES.indexOf(item.type), modes[i])),
    isOrchestration: Uint8Array.from(modes, (mode) => (mode === 'orchestration' ? 1 : 0)),
    modes,
    fixedTo,
    previousOf,
    stabilityBonus: input.previous ? (input.previous.stabilityWeight ?? DEFAULT_STABILITY_WEIGHT) : 0,
    capacity,
    orchestrationCap,
    fitTable,
    byFit,
  }
}

/** The true value of item i with engineer e (what the objective counts). */
export function valueOf(model: Model, i: number, e: number): number {
  return e < 0 ? 0 : model.weight[i] * model.fitTable[e * CLASS_COUNT + model.itemClass[i]]
}

/** What the search maximises: the value plus the stability bonus for staying put. */
export function scoreOf(model: Model, i: number, e: number): number {
  if (e < 0) return 0
  const bonus = model.previousOf[i] === e ? model.stabilityBonus : 0
  return model.weight[i] * (model.fitTable[e * CLASS_COUNT + model.itemClass[i]] + bonus)
}
