import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { planSprint } from '@/lib/matching'
import { bruteForceOptimum, brokenRules, instanceArb, specValue } from './spec-oracle'

// Small plans get the iterated and exact search, so each run takes a while: a generous cap, not a timing check.
describe('planSprint on random instances', { timeout: 120_000 }, () => {
  it('keeps every hard rule and places each item exactly once (assigned or unassigned)', () => {
    fc.assert(
      fc.property(instanceArb(6, 30), (input) => {
        const plan = planSprint(input)
        const ids = [...plan.assignments.map((a) => a.itemId), ...plan.unassigned.map((u) => u.itemId)]
        expect(ids.sort()).toEqual(input.items.map((i) => i.id).sort())
        const assignment = new Map(plan.assignments.map((a) => [a.itemId, a.engineerId]))
        expect(brokenRules(input, assignment)).toEqual([])
      }),
      { numRuns: 80 },
    )
  })

  it('reports an objective equal to the sum of values recomputed from the spec', () => {
    fc.assert(
      fc.property(instanceArb(6, 30), (input) => {
        const plan = planSprint(input)
        let total = 0
        for (const a of plan.assignments) {
          const engineer = input.engineers.find((e) => e.id === a.engineerId)!
          const item = input.items.find((i) => i.id === a.itemId)!
          const value = specValue(engineer, item)
          expect(a.value).toBeCloseTo(value, 3)
          total += value
        }
        expect(plan.objective).toBeCloseTo(total, 3)
        expect(plan.objective).toBeLessThanOrEqual(plan.upperBound + 1e-6)
      }),
      { numRuns: 80 },
    )
  })

  it('returns identical output for identical input', () => {
    fc.assert(
      fc.property(instanceArb(5, 25), (input) => {
        const copy = structuredClone(input)
        expect(planSprint(copy)).toEqual(planSprint(input))
      }),
      { numRuns: 60 },
    )
  })

  it('finds the exhaustive-search optimum on tiny instances', () => {
    fc.assert(
      fc.property(instanceArb(3, 7), (input) => {
        const plan = planSprint(input)
        expect(plan.objective).toBeCloseTo(bruteForceOptimum(input), 6)
        expect(plan.provenOptimal).toBe(true)
      }),
      { numRuns: 200 },
    )
  })
})
