import { ejectionFor } from './eject'
import type { Model } from './model'
import { CLASS_COUNT, scoreOf } from './model'
import type { PlanState } from './state'

/** Engineers looked at per item by swaps and ejection chains (best fit first). */
const CANDIDATES = 16
/** Ejection chains are dearer (a sort and two refills each), so they look at fewer engineers. */
const CHAIN_CANDIDATES = 16
const GAIN_TOLERANCE = 1e-9

/**
 * Local search over free items, most valuable per hour first. For each item it
 * tries, cheapest first: (1) shift: move it, or insert it if unassigned, to the
 * best engineer with room; (2) swap: exchange it with an item of a better-fitting
 * engineer, the other item taking its place or returning to the pool;
 * (3) ejection chain: a better-fitting engineer drops their cheapest-per-hour
 * items to make room, then both engineers refill from the pool. Only strictly
 * improving moves are made, so it terminates; `maxPasses` bounds it. An item is
 * skipped while none of the engineers it could move between has changed since it
 * was last found stuck, so later passes cost little.
 */
export function improve(state: PlanState, maxPasses: number): void {
  new LocalSearch(state).run(maxPasses)
  state.pool = null
}

/** The search with its memory (item order, pool, which items are stuck), reusable across perturbations. */
export class LocalSearch {
  readonly order: Int32Array
  private readonly stuckAt: Int32Array

  constructor(readonly state: PlanState) {
    state.trackPool()
    this.order = searchOrder(state.model)
    this.stuckAt = new Int32Array(state.model.n).fill(-1)
  }

  run(maxPasses: number): void {
    const { state, order, stuckAt } = this
    const { model } = state
    for (let pass = 0; pass < maxPasses; pass++) {
      let improved = false
      for (const i of order) {
        const from = state.assign[i]
        const near = candidates(model, i, scoreOf(model, i, from) + GAIN_TOLERANCE, CANDIDATES)
        if (stuckAt[i] >= 0 && unchangedSince(state, stuckAt[i], from, near)) continue
        if (shift(state, i) || swap(state, i, near) || ejectionChain(state, i, near)) improved = true
        else stuckAt[i] = state.version
      }
      if (!improved) break
    }
    for (const i of order) shift(state, i)
  }
}

function unchangedSince(state: PlanState, version: number, from: number, near: number[]): boolean {
  if (from >= 0 && state.touched[from] > version) return false
  return near.every((e) => state.touched[e] <= version)
}

/** Free items by their best possible value per hour, then larger first. */
function searchOrder(model: Model): Int32Array {
  const best = (i: number) => {
    const top = model.byFit[model.itemClass[i]][0]
    return top === undefined ? 0 : model.priority[i] * model.fitTable[top * CLASS_COUNT + model.itemClass[i]]
  }
  const key = Float64Array.from({ length: model.n }, (_, i) => best(i))
  const free = Array.from(model.fixedTo.keys()).filter((i) => model.fixedTo[i] < 0)
  free.sort((a, b) => key[b] - key[a] || model.hours[b] - model.hours[a] || a - b)
  return Int32Array.from(free)
}

/** Engineers who might value item i more than `floor`, best first (the previous engineer comes first). */
function candidates(model: Model, i: number, floor: number, limit: number): number[] {
  const found: number[] = []
  const previous = model.previousOf[i]
  if (previous >= 0 && scoreOf(model, i, previous) > floor) found.push(previous)
  const c = model.itemClass[i]
  const list = model.byFit[c]
  const ceiling = model.weight[i] * model.stabilityBonus
  for (let k = 0; k < list.length && found.length < limit; k++) {
    const e = list[k]
    if (model.weight[i] * model.fitTable[e * CLASS_COUNT + c] + ceiling <= floor) break
    if (e !== previous) found.push(e)
  }
  return found
}

/** Moves item i to the engineer it is worth most to among those with room (the list is sorted, so the first fit wins). */
function shift(state: PlanState, i: number): boolean {
  const { model } = state
  const current = state.assign[i]
  const floor = scoreOf(model, i, current) + GAIN_TOLERANCE
  let best = -1
  let bestScore = floor
  const previous = model.previousOf[i]
  if (previous >= 0 && previous !== current && state.fits(i, previous) && scoreOf(model, i, previous) > floor) {
    best = previous
    bestScore = scoreOf(model, i, previous)
  }
  const c = model.itemClass[i]
  for (const e of model.byFit[c]) {
    if (model.weight[i] * model.fitTable[e * CLASS_COUNT + c] <= bestScore) break
    if (e !== current && state.fits(i, e)) {
      best = e
      break
    }
  }
  if (best >= 0) state.place(i, best)
  return best >= 0
}

function swap(state: PlanState, i: number, near: number[]): boolean {
  const { model } = state
  const from = state.assign[i]
  const stay = scoreOf(model, i, from)
  let bestGain = GAIN_TOLERANCE
  let bestTo = -1
  let bestOther = -1
  let bestOtherTo = -1
  for (const to of near) {
    if (to === from) continue
    const arrive = scoreOf(model, i, to) - stay
    for (const j of state.members[to]) {
      if (model.fixedTo[j] >= 0 || !state.fits(i, to, j)) continue
      const back = from >= 0 && state.fits(j, from, i) ? scoreOf(model, j, from) : 0
      const gain = arrive + back - scoreOf(model, j, to)
      if (gain > bestGain) {
        bestGain = gain
        bestTo = to
        bestOther = j
        bestOtherTo = back > 0 ? from : -1
      }
    }
  }
  if (bestTo < 0) return false
  state.remove(i)
  state.place(bestOther, bestOtherTo)
  state.place(i, bestTo)
  return true
}

function ejectionChain(state: PlanState, i: number, near: number[]): boolean {
  const { model } = state
  const from = state.assign[i]
  const journal: number[] = []
  let delta = 0
  const move = (j: number, e: number) => {
    journal.push(j, state.assign[j])
    delta += scoreOf(model, j, e) - scoreOf(model, j, state.assign[j])
    state.place(j, e)
  }
  const refill = (e: number) => {
    for (let j = bestPooled(state, e); j >= 0; j = bestPooled(state, e)) move(j, e)
  }
  for (const to of near.slice(0, CHAIN_CANDIDATES)) {
    if (to === from) continue
    const ejection = ejectionFor(state, i, to)
    if (!ejection) continue
    journal.length = 0
    delta = 0
    move(i, -1)
    for (const j of ejection.ejected) move(j, -1)
    move(i, to)
    refill(to)
    if (from >= 0) refill(from)
    if (delta > GAIN_TOLERANCE) return true
    for (let k = journal.length - 2; k >= 0; k -= 2) state.place(journal[k], journal[k + 1])
  }
  return false
}

function bestPooled(state: PlanState, e: number): number {
  return state.pool ? state.pool.best(e, state.room(e, false), state.room(e, true)) : -1
}
