import type { Model } from './model'
import { CLASS_COUNT, EPS } from './model'

/**
 * The unassigned free items, bucketed by (class, priority) and sorted by hours,
 * so "the most valuable item that fits in r hours for engineer e" is one binary
 * search per bucket (at most 144) instead of a scan of the whole backlog.
 */
export class Pool {
  private readonly buckets: number[][]

  constructor(private readonly model: Model) {
    this.buckets = Array.from({ length: CLASS_COUNT * 4 }, () => [])
  }

  private bucketOf(i: number): number[] {
    return this.buckets[this.model.itemClass[i] * 4 + this.model.priority[i] - 1]
  }

  private position(list: number[], i: number): number {
    const { hours } = this.model
    let lo = 0
    let hi = list.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      const j = list[mid]
      if (hours[j] < hours[i] || (hours[j] === hours[i] && j < i)) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  add(i: number): void {
    const list = this.bucketOf(i)
    list.splice(this.position(list, i), 0, i)
  }

  delete(i: number): void {
    const list = this.bucketOf(i)
    const at = this.position(list, i)
    if (list[at] === i) list.splice(at, 1)
  }

  /** The pooled item worth most to engineer e that fits in `room` (and `orchestrationRoom` if it is orchestration work), or -1. */
  best(e: number, room: number, orchestrationRoom: number): number {
    const { hours, fitTable, isOrchestration, priority } = this.model
    let best = -1
    let bestValue = 0
    for (const list of this.buckets) {
      if (list.length === 0) continue
      const first = list[0]
      const perHour = priority[first] * fitTable[e * CLASS_COUNT + this.model.itemClass[first]]
      if (perHour <= 0) continue
      const limit = (isOrchestration[first] ? Math.min(room, orchestrationRoom) : room) + EPS
      if (hours[first] > limit || perHour * Math.min(limit, hours[list[list.length - 1]]) <= bestValue) continue
      let lo = 0
      let hi = list.length - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if (hours[list[mid]] <= limit) lo = mid
        else hi = mid - 1
      }
      const candidate = list[lo]
      if (perHour * hours[candidate] > bestValue) {
        best = candidate
        bestValue = perHour * hours[candidate]
      }
    }
    return best
  }
}
