import type { Model } from './model'
import { CLASS_COUNT, EPS } from './model'

// Module-local copies: transpilers turn imported bindings into getters, which cost a call per access in hot loops.
const C = CLASS_COUNT
const TOLERANCE = EPS
const PRIORITIES = 4
const BUCKETS = C * PRIORITIES

/**
 * The unassigned free items, bucketed by (class, priority) and sorted by hours,
 * so "the most valuable item that fits in r hours for engineer e" is one binary
 * search per bucket instead of a scan of the whole backlog. Each engineer visits
 * the buckets in order of their value per hour to them (precomputed), and stops
 * as soon as no later bucket can beat the best item found (rate x room).
 */
export class Pool {
  private readonly buckets: number[][]
  private readonly hours: Float64Array
  /** Per engineer, the buckets with a positive rate, best rate first: bucketOrder[e * BUCKETS + k]. */
  private readonly bucketOrder: Uint16Array
  private readonly bucketRate: Float64Array
  private readonly orderLength: Int32Array
  private readonly orchestrationBucket: Uint8Array
  private readonly itemBucket: Int32Array

  constructor(model: Model) {
    const { m, n, fitTable, itemClass, priority, isOrchestration } = model
    this.hours = model.hours
    this.buckets = Array.from({ length: BUCKETS }, () => [])
    this.itemBucket = new Int32Array(n)
    this.orchestrationBucket = new Uint8Array(BUCKETS)
    for (let i = 0; i < n; i++) {
      const b = itemClass[i] * PRIORITIES + priority[i] - 1
      this.itemBucket[i] = b
      if (isOrchestration[i]) this.orchestrationBucket[b] = 1
    }
    this.bucketOrder = new Uint16Array(m * BUCKETS)
    this.bucketRate = new Float64Array(m * BUCKETS)
    this.orderLength = new Int32Array(m)
    const ids: number[] = []
    const rate = new Float64Array(BUCKETS)
    for (let e = 0; e < m; e++) {
      ids.length = 0
      for (let b = 0; b < BUCKETS; b++) {
        const r = ((b % PRIORITIES) + 1) * fitTable[e * C + ((b / PRIORITIES) | 0)]
        rate[b] = r
        if (r > 0) ids.push(b)
      }
      ids.sort((a, b) => rate[b] - rate[a] || a - b)
      const base = e * BUCKETS
      for (let k = 0; k < ids.length; k++) {
        this.bucketOrder[base + k] = ids[k]
        this.bucketRate[base + k] = rate[ids[k]]
      }
      this.orderLength[e] = ids.length
    }
  }

  private position(list: number[], i: number): number {
    const hours = this.hours
    const h = hours[i]
    let lo = 0
    let hi = list.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      const j = list[mid]
      if (hours[j] < h || (hours[j] === h && j < i)) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  add(i: number): void {
    const list = this.buckets[this.itemBucket[i]]
    list.splice(this.position(list, i), 0, i)
  }

  delete(i: number): void {
    const list = this.buckets[this.itemBucket[i]]
    const at = this.position(list, i)
    if (list[at] === i) list.splice(at, 1)
  }

  /**
   * The best value per hour engineer e could get from a pooled item that fits in `room` (and
   * `orchestrationRoom` if it is orchestration work), 0 if none: an upper bound for refills.
   */
  bestRate(e: number, room = Number.POSITIVE_INFINITY, orchestrationRoom = Number.POSITIVE_INFINITY): number {
    const { hours, buckets, bucketOrder, orchestrationBucket } = this
    const roomLimit = room + TOLERANCE
    const orchestrationLimit = Math.min(room, orchestrationRoom) + TOLERANCE
    const base = e * BUCKETS
    const end = base + this.orderLength[e]
    for (let k = base; k < end; k++) {
      const b = bucketOrder[k]
      const list = buckets[b]
      // Lists are sorted by hours: the first is the smallest.
      if (list.length > 0 && hours[list[0]] <= (orchestrationBucket[b] ? orchestrationLimit : roomLimit)) return this.bucketRate[k]
    }
    return 0
  }

  /** The best value per hour engineer e could get from any item at all (0 if none). */
  topRate(e: number): number {
    return this.orderLength[e] > 0 ? this.bucketRate[e * BUCKETS] : 0
  }

  /** The pooled item worth most to engineer e that fits in `room` (and `orchestrationRoom` if it is orchestration work), or -1. */
  best(e: number, room: number, orchestrationRoom: number): number {
    const { hours, buckets, bucketOrder, bucketRate, orchestrationBucket } = this
    const roomLimit = room + TOLERANCE
    if (roomLimit <= 0) return -1
    const orchestrationLimit = Math.min(room, orchestrationRoom) + TOLERANCE
    let best = -1
    let bestValue = 0
    const base = e * BUCKETS
    const end = base + this.orderLength[e]
    for (let k = base; k < end; k++) {
      const perHour = bucketRate[k]
      if (perHour * roomLimit <= bestValue) break
      const b = bucketOrder[k]
      const list = buckets[b]
      const size = list.length
      if (size === 0) continue
      const limit = orchestrationBucket[b] ? orchestrationLimit : roomLimit
      if (hours[list[0]] > limit) continue
      if (perHour * Math.min(limit, hours[list[size - 1]]) <= bestValue) continue
      let lo = 0
      let hi = size - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if (hours[list[mid]] <= limit) lo = mid
        else hi = mid - 1
      }
      const candidate = list[lo]
      const value = perHour * hours[candidate]
      if (value > bestValue) {
        best = candidate
        bestValue = value
      }
    }
    return best
  }
}
