/**
 * The LP-relaxation bound from lib/matching's own min-cost-flow relaxation (equal
 * to HiGHS's LP optimum where both run), with or without the deep-work rule, for
 * sizes HiGHS cannot handle. Pins are honoured by reserving their hours first.
 */
import type { Model } from '../lib/matching/model'
import { scoreOf } from '../lib/matching/model'
import { relax } from '../lib/matching/relaxation'

export function lpBound(model: Model, deepWorkRule: boolean): number {
  const capacity = Float64Array.from(model.capacity)
  const orchestration = deepWorkRule ? Float64Array.from(model.orchestrationCap) : capacity.map(() => Number.POSITIVE_INFINITY)
  const free = new Uint8Array(model.n)
  let fixed = 0
  for (let i = 0; i < model.n; i++) {
    const e = model.fixedTo[i]
    if (e < 0) {
      free[i] = 1
      continue
    }
    fixed += scoreOf(model, i, e)
    capacity[e] -= model.hours[i]
    if (model.isOrchestration[i]) orchestration[e] -= model.hours[i]
  }
  return fixed + relax(model, free, capacity, orchestration).bound
}
