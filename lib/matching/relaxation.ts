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

/**
 * The network for a set of free items, built once and solved for any group
 * supplies and engineer rooms: branch and bound re-solves it at every node with
 * a subset of the items and less room, without rebuilding or reallocating.
 */
export class GroupLp {
  readonly groupOf: Int32Array
  readonly groupCount: number
  private readonly net: FlowNetwork
  private readonly sink: number
  private readonly gated: Uint8Array
  private readonly edgeIds: Int32Array
  private readonly edgeGroup: Int32Array
  private readonly edgeEngineer: Int32Array

  /** Gates go to engineers whose orchestration room is below their room here; it stays so as room is used up. */
  constructor(model: Model, free: Uint8Array, capacity: Float64Array, orchestrationCap: Float64Array) {
    const { n, m, priority, itemClass, previousOf, fitTable, stabilityBonus, isOrchestration } = model
    this.groupOf = new Int32Array(n).fill(-1)
    const keys = new Map<number, number>()
    const groupItem: number[] = []
    for (let i = 0; i < n; i++) {
      if (!free[i]) continue
      const key = (itemClass[i] * 5 + priority[i]) * (m + 1) + previousOf[i] + 1
      let g = keys.get(key)
      if (g === undefined) {
        g = groupItem.length
        keys.set(key, g)
        groupItem.push(i)
      }
      this.groupOf[i] = g
    }
    const groups = (this.groupCount = groupItem.length)
    this.gated = Uint8Array.from(orchestrationCap, (cap, e) => (cap < capacity[e] ? 1 : 0))
    // Nodes: source, groups, engineers, one gate per engineer, sink; edges in topological order.
    const engineerNode = (e: number) => 1 + groups + e
    const gateNode = (e: number) => 1 + groups + m + e
    this.sink = 1 + groups + 2 * m
    // Edges only to engineers with room: a rebuild round's LP has a few, and its arrays are sized to them.
    const roomy = capacity.reduce((count, room) => count + (room > 0 ? 1 : 0), 0)
    const net = (this.net = new FlowNetwork(this.sink + 1, groups * (roomy + 1) + 2 * m))
    const edgeGroup: number[] = []
    const edgeEngineer: number[] = []
    const edgeIds: number[] = []
    for (let g = 0; g < groups; g++) net.addEdge(0, 1 + g, 0, 0)
    for (let g = 0; g < groups; g++) {
      const i = groupItem[g]
      for (let e = 0; e < m; e++) {
        // No room now means none at any later solve (room only shrinks): the edge could carry nothing.
        if (capacity[e] <= 0) continue
        const density = priority[i] * (fitTable[e * CLASS_COUNT + itemClass[i]] + (previousOf[i] === e ? stabilityBonus : 0))
        if (density <= 0) continue
        const target = isOrchestration[i] && this.gated[e] ? gateNode(e) : engineerNode(e)
        edgeIds.push(net.addEdge(1 + g, target, 0, -density))
        edgeGroup.push(g)
        edgeEngineer.push(e)
      }
    }
    for (let e = 0; e < m; e++) if (this.gated[e]) net.addEdge(gateNode(e), engineerNode(e), 0, 0)
    for (let e = 0; e < m; e++) net.addEdge(engineerNode(e), this.sink, 0, 0)
    this.edgeIds = Int32Array.from(edgeIds)
    this.edgeGroup = Int32Array.from(edgeGroup)
    this.edgeEngineer = Int32Array.from(edgeEngineer)
  }

  /** The LP optimum (the bound) for these hours per group and this room per engineer. */
  solve(supply: ArrayLike<number>, capacity: ArrayLike<number>, orchestrationCap: ArrayLike<number>): number {
    const { net, groupCount, edgeIds, edgeGroup } = this
    const m = capacity.length
    // Edge ids follow the order of addEdge: 2 per edge.
    for (let g = 0; g < groupCount; g++) net.setCapacity(2 * g, supply[g])
    for (let k = 0; k < edgeIds.length; k++) net.setCapacity(edgeIds[k], supply[edgeGroup[k]])
    let id = 2 * (groupCount + edgeIds.length)
    for (let e = 0; e < m; e++) {
      if (!this.gated[e]) continue
      net.setCapacity(id, Math.max(0, orchestrationCap[e]))
      id += 2
    }
    for (let e = 0; e < m; e++, id += 2) net.setCapacity(id, Math.max(0, capacity[e]))
    return -net.minimiseCost(0, this.sink, 50 * (groupCount + m) + 1000)
  }

  /** The last solution's hours per (group, engineer), where positive. */
  quotas(): Pick<Relaxation, 'quotaGroup' | 'quotaEngineer' | 'quotaHours'> {
    const { net, edgeIds } = this
    const kept: number[] = []
    for (let k = 0; k < edgeIds.length; k++) if (net.flowOn(edgeIds[k]) > 1e-9) kept.push(k)
    return {
      quotaGroup: Int32Array.from(kept, (k) => this.edgeGroup[k]),
      quotaEngineer: Int32Array.from(kept, (k) => this.edgeEngineer[k]),
      quotaHours: Float64Array.from(kept, (k) => net.flowOn(edgeIds[k])),
    }
  }
}

/** The LP for the free items, given each engineer's room (capacity and orchestration). */
export function relax(model: Model, free: Uint8Array, capacity: Float64Array, orchestrationCap: Float64Array): Relaxation {
  const lp = new GroupLp(model, free, capacity, orchestrationCap)
  const supply = new Float64Array(lp.groupCount)
  for (let i = 0; i < model.n; i++) if (lp.groupOf[i] >= 0) supply[lp.groupOf[i]] += model.hours[i]
  const bound = lp.solve(supply, capacity, orchestrationCap)
  return { bound, groupOf: lp.groupOf, groupCount: lp.groupCount, ...lp.quotas() }
}
