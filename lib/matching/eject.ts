import type { Model } from './model'
import { CLASS_COUNT, EPS } from './model'
import type { PlanState } from './state'

// Module-local copies of hot imported constants (imported bindings compile to getters).
const C = CLASS_COUNT
const TOLERANCE = EPS

export class Ejection {
  /** Items engineer e gives up (cheapest per hour first) so that item i fits. */
  readonly ejected: number[] = []
  /** Their score with e, i.e. what the plan loses by dropping them. */
  lost = 0
}

/**
 * The cheapest-per-hour items engineer e would have to drop to take item i; null
 * if even dropping every free item is not enough (pins and locks never move).
 * Used both as a search move and to price "what if it went to them instead".
 * The search passes its own `into`, overwritten on every call, so it allocates nothing.
 */
export function ejectionFor(
  state: PlanState,
  i: number,
  e: number,
  cheapest: ArrayLike<number> = cheapestFirst(state.model, state.members[e], e),
  into: Ejection = new Ejection(),
): Ejection | null {
  const { model } = state
  const { hours, isOrchestration, weight, fitTable, itemClass, previousOf, stabilityBonus } = model
  const orchestration = isOrchestration[i] === 1
  let overCapacity = state.load[e] + hours[i] - model.capacity[e]
  let overLimit = orchestration ? state.orchestrationLoad[e] + hours[i] - model.orchestrationCap[e] : 0
  const ejected = into.ejected
  ejected.length = 0
  into.lost = 0
  if (overCapacity <= TOLERANCE && overLimit <= TOLERANCE) return into
  let lost = 0
  for (let k = 0; k < cheapest.length; k++) {
    const j = cheapest[k]
    if (j === i) continue
    const helpsLimit = overLimit > TOLERANCE && isOrchestration[j] === 1
    if (overCapacity <= TOLERANCE && !helpsLimit) continue
    ejected.push(j)
    lost += weight[j] * (fitTable[e * C + itemClass[j]] + (previousOf[j] === e ? stabilityBonus : 0))
    overCapacity -= hours[j]
    if (isOrchestration[j]) overLimit -= hours[j]
    if (overCapacity <= TOLERANCE && overLimit <= TOLERANCE) {
      into.lost = lost
      return into
    }
  }
  return null
}

/** An engineer's free items, cheapest per hour first (the order ejection drops them in). */
export function cheapestFirst(model: Model, members: readonly number[], e: number): number[] {
  const { fixedTo, weight, hours, fitTable, itemClass, previousOf, stabilityBonus } = model
  const movable: number[] = []
  for (let k = 0; k < members.length; k++) if (fixedTo[members[k]] < 0) movable.push(members[k])
  const key = new Map<number, number>()
  for (const j of movable)
    key.set(j, (weight[j] * (fitTable[e * C + itemClass[j]] + (previousOf[j] === e ? stabilityBonus : 0))) / hours[j])
  return movable.sort((a, b) => (key.get(a) as number) - (key.get(b) as number) || a - b)
}
