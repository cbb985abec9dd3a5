import { EPS, scoreOf } from './model'
import { relax } from './relaxation'
import type { PlanState } from './state'

/**
 * Depth-first branch and bound for small instances: items in order of weight,
 * each to one of the engineers (best first) or to nobody. A node is cut when its
 * score plus the LP bound of the undecided items (relaxation.ts) cannot beat the
 * incumbent, the local-search plan. Identical items (same class, priority, hours
 * and previous engineer) must take non-decreasing engineer numbers, which
 * removes their permutations. Returns true if the search finished (the plan in
 * `state` is then optimal); the best plan found is kept either way.
 */
export function branchAndBound(state: PlanState, free: Uint8Array, nodeLimit: number): boolean {
  const { model } = state
  const { m, weight, hours, itemClass, priority, previousOf } = model
  const order = Array.from(free.keys()).filter((i) => free[i])
  // Identical items must be adjacent for the symmetry rule.
  order.sort(
    (a, b) =>
      weight[b] - weight[a] ||
      itemClass[a] - itemClass[b] ||
      hours[b] - hours[a] ||
      previousOf[a] - previousOf[b] ||
      a - b,
  )
  // Best conceivable score of the items from position k on, ignoring capacity: a cheap first cut.
  const optimistic = new Float64Array(order.length + 1)
  for (let k = order.length - 1; k >= 0; k--) {
    let top = 0
    for (let e = 0; e < m; e++) top = Math.max(top, scoreOf(model, order[k], e))
    optimistic[k] = optimistic[k + 1] + top
  }
  const sameAsPrevious = order.map(
    (i, k) =>
      k > 0 &&
      itemClass[i] === itemClass[order[k - 1]] &&
      priority[i] === priority[order[k - 1]] &&
      hours[i] === hours[order[k - 1]] &&
      previousOf[i] === previousOf[order[k - 1]],
  )
  const incumbent = Int32Array.from(state.assign)
  let best = state.score()
  for (const i of order) state.remove(i)
  const undecided = free.slice()
  const choice = new Int32Array(order.length)
  let nodes = 0
  let finished = true

  const bound = (score: number) => {
    const capacityLeft = model.capacity.map((cap, e) => cap - state.load[e])
    const orchestrationLeft = model.orchestrationCap.map((cap, e) => cap - state.orchestrationLoad[e])
    return score + relax(model, undecided, capacityLeft, orchestrationLeft).bound
  }

  const search = (k: number, score: number): void => {
    if (score > best + EPS) {
      best = score
      incumbent.set(state.assign)
    }
    if (k === order.length) return
    if (++nodes > nodeLimit) {
      finished = false
      return
    }
    const tolerance = 1e-9 * Math.max(1, best)
    if (score + optimistic[k] <= best + tolerance || bound(score) <= best + tolerance) return
    const i = order[k]
    undecided[i] = 0
    const lowest = sameAsPrevious[k] ? choice[k - 1] : 0
    const options: number[] = []
    for (let e = lowest; e < m; e++) {
      if (scoreOf(model, i, e) > 0 && state.fits(i, e)) options.push(e)
    }
    options.sort((a, b) => scoreOf(model, i, b) - scoreOf(model, i, a) || a - b)
    options.push(m)
    for (const e of options) {
      if (!finished) break
      choice[k] = e
      if (e < m) state.place(i, e)
      search(k + 1, score + (e < m ? scoreOf(model, i, e) : 0))
      state.remove(i)
    }
    undecided[i] = 1
  }
  search(0, state.score())
  for (let i = 0; i < model.n; i++) state.place(i, incumbent[i])
  return finished
}
