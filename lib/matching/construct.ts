import type { Model } from './model'
import { EPS } from './model'
import type { Relaxation } from './relaxation'
import type { PlanState } from './state'

/**
 * Rounds the LP: each group's items, largest first, go to the engineer with the
 * most of that group's LP hours still unfilled, as long as the item fits in that
 * quota. What cannot be rounded this way (the fractional remainders) is left to
 * the local search, which inserts it wherever it is worth most.
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
      if (quota.left + EPS < model.hours[i] || !state.fits(i, quota.engineer)) continue
      if (!best || quota.left > best.left) best = quota
    }
    if (!best) continue
    best.left -= model.hours[i]
    state.place(i, best.engineer)
  }
}
