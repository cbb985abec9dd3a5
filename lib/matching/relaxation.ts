import { FlowNetwork } from './min-cost-flow'
import type { Model } from './model'
import { CLASS_COUNT } from './model'

/**
 * The LP relaxation, solved exactly and fast by aggregation. Items of the same
 * class, priority and previous engineer are worth the same per hour to every
 * engineer, so a fractional plan only needs hours per (group, engineer): a
 * transportation problem with at most 144 source groups (more only when a
 * previous plan splits them). Hard rule 3 becomes a side node per craftsperson
 * through which their orchestration hours must pass, so the whole relaxation is
 * a min-cost flow: S -> group -> [orchestration gate ->] engineer -> T.
 */
export interface Relaxation {
  /** Upper bound on the score of the free items (the LP optimum). */
  bound: number
  groupOf: Int32Array
  groupCount: number
  /** Hours the LP gives each (group, engineer), as parallel sparse arrays. */
  quotaGroup: Int32Array
  quotaEngineer: Int32Array
  quotaHours: Float64Array
}

export function relax(model: Model, free: Uint8Array, capacity: Float64Array, orchestrationCap: Float64Array): Relaxation {
  const { n, m, priority, hours, itemClass, previousOf, fitTable, stabilityBonus, isOrchestration } = model
  const groupOf = new Int32Array(n).fill(-1)
  const keys = new Map<number, number>()
  const groupItem: number[] = []
  const supply: number[] = []
  for (let i = 0; i < n; i++) {
    if (!free[i]) continue
    const key = (itemClass[i] * 5 + priority[i]) * (m + 1) + previousOf[i] + 1
    let g = keys.get(key)
    if (g === undefined) {
      g = groupItem.length
      keys.set(key, g)
      groupItem.push(i)
      supply.push(0)
    }
    groupOf[i] = g
    supply[g] += hours[i]
  }
  const groups = groupItem.length
  const gated = Array.from(orchestrationCap, (cap, e) => cap < capacity[e])
  // Nodes: source, groups, engineers, one gate per engineer, sink.
  const engineerNode = (e: number) => 1 + groups + e
  const gateNode = (e: number) => 1 + groups + m + e
  const sink = 1 + groups + 2 * m
  const net = new FlowNetwork(sink + 1, groups * (m + 1) + 2 * m)
  const potential = new Float64Array(sink + 1).fill(Number.POSITIVE_INFINITY)
  potential[0] = 0
  // Edges go in topological order, so shortest distances (the first potentials) fall out as we add them.
  const add = (u: number, v: number, cap: number, cost: number) => {
    potential[v] = Math.min(potential[v], potential[u] + cost)
    return net.addEdge(u, v, cap, cost)
  }
  const edgeGroup: number[] = []
  const edgeEngineer: number[] = []
  const edgeIds: number[] = []
  for (let g = 0; g < groups; g++) {
    const i = groupItem[g]
    add(0, 1 + g, supply[g], 0)
    for (let e = 0; e < m; e++) {
      const density = priority[i] * (fitTable[e * CLASS_COUNT + itemClass[i]] + (previousOf[i] === e ? stabilityBonus : 0))
      if (density <= 0) continue
      const target = isOrchestration[i] && gated[e] ? gateNode(e) : engineerNode(e)
      edgeIds.push(add(1 + g, target, supply[g], -density))
      edgeGroup.push(g)
      edgeEngineer.push(e)
    }
  }
  for (let e = 0; e < m; e++) if (gated[e]) add(gateNode(e), engineerNode(e), Math.max(0, orchestrationCap[e]), 0)
  for (let e = 0; e < m; e++) add(engineerNode(e), sink, Math.max(0, capacity[e]), 0)
  for (let v = 0; v <= sink; v++) if (potential[v] === Number.POSITIVE_INFINITY) potential[v] = 0

  const cost = net.minimiseCost(0, sink, potential, 50 * (groups + m) + 1000)
  const kept = edgeIds.flatMap((id, k) => (net.flowOn(id) > 1e-9 ? [k] : []))
  return {
    bound: -cost,
    groupOf,
    groupCount: groups,
    quotaGroup: Int32Array.from(kept, (k) => edgeGroup[k]),
    quotaEngineer: Int32Array.from(kept, (k) => edgeEngineer[k]),
    quotaHours: Float64Array.from(kept, (k) => net.flowOn(edgeIds[k])),
  }
}
