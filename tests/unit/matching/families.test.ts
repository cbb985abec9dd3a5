import highsLoader from 'highs'
import { describe, expect, it } from 'vitest'
import type { InstanceFamily, WorkItem } from '@/lib/matching'
import { INSTANCE_FAMILIES, generateInstance, planSprint, primaryType, validateInstance } from '@/lib/matching'
import { buildModel } from '@/lib/matching/model'
import { lpBound } from '@/scripts/matching-bound'
import { toLpText } from '@/scripts/matching-highs'
import { brokenRules } from './spec-oracle'

const sample = (family: InstanceFamily, seed = 1) => generateInstance({ family, items: 400, engineers: 30, seed })
const share = (items: WorkItem[], test: (item: WorkItem) => boolean) => items.filter(test).length / items.length

/** What makes each family what it is, checked on the generated data. */
const SHAPE: Record<InstanceFamily, (instance: ReturnType<typeof sample>) => void> = {
  standard: ({ items }) => expect(Math.max(...items.map((i) => i.hours))).toBeLessThanOrEqual(24),
  tight: (instance) => {
    const model = buildModel(instance)
    // The deep-work rule binds: the LP is worth less with it than without it.
    expect(lpBound(model, true)).toBeLessThan(lpBound(model, false) - 1)
  },
  'heavy-tail': ({ items }) => {
    expect(share(items, (i) => i.hours === 1)).toBeGreaterThan(0.65)
    expect(share(items, (i) => i.hours >= 12)).toBeGreaterThan(0.05)
    expect(Math.max(...items.map((i) => i.hours))).toBeLessThanOrEqual(24)
  },
  'wide-capacity': ({ engineers }) => {
    const capacities = engineers.map((e) => e.capacityHours)
    expect(Math.min(...capacities)).toBeGreaterThanOrEqual(20)
    expect(Math.max(...capacities)).toBeLessThanOrEqual(70)
    expect(new Set(capacities).size).toBeGreaterThan(15)
  },
  'small-items': ({ items }) => expect(Math.max(...items.map((i) => i.hours))).toBeLessThanOrEqual(4),
  'huge-items': ({ items }) => {
    const huge = share(items, (i) => i.hours >= 24)
    expect(huge).toBeGreaterThan(0.01)
    expect(huge).toBeLessThan(0.06)
  },
  'many-pins': ({ items }) => expect(share(items, (i) => Boolean(i.pinnedTo))).toBeGreaterThan(0.1),
  'many-avoids': ({ engineers }) => {
    for (const e of engineers) expect(Object.values(e.preferences ?? {}).filter((p) => p === 'avoid').length).toBeGreaterThanOrEqual(2)
  },
  'top-ties': ({ engineers }) => {
    const tied = engineers.filter((e) => {
      const scores = Object.values(e.affinity).sort((a, b) => b - a)
      return scores[0] === scores[1]
    })
    expect(tied.length / engineers.length).toBeGreaterThan(0.3)
    expect(tied.every((e) => primaryType(e.affinity) === 'hybrid')).toBe(true)
  },
}

describe.each(INSTANCE_FAMILIES)('the %s family', (family) => {
  it('generates valid instances with the family shape, the same for the same seed', () => {
    for (const seed of [1, 2, 3]) {
      const instance = sample(family, seed)
      const validation = validateInstance(instance)
      expect(validation.ok ? [] : validation.errors).toEqual([])
      SHAPE[family](instance)
      expect(sample(family, seed)).toEqual(instance)
    }
    expect(sample(family, 2)).not.toEqual(sample(family, 1))
  })

  it('plans the same input the same way, and keeps every hard rule', () => {
    const instance = generateInstance({ family, items: 300, engineers: 25, seed: 5 })
    const plan = planSprint(instance)
    expect(planSprint(structuredClone(instance))).toEqual(plan)
    expect(brokenRules(instance, new Map(plan.assignments.map((a) => [a.itemId, a.engineerId])))).toEqual([])
  }, 60_000)

  it('finds and proves the optimum at 30x5, equal to HiGHS MIP', async () => {
    const instance = generateInstance({ family, items: 30, engineers: 5, seed: 1 })
    const plan = planSprint(instance)
    expect(plan.provenOptimal).toBe(true)
    const highs = await highsLoader()
    const mip = highs.solve(toLpText(instance, { integer: true }), { output_flag: false, mip_rel_gap: 1e-9 })
    expect(mip.Status).toBe('Optimal')
    expect(plan.objective).toBeCloseTo(mip.ObjectiveValue, 6)
  }, 60_000)
})

describe('the rebuild rounds', () => {
  // Without them these plans end at 99.40% and 99.57% of the LP bound (the local search alone).
  it.each([
    ['heavy-tail', 2],
    ['huge-items', 1],
  ] as const)(
    'lift %s 500x40 (seed %i) above 99.8% of the LP bound',
    (family, seed) => {
      const plan = planSprint(generateInstance({ family, items: 500, engineers: 40, seed }))
      expect(plan.objective / plan.upperBound).toBeGreaterThanOrEqual(0.998)
      expect(planSprint(generateInstance({ family, items: 500, engineers: 40, seed }), { rebuildRounds: 0 }).objective).toBeLessThan(
        0.997 * plan.upperBound,
      )
    },
    60_000,
  )

  // From 2000 items the budget is one round (solve.ts): the local search alone leaves tight 2000x100
  // at 99.836% of the LP bound and that round lifts it to 99.870%, as much as seven rounds do. More
  // rounds add at most 0.007 points there (huge-items seed 1: 99.916% after one, 99.923% after seven),
  // not worth their time in a cold `npm run plan`.
  it('spend one round at 2000x100', () => {
    const tight = generateInstance({ family: 'tight', items: 2000, engineers: 100, seed: 1 })
    const plan = planSprint(tight)
    expect(plan.objective / plan.upperBound).toBeGreaterThanOrEqual(0.9986)
    expect(planSprint(tight, { rebuildRounds: 0 }).objective / plan.upperBound).toBeLessThan(0.9984)
    const huge = generateInstance({ family: 'huge-items', items: 2000, engineers: 100, seed: 1 })
    expect(planSprint(huge)).toEqual(planSprint(huge, { rebuildRounds: 1 }))
    expect(planSprint(huge, { rebuildRounds: 7 }).objective).toBeGreaterThan(planSprint(huge).objective)
  }, 60_000)
})
