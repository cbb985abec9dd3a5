import { describe, expect, it } from 'vitest'
import type { PlanInput } from '@/lib/matching'
import { checkMove } from '@/lib/matching'

const input: PlanInput = {
  engineers: [
    { id: 'ana', capacityHours: 20, affinity: { orchestration: 0.9, craft: 0.3, hybrid: 0.5 } },
    { id: 'cara', capacityHours: 20, affinity: { orchestration: 0.6, craft: 0.9, hybrid: 0.4 }, preferences: { BOILERPLATE: 'avoid' } },
  ],
  items: [
    { id: 'boiler', type: 'BOILERPLATE', hours: 9, priority: 2 },
    { id: 'arch', type: 'ARCHITECTURE', hours: 15, priority: 3 },
    { id: 'pinned', type: 'DOCUMENTATION', hours: 2, priority: 1, pinnedTo: 'ana' },
  ],
}
const current = { boiler: 'ana', arch: 'cara', pinned: 'ana' }

describe('checkMove', () => {
  it('refuses a move past the deep-work limit and names the rule', () => {
    expect(checkMove(input, { boiler: 'ana', pinned: 'ana' }, 'boiler', 'cara')).toEqual({
      allowed: false,
      rule: 'deep-work',
      reason: 'cara is a craftsperson: 9 h of orchestration work would pass 40% of their capacity (deep-work rule).',
    })
  })

  it('refuses a move over capacity', () => {
    expect(checkMove(input, current, 'arch', 'ana')).toMatchObject({ allowed: false, rule: 'capacity' })
  })

  it('refuses to move a pinned item', () => {
    expect(checkMove(input, current, 'pinned', 'cara')).toEqual({
      allowed: false,
      rule: 'pin',
      reason: 'pinned is pinned to ana; unpin it first.',
    })
  })

  it('allows a legal move and reports its soft costs', () => {
    const smaller = { ...input, items: input.items.map((i) => (i.id === 'boiler' ? { ...i, hours: 5 } : i)) }
    expect(checkMove(smaller, current, 'boiler', 'cara')).toEqual({
      allowed: true,
      objectiveDelta: -4.5, // 2 x 5 h x (0.45 - 0.9)
      warnings: ["Lowers the plan's value by 4.5 (fit 0.45 for cara).", 'cara would be 100% loaded.', 'cara avoids BOILERPLATE work.'],
    })
  })

  it('allows taking an item off the plan at the cost of its value', () => {
    expect(checkMove(input, current, 'boiler', null)).toEqual({
      allowed: true,
      objectiveDelta: -16.2,
      warnings: ['Takes boiler off the plan.'],
    })
  })
})
