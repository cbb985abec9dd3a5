import type { Model } from './model'
import { EPS, scoreOf } from './model'
import type { PlanState } from './state'

export interface Ejection {
  /** Items engineer e gives up (cheapest per hour first) so that item i fits. */
  ejected: number[]
  /** Their score with e, i.e. what the plan loses by dropping them. */
  lost: number
}

/**
 * The cheapest-per-hour items engineer e would have to drop to take item i; null
 * if even dropping every free item is not enough (pins and locks never move).
 * Used both as a search move and to price "what if it went to them instead".
 */
export function ejectionFor(
  state: PlanState,
  i: number,
  e: number,
  cheapest: readonly number[] = cheapestFirst(state.model, state.members[e], e),
): Ejection | null {
  const { model } = state
  const orchestration = model.isOrchestration[i] === 1
  let overCapacity = state.load[e] + model.hours[i] - model.capacity[e]
  let overLimit = orchestration ? state.orchestrationLoad[e] + model.hours[i] - model.orchestrationCap[e] : 0
  if (overCapacity <= EPS && overLimit <= EPS) return { ejected: [], lost: 0 }
  const ejected: number[] = []
  let lost = 0
  for (const j of cheapest) {
    if (j === i) continue
    const helpsLimit = overLimit > EPS && model.isOrchestration[j] === 1
    if (overCapacity <= EPS && !helpsLimit) continue
    ejected.push(j)
    lost += scoreOf(model, j, e)
    overCapacity -= model.hours[j]
    if (model.isOrchestration[j]) overLimit -= model.hours[j]
    if (overCapacity <= EPS && overLimit <= EPS) return { ejected, lost }
  }
  return null
}

/** An engineer's free items, cheapest per hour first (the order ejection drops them in). */
export function cheapestFirst(model: Model, members: readonly number[], e: number): number[] {
  const movable = members.filter((j) => model.fixedTo[j] < 0)
  const perHour = (j: number) => scoreOf(model, j, e) / model.hours[j]
  return movable.sort((a, b) => perHour(a) - perHour(b) || a - b)
}
