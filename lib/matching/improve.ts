import { Ejection, ejectionFor } from './eject'
import type { Model } from './model'
import { CLASS_COUNT, EPS } from './model'
import type { Pool } from './pool'
import type { PlanState } from './state'

// Module-local copies: transpilers compile imported bindings into getters, a call per access in hot loops.
const C = CLASS_COUNT
const TOLERANCE = EPS
/**
 * Engineers looked at per item by swaps and ejection chains (best fit first)... 8 rather than 16
 * halves the search at 2000x100 and above, and seeds 1-6 of 2000x100 and 5000x300 still end at
 * >= 99.83% of the LP bound.
 */
const CANDIDATES = 8
/** ...and on small plans, where a wider neighbourhood is cheap and lifts 500x40 above 99.7% of the LP bound. */
const SMALL_PLAN_CANDIDATES = 24
const SMALL_PLAN_ITEMS = 1000
const GAIN_TOLERANCE = 1e-9

/**
 * Local search over free items, most valuable per hour first. For each item it
 * tries, cheapest first: (1) shift: move it, or insert it if unassigned, to the
 * best engineer with room; (2) swap: exchange it with an item of a better-fitting
 * engineer, the other item taking its place or returning to the pool;
 * (3) ejection chain: a better-fitting engineer drops their cheapest-per-hour
 * items to make room, then both engineers refill from the pool. A chain is only
 * tried when an optimistic bound on its gain (the pool's best rate times the room
 * each side would have) is positive. Only strictly improving moves are made, so
 * it terminates; `maxPasses` bounds it. An item is skipped while none of the
 * engineers it could move between has changed since it was last found stuck, so
 * later passes cost little.
 */
export function improve(state: PlanState, maxPasses: number): void {
  new LocalSearch(state).run(maxPasses)
  state.pool = null
}

/** The search with its memory (item order, pool, which items are stuck), reusable across perturbations. */
export class LocalSearch {
  readonly order: Int32Array
  private readonly stuckAt: Int32Array
  private readonly model: Model
  private readonly pool: Pool
  private readonly near = new Int32Array(SMALL_PLAN_CANDIDATES + 1)
  private nearCount = 0
  private readonly candidateLimit: number
  private readonly journal: number[] = []
  private readonly ejection = new Ejection()
  private delta = 0
  /** Per engineer, their free items cheapest per hour first, valid while touched[e] === cheapestVersion[e]. */
  private readonly cheapest: Int32Array[]
  private readonly cheapestCount: Int32Array
  private readonly cheapestVersion: Int32Array
  private readonly key: Float64Array

  constructor(readonly state: PlanState) {
    this.pool = state.trackPool()
    this.model = state.model
    this.candidateLimit = state.model.n <= SMALL_PLAN_ITEMS ? SMALL_PLAN_CANDIDATES : CANDIDATES
    this.order = searchOrder(state.model)
    this.stuckAt = new Int32Array(state.model.n).fill(-1)
    this.cheapest = Array.from({ length: state.model.m }, () => new Int32Array(0))
    this.cheapestCount = new Int32Array(state.model.m)
    this.cheapestVersion = new Int32Array(state.model.m).fill(-1)
    this.key = new Float64Array(state.model.n)
  }

  run(maxPasses: number): void {
    const { state, order, stuckAt } = this
    for (let pass = 0; pass < maxPasses; pass++) {
      let improved = false
      for (let k = 0; k < order.length; k++) {
        const i = order[k]
        const from = state.assign[i]
        this.candidates(i, this.score(i, from) + GAIN_TOLERANCE)
        if (stuckAt[i] >= 0 && this.unchangedSince(stuckAt[i], from)) continue
        if (this.shift(i) || this.swap(i) || this.ejectionChain(i)) improved = true
        else stuckAt[i] = state.version
      }
      if (!improved) break
    }
    for (let k = 0; k < order.length; k++) this.shift(order[k])
  }

  private score(i: number, e: number): number {
    if (e < 0) return 0
    const model = this.model
    return model.weight[i] * (model.fitTable[e * C + model.itemClass[i]] + (model.previousOf[i] === e ? model.stabilityBonus : 0))
  }

  private unchangedSince(version: number, from: number): boolean {
    const touched = this.state.touched
    if (from >= 0 && touched[from] > version) return false
    const near = this.near
    for (let k = 0; k < this.nearCount; k++) if (touched[near[k]] > version) return false
    return true
  }

  /** Engineers who might value item i more than `floor`, best first (the previous engineer comes first), into this.near. */
  private candidates(i: number, floor: number): void {
    const { model, near } = this
    let count = 0
    const previous = model.previousOf[i]
    if (previous >= 0 && this.score(i, previous) > floor) near[count++] = previous
    const c = model.itemClass[i]
    const list = model.byFit[c]
    const w = model.weight[i]
    const fitTable = model.fitTable
    const ceiling = w * model.stabilityBonus
    const limit = this.candidateLimit
    for (let k = 0; k < list.length && count < limit; k++) {
      const e = list[k]
      if (w * fitTable[e * C + c] + ceiling <= floor) break
      if (e !== previous) near[count++] = e
    }
    this.nearCount = count
  }

  /** Moves item i to the engineer it is worth most to among those with room (the list is sorted, so the first fit wins). */
  private shift(i: number): boolean {
    const { state, model } = this
    const current = state.assign[i]
    const floor = this.score(i, current) + GAIN_TOLERANCE
    let best = -1
    let bestScore = floor
    const previous = model.previousOf[i]
    if (previous >= 0 && previous !== current && state.fits(i, previous) && this.score(i, previous) > floor) {
      best = previous
      bestScore = this.score(i, previous)
    }
    const c = model.itemClass[i]
    const list = model.byFit[c]
    const w = model.weight[i]
    const fitTable = model.fitTable
    // Most engineers are full: skip the scan when nobody has room for it.
    const length = model.hours[i] > state.maxRoom(model.isOrchestration[i] === 1) + TOLERANCE ? 0 : list.length
    for (let k = 0; k < length; k++) {
      const e = list[k]
      if (w * fitTable[e * C + c] <= bestScore) break
      if (e !== current && state.fits(i, e)) {
        best = e
        break
      }
    }
    if (best >= 0) state.place(i, best)
    return best >= 0
  }

  private swap(i: number): boolean {
    const { state, model, near } = this
    const { fixedTo } = model
    const from = state.assign[i]
    const stay = this.score(i, from)
    let bestGain = GAIN_TOLERANCE
    let bestTo = -1
    let bestOther = -1
    let bestOtherTo = -1
    for (let k = 0; k < this.nearCount; k++) {
      const to = near[k]
      if (to === from) continue
      const arrive = this.score(i, to) - stay
      const members = state.members[to]
      for (let q = 0; q < members.length; q++) {
        const j = members[q]
        if (fixedTo[j] >= 0) continue
        const leave = this.score(j, to)
        if (arrive + (from >= 0 ? this.score(j, from) : 0) - leave <= bestGain) continue
        if (!state.fits(i, to, j)) continue
        const back = from >= 0 && state.fits(j, from, i) ? this.score(j, from) : 0
        const gain = arrive + back - leave
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

  /** Engineer e's free items, cheapest per hour first (cached until e changes). */
  private cheapestOf(e: number): Int32Array {
    const { state, model, key } = this
    if (this.cheapestVersion[e] === state.touched[e]) return this.cheapest[e].subarray(0, this.cheapestCount[e])
    const members = state.members[e]
    let list = this.cheapest[e]
    if (list.length < members.length) list = this.cheapest[e] = new Int32Array(members.length * 2)
    let count = 0
    for (let q = 0; q < members.length; q++) {
      const j = members[q]
      if (model.fixedTo[j] >= 0) continue
      const value = this.score(j, e) / model.hours[j]
      key[j] = value
      // Insertion sort: engineers hold a few dozen items.
      let p = count++
      while (p > 0) {
        const prev = list[p - 1]
        if (key[prev] < value || (key[prev] === value && prev < j)) break
        list[p] = prev
        p--
      }
      list[p] = j
    }
    this.cheapestCount[e] = count
    this.cheapestVersion[e] = state.touched[e]
    return list.subarray(0, count)
  }

  private move(j: number, e: number): void {
    const state = this.state
    const before = state.assign[j]
    this.journal.push(j, before)
    this.delta += this.score(j, e) - this.score(j, before)
    state.place(j, e)
  }

  private refill(e: number): void {
    const { state, pool } = this
    for (
      let j = pool.best(e, state.room(e, false), state.room(e, true));
      j >= 0;
      j = pool.best(e, state.room(e, false), state.room(e, true))
    ) {
      this.move(j, e)
    }
  }

  /** Optimistic value per hour of refilling `room` hours of engineer e from the pool plus the given ejected items. */
  private refillRate(e: number, ejected: number[], room: number, orchestrationRoom: number): number {
    const { model } = this
    let rate = this.pool.bestRate(e, room, orchestrationRoom)
    for (let k = 0; k < ejected.length; k++) {
      const j = ejected[k]
      if (model.hours[j] > room + TOLERANCE) continue
      const r = model.priority[j] * model.fitTable[e * C + model.itemClass[j]]
      if (r > rate) rate = r
    }
    return rate + 4 * model.stabilityBonus
  }

  /**
   * An upper bound on the gain of moving item i to engineer `to` by a chain, before working out
   * the ejection; `rest` is the gain on arrival plus the most `from` can refill. Engineer `to`
   * must shed `need` hours; whatever it sheds for good is worth at least its cheapest rate per
   * hour, and the pool can refill `to` at no more than its best rate, so when that is no better,
   * shedding the bare `need` is the best case.
   */
  private chainCeiling(i: number, to: number, rest: number): number {
    const { model, state } = this
    const refillRate = this.pool.bestRate(to) + 4 * model.stabilityBonus
    const need = model.hours[i] - (model.capacity[to] - state.load[to])
    if (need <= 0) return rest - need * refillRate
    const cheapest = this.cheapestOf(to)
    if (cheapest.length === 0) return Number.NEGATIVE_INFINITY
    const shedRate = this.key[cheapest[0]]
    return refillRate > shedRate ? Number.POSITIVE_INFINITY : rest - need * shedRate
  }

  private ejectionChain(i: number): boolean {
    const { state, model, near, journal } = this
    const from = state.assign[i]
    const stay = this.score(i, from)
    const hours = model.hours
    // What refilling `from` could gain at most, whatever `to` ejects.
    const fromSide =
      from >= 0 ? (model.capacity[from] - state.load[from] + hours[i]) * (this.pool.topRate(from) + 4 * model.stabilityBonus) : 0
    for (let k = 0; k < this.nearCount; k++) {
      const to = near[k]
      if (to === from) continue
      const arrive = this.score(i, to) - stay
      if (arrive <= GAIN_TOLERANCE || this.chainCeiling(i, to, arrive + fromSide) <= GAIN_TOLERANCE) continue
      const ejection = ejectionFor(state, i, to, this.cheapestOf(to), this.ejection)
      if (!ejection) continue
      // Optimistic gain: every freed hour on both sides refilled at the best rate on offer.
      let freedTo = model.capacity[to] - state.load[to] - hours[i]
      for (let q = 0; q < ejection.ejected.length; q++) freedTo += hours[ejection.ejected[q]]
      let fromBound = 0
      if (from >= 0) {
        const room = model.capacity[from] - state.load[from] + hours[i]
        const orchestrationRoom = model.orchestrationCap[from] - state.orchestrationLoad[from] + (model.isOrchestration[i] ? hours[i] : 0)
        fromBound = room * this.refillRate(from, ejection.ejected, room, orchestrationRoom)
      }
      let bound = arrive - ejection.lost + fromBound
      if (freedTo > TOLERANCE) bound += freedTo * this.refillRate(to, ejection.ejected, freedTo, Number.POSITIVE_INFINITY)
      if (bound <= GAIN_TOLERANCE) continue
      const touchedTo = state.touched[to]
      const touchedFrom = from >= 0 ? state.touched[from] : 0
      journal.length = 0
      this.delta = 0
      this.move(i, -1)
      for (let q = 0; q < ejection.ejected.length; q++) this.move(ejection.ejected[q], -1)
      this.move(i, to)
      this.refill(to)
      // The to-side is now exact; refilling `from` only if it can still make the chain gain.
      if (from >= 0 && this.delta + fromBound > GAIN_TOLERANCE) this.refill(from)
      if (this.delta > GAIN_TOLERANCE) return true
      for (let q = journal.length - 2; q >= 0; q -= 2) state.place(journal[q], journal[q + 1])
      // Undone, the two engineers hold what they held: a failed trial must not make their items look changed.
      state.touched[to] = touchedTo
      if (from >= 0) state.touched[from] = touchedFrom
    }
    return false
  }
}

/** Free items by their best possible value per hour, then larger first. */
function searchOrder(model: Model): Int32Array {
  const key = new Float64Array(model.n)
  const free: number[] = []
  for (let i = 0; i < model.n; i++) {
    if (model.fixedTo[i] >= 0) continue
    free.push(i)
    const top = model.byFit[model.itemClass[i]][0]
    key[i] = top === undefined ? 0 : model.priority[i] * model.fitTable[top * C + model.itemClass[i]]
  }
  free.sort((a, b) => key[b] - key[a] || model.hours[b] - model.hours[a] || a - b)
  return Int32Array.from(free)
}
