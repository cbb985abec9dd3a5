/**
 * The benchmark's baseline: a simple greedy written from the public API only.
 * Items by their best possible value, each to the engineer worth most among those
 * with room under the hard rules.
 */
import type { PlanInput } from '../lib/matching'
import { itemMode, orchestrationLimit, resolvePolicy, value } from '../lib/matching'

export function greedyObjective(input: PlanInput): number {
  const policy = resolvePolicy(input.policy)
  const load = input.engineers.map(() => 0)
  const orchestration = input.engineers.map(() => 0)
  const limits = input.engineers.map(orchestrationLimit)
  const worth = input.items.map((item) => input.engineers.map((e) => value(e, item, itemMode(item, policy))))
  const best = worth.map((row) => Math.max(0, ...row))
  const order = input.items.map((_, i) => i).sort((a, b) => best[b] - best[a] || a - b)
  let total = 0
  for (const i of order) {
    const item = input.items[i]
    const isOrchestration = itemMode(item, policy) === 'orchestration'
    let choice = -1
    input.engineers.forEach((e, k) => {
      if (item.pinnedTo && item.pinnedTo !== e.id) return
      if (load[k] + item.hours > e.capacityHours) return
      if (isOrchestration && orchestration[k] + item.hours > limits[k]) return
      if (choice < 0 || worth[i][k] > worth[i][choice]) choice = k
    })
    if (choice < 0 || (worth[i][choice] <= 0 && !item.pinnedTo)) continue
    load[choice] += item.hours
    if (isOrchestration) orchestration[choice] += item.hours
    total += worth[i][choice]
  }
  return total
}
