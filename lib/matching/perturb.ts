import { seededRandom } from './generate'
import { LocalSearch } from './improve'
import type { PlanState } from './state'

/**
 * Iterated local search: knock a few random free items off the plan or onto a
 * random engineer with room, let the local search repair the plan (it only
 * revisits items near what changed), keep the result if it scores higher, else
 * go back to the best plan. The random stream is seeded from the instance size,
 * so the same input always gives the same plan.
 */
export function iteratedSearch(state: PlanState, iterations: number): void {
  const { model } = state
  const search = new LocalSearch(state)
  const free = search.order
  if (free.length === 0 || iterations <= 0) return
  const random = seededRandom(model.n * 7919 + model.m)
  let best = state.score()
  const bestAssign = Int32Array.from(state.assign)
  for (let iteration = 0; iteration < iterations; iteration++) {
    const kicks = 2 + Math.floor(random() * 3)
    for (let k = 0; k < kicks; k++) {
      const i = free[Math.floor(random() * free.length)]
      const e = Math.floor(random() * (model.m + 1)) - 1
      if (e < 0) state.remove(i)
      else if (state.fits(i, e)) state.place(i, e)
    }
    search.run(20)
    const score = state.score()
    if (score > best + 1e-9) {
      best = score
      bestAssign.set(state.assign)
    } else {
      for (const i of free) state.place(i, bestAssign[i])
    }
  }
  state.pool = null
}
