import { EPS, scoreOf } from './model'
import { GroupLp } from './relaxation'
import type { PlanState } from './state'

/** A node's LP: its bound on the undecided items and planned[group * (m + 1) + e], hours per engineer (e = m: nobody). */
interface NodeLp {
  bound: number
  planned: Float64Array
}

/**
 * Depth-first branch and bound for small instances: items largest first, each to
 * one of the engineers or to nobody, the LP's choice first (then best score). A
 * node is cut when its score plus the LP bound of the undecided items
 * (relaxation.ts, one network re-solved at every node) cannot beat the
 * incumbent, the local-search plan. A child whose choice the LP already made
 * inherits the LP minus that item (same bound) instead of solving. Identical items (same class, priority, hours
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
    (a, b) => hours[b] - hours[a] || weight[b] - weight[a] || itemClass[a] - itemClass[b] || previousOf[a] - previousOf[b] || a - b,
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
  // With whole-hour items, room can only ever be used in whole hours: rounding it down is a valid cut
  // that tightens every node's LP (the 40% deep-work line is rarely whole: 0.4 x 56 h = 22.4 h).
  const wholeHours = order.every((i) => Number.isInteger(hours[i]))
  const usable = (room: number) => (wholeHours ? Math.floor(room + EPS) : room)
  const roomLeft = () => model.capacity.map((cap, e) => usable(cap - state.load[e]))
  const orchestrationRoomLeft = () =>
    model.orchestrationCap.map((cap, e) => (Number.isFinite(cap) ? usable(cap - state.orchestrationLoad[e]) : cap))
  const choice = new Int32Array(order.length)
  let nodes = 0
  let finished = true

  // One network for all nodes: each node re-solves it for its undecided items and the room left.
  const network = new GroupLp(model, free, roomLeft(), orchestrationRoomLeft())
  const supply = new Float64Array(network.groupCount)
  const { groupOf } = network
  const at = (i: number, e: number) => groupOf[i] * (m + 1) + e
  /** The LP of the undecided items: its bound and the hours of each group it gives each engineer (e = m: nobody). */
  const solveLp = (): NodeLp => {
    supply.fill(0)
    for (const i of order) if (undecided[i]) supply[groupOf[i]] += hours[i]
    const bound = network.solve(supply, roomLeft(), orchestrationRoomLeft())
    const { quotaGroup, quotaEngineer, quotaHours } = network.quotas()
    const planned = new Float64Array(network.groupCount * (m + 1))
    supply.forEach((h, g) => (planned[g * (m + 1) + m] = h))
    quotaGroup.forEach((g, q) => {
      planned[g * (m + 1) + quotaEngineer[q]] = quotaHours[q]
      planned[g * (m + 1) + m] -= quotaHours[q]
    })
    return { bound, planned }
  }

  const search = (k: number, score: number, inherited: NodeLp | null): void => {
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
    if (score + optimistic[k] <= best + tolerance) return
    const lp = inherited ?? solveLp()
    if (score + lp.bound <= best + tolerance) return
    const i = order[k]
    undecided[i] = 0
    const lowest = sameAsPrevious[k] ? choice[k - 1] : 0
    const options: number[] = []
    for (let e = lowest; e < m; e++) {
      if (scoreOf(model, i, e) > 0 && state.fits(i, e)) options.push(e)
    }
    options.push(m)
    // The LP's choice first (most of the item's group planned there, or unplanned), then by score.
    const rank = (e: number) => Math.min(lp.planned[at(i, e)], hours[i])
    const gain = (e: number) => (e < m ? scoreOf(model, i, e) : 0)
    options.sort((a, b) => rank(b) - rank(a) || gain(b) - gain(a) || a - b)
    for (const e of options) {
      if (!finished) break
      choice[k] = e
      if (e < m) state.place(i, e)
      // If the LP already plans item i's hours this way, the LP minus item i is optimal for the child
      // too: same total bound, passed down (edited in place and undone after) instead of solved again.
      const keeps = lp.planned[at(i, e)] >= hours[i] - EPS
      if (keeps) {
        lp.planned[at(i, e)] -= hours[i]
        lp.bound -= gain(e)
      }
      search(k + 1, score + gain(e), keeps ? lp : null)
      if (keeps) {
        lp.planned[at(i, e)] += hours[i]
        lp.bound += gain(e)
      }
      state.remove(i)
    }
    undecided[i] = 1
  }
  search(0, state.score(), null)
  for (let i = 0; i < model.n; i++) state.place(i, incumbent[i])
  return finished
}
