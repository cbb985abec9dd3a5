import type { Model } from './model'
import { CLASS_COUNT, EPS } from './model'
import { Pool } from './pool'

// Module-local copies: imported bindings compile to getters (a call per access in hot loops).
const C = CLASS_COUNT
const TOLERANCE = EPS

/**
 * A mutable assignment with the loads the hard rules need, kept incrementally so
 * every feasibility check and move is O(1) (member lists are swap-remove arrays).
 */
export class PlanState {
  readonly assign: Int32Array
  readonly load: Float64Array
  readonly orchestrationLoad: Float64Array
  readonly members: number[][]
  private readonly slot: Int32Array
  /** Unassigned free items, kept only while a search needs them. */
  pool: Pool | null = null
  /** Bumped on every change; touched[e] is the version at which engineer e last changed. */
  version = 0
  readonly touched: Int32Array
  /**
   * Max-trees over engineers (leaves at width + e) of the room left for any item and for an
   * orchestration item: the search asks "does anyone have room for h hours?" in O(1).
   */
  private readonly width: number
  private readonly roomTree: Float64Array
  private readonly orchestrationRoomTree: Float64Array

  constructor(readonly model: Model) {
    this.assign = new Int32Array(model.n).fill(-1)
    this.load = new Float64Array(model.m)
    this.orchestrationLoad = new Float64Array(model.m)
    this.members = Array.from({ length: model.m }, () => [])
    this.slot = new Int32Array(model.n).fill(-1)
    this.touched = new Int32Array(model.m)
    this.width = Math.max(1, model.m)
    this.roomTree = new Float64Array(2 * this.width).fill(Number.NEGATIVE_INFINITY)
    this.orchestrationRoomTree = new Float64Array(2 * this.width).fill(Number.NEGATIVE_INFINITY)
    for (let e = 0; e < model.m; e++) this.updateRoom(e)
  }

  static from(model: Model, assign: ArrayLike<number>): PlanState {
    const state = new PlanState(model)
    for (let i = 0; i < model.n; i++) if (assign[i] >= 0) state.place(i, assign[i])
    return state
  }

  /** Room left under hard rules 2 and 3 for an item of the given kind. */
  room(e: number, orchestration: boolean): number {
    const free = this.model.capacity[e] - this.load[e]
    if (!orchestration) return free
    return Math.min(free, this.model.orchestrationCap[e] - this.orchestrationLoad[e])
  }

  /** The most room any engineer has for an item of the given kind. */
  maxRoom(orchestration: boolean): number {
    return (orchestration ? this.orchestrationRoomTree : this.roomTree)[1]
  }

  private updateRoom(e: number): void {
    const { roomTree, orchestrationRoomTree, model } = this
    let k = this.width + e
    roomTree[k] = model.capacity[e] - this.load[e]
    orchestrationRoomTree[k] = Math.min(roomTree[k], model.orchestrationCap[e] - this.orchestrationLoad[e])
    for (k >>= 1; k >= 1; k >>= 1) {
      roomTree[k] = Math.max(roomTree[2 * k], roomTree[2 * k + 1])
      orchestrationRoomTree[k] = Math.max(orchestrationRoomTree[2 * k], orchestrationRoomTree[2 * k + 1])
    }
  }

  /** Whether engineer e can take item i on top of what they have, after giving up `freed` (an item of theirs, or -1). */
  fits(i: number, e: number, freed = -1): boolean {
    const model = this.model
    const hours = model.hours
    const isOrchestration = model.isOrchestration
    const back = freed >= 0 ? hours[freed] : 0
    if (this.load[e] - back + hours[i] > model.capacity[e] + TOLERANCE) return false
    if (!isOrchestration[i]) return true
    const orchBack = freed >= 0 && isOrchestration[freed] ? hours[freed] : 0
    return this.orchestrationLoad[e] - orchBack + hours[i] <= model.orchestrationCap[e] + TOLERANCE
  }

  /** Starts tracking the unassigned free items (pins and locks never enter the pool). */
  trackPool(): Pool {
    this.pool = new Pool(this.model)
    for (let i = 0; i < this.model.n; i++) if (this.assign[i] < 0 && this.model.fixedTo[i] < 0) this.pool.add(i)
    return this.pool
  }

  /** Moves item i to engineer e (-1 = unassigned). */
  place(i: number, e: number): void {
    const from = this.assign[i]
    if (from === e) return
    if (from >= 0) this.detach(i, from)
    else if (this.model.fixedTo[i] < 0) this.pool?.delete(i)
    if (e >= 0) this.attach(i, e)
    else if (this.model.fixedTo[i] < 0) this.pool?.add(i)
  }

  remove(i: number): void {
    this.place(i, -1)
  }

  private attach(i: number, e: number): void {
    this.touched[e] = ++this.version
    this.assign[i] = e
    this.load[e] += this.model.hours[i]
    if (this.model.isOrchestration[i]) this.orchestrationLoad[e] += this.model.hours[i]
    this.slot[i] = this.members[e].length
    this.members[e].push(i)
    this.updateRoom(e)
  }

  private detach(i: number, e: number): void {
    this.touched[e] = ++this.version
    this.assign[i] = -1
    this.load[e] -= this.model.hours[i]
    if (this.model.isOrchestration[i]) this.orchestrationLoad[e] -= this.model.hours[i]
    const list = this.members[e]
    const last = list.pop() as number
    if (last !== i) {
      list[this.slot[i]] = last
      this.slot[last] = this.slot[i]
    }
    this.slot[i] = -1
    this.updateRoom(e)
  }

  score(): number {
    const { n, weight, fitTable, itemClass, previousOf, stabilityBonus } = this.model
    let total = 0
    for (let i = 0; i < n; i++) {
      const e = this.assign[i]
      if (e >= 0) total += weight[i] * (fitTable[e * C + itemClass[i]] + (previousOf[i] === e ? stabilityBonus : 0))
    }
    return total
  }
}
