import type { Model } from './model'
import { EPS } from './model'
import type { Relaxation } from './relaxation'
import type { PlanState } from './state'

/**
 * The share of an item an engineer's LP quota must cover for the item to be
 * rounded up onto them. Rounding only whole fits (1) leaves every fractional
 * piece to the local search, which then settles ~0.1% lower; 0.2-0.3 did best on
 * seeds 1-6 of every benchmark size (worst 99.76% of the LP bound, against
 * 99.45% for whole fits).
 */
const ROUND_UP_SHARE = 0.3

/**
 * Rounds the LP: each group's items, largest first, go to the engineer with the
 * most of that group's LP hours still unfilled, if that covers ROUND_UP_SHARE of
 * the item and the item fits. What cannot be rounded this way is left to the
 * local search, which inserts it wherever it is worth most.
 */
export function construct(model: Model, state: PlanState, relaxation: Relaxation): void {
  const { groupOf, groupCount, quotaGroup, quotaEngineer, quotaHours } = relaxation
  const quotas: { engineer: number; left: number }[][] = Array.from({ length: groupCount }, () => [])
  quotaGroup.forEach((g, k) => quotas[g].push({ engineer: quotaEngineer[k], left: quotaHours[k] }))
  const order = Array.from(groupOf.keys()).filter((i) => groupOf[i] >= 0)
  order.sort((a, b) => model.hours[b] - model.hours[a] || a - b)
  for (const i of order) {
    let best: { engineer: number; left: number } | undefined
    for (const quota of quotas[groupOf[i]]) {
      if (quota.left + EPS < ROUND_UP_SHARE * model.hours[i] || !state.fits(i, quota.engineer)) continue
      if (!best || quota.left > best.left) best = quota
    }
    if (!best) continue
    best.left -= model.hours[i]
    state.place(i, best.engineer)
  }
}
