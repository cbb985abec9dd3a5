import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  BALANCE_MIN_FIT,
  fit,
  generateInstance,
  HIGH_LOAD_SHARE,
  modeFits,
  planSprint,
  primaryType,
  type Plan,
  type PlanInput,
} from '@/lib/matching'
import { brokenRules, instanceArb, specMode } from './spec-oracle'

// Balance as a soft goal (decision 0057): a pass after the search, bounded by a share of the objective.

const assignmentOf = (plan: Plan) => new Map(plan.assignments.map((a) => [a.itemId, a.engineerId]))

/** Engineers above the 85% line, from the spec's hours (not the engine's summaries). */
function above(input: PlanInput, plan: Plan): string[] {
  const assignment = assignmentOf(plan)
  return input.engineers
    .filter(
      (e) =>
        input.items.filter((i) => assignment.get(i.id) === e.id).reduce((s, i) => s + i.hours, 0) >
        HIGH_LOAD_SHARE * e.capacityHours + 1e-9,
    )
    .map((e) => e.id)
}

/** Two craftspeople: the engine gives every craft item to the slightly better one (90% loaded), the other sits idle. */
const craft = (id: string, fit: number, capacityHours = 10) => ({
  id,
  capacityHours,
  affinity: { orchestration: 0.1, craft: fit, hybrid: 0.2 },
})
const skewed: PlanInput = {
  engineers: [craft('ana', 0.9), craft('ben', 0.89)],
  items: ['a', 'b', 'c'].map((id) => ({ id, type: 'NOVEL_PROBLEM' as const, hours: 3, priority: 1 as const })),
}

describe('the balance pass', () => {
  it('is off unless asked: the contract objective and no report', () => {
    const plan = planSprint(skewed)
    expect(plan.balance).toBeUndefined()
    expect(above(skewed, plan)).toEqual(['ana'])
  })

  it('moves the cheapest item to a fitting person with room and reports the cost against the budget', () => {
    const plan = planSprint(skewed, { balanceCostShare: 0.005 })
    expect(above(skewed, plan)).toEqual([])
    expect(plan.balance).toMatchObject({ budgetShare: 0.005, aboveBefore: ['ana'], aboveAfter: [], stoppedBy: 'done' })
    expect(plan.balance!.moves).toEqual([{ itemId: 'a', from: 'ana', to: 'ben', cost: 0.03 }])
    expect(plan.balance!.costShare).toBeCloseTo(0.03 / 8.1, 6)
    expect(plan.objective).toBeCloseTo(8.1 - 0.03, 6)
  })

  it('stops at the budget, and when nobody whose mode fits has room', () => {
    expect(planSprint(skewed, { balanceCostShare: 0.002 }).balance).toMatchObject({ moves: [], aboveAfter: ['ana'], stoppedBy: 'budget' })
    // Ben leans orchestration: craft work does not fit his mode, however cheap the move.
    const orchestrator = {
      ...skewed,
      engineers: [craft('ana', 0.9), { id: 'ben', capacityHours: 10, affinity: { orchestration: 0.95, craft: 0.89, hybrid: 0.2 } }],
    }
    expect(planSprint(orchestrator, { balanceCostShare: 0.05 }).balance).toMatchObject({ moves: [], stoppedBy: 'room' })
    // A fit below BALANCE_MIN_FIT is no fit, even in the same mode.
    const weak = { ...skewed, engineers: [craft('ana', 0.9), craft('ben', BALANCE_MIN_FIT - 0.01)] }
    expect(planSprint(weak, { balanceCostShare: 0.5 }).balance).toMatchObject({ moves: [], stoppedBy: 'room' })
  })

  it('never moves a locked or pinned item', () => {
    const locked = planSprint(
      { ...skewed, previous: { assignments: { a: 'ana', b: 'ana', c: 'ana' }, locked: ['a', 'b', 'c'] } },
      { balanceCostShare: 0.05 },
    )
    expect(locked.balance).toMatchObject({ moves: [], stoppedBy: 'room' })
    const pinned = planSprint({ ...skewed, items: skewed.items.map((i) => ({ ...i, pinnedTo: 'ana' })) }, { balanceCostShare: 0.05 })
    expect(pinned.balance).toMatchObject({ moves: [], stoppedBy: 'room' })
  })

  it('says which modes fit: the same mode, or either side hybrid', () => {
    expect(modeFits('craft', 'craft')).toBe(true)
    expect(modeFits('hybrid', 'orchestration')).toBe(true)
    expect(modeFits('orchestration', 'hybrid')).toBe(true)
    expect(modeFits('orchestration', 'craft')).toBe(false)
  })
})

const shareArb = fc.constantFrom(0, 0.001, 0.005, 0.02, 0.05)

describe('the balance pass on random instances', { timeout: 120_000 }, () => {
  it('keeps the budget and every hard rule, raises nobody above 85%, reports the true cost, and 0 changes nothing', () => {
    fc.assert(
      fc.property(instanceArb(5, 16), shareArb, fc.nat(), (raw, share, lockSeed) => {
        // Lock some items of a first plan, as a re-plan does, so locks are exercised too.
        const first = planSprint(raw)
        const locked = first.assignments.filter((_, k) => (k + lockSeed) % 3 === 0).map((a) => a.itemId)
        const input = { ...raw, previous: { assignments: Object.fromEntries(assignmentOf(first)), locked } }
        const plain = planSprint(input)
        const balanced = planSprint(input, { balanceCostShare: share })
        const report = balanced.balance!
        const after = assignmentOf(balanced)
        expect(brokenRules(input, after)).toEqual([])
        for (const id of locked) expect(after.get(id)).toBe(assignmentOf(plain).get(id))
        expect(report.cost).toBeCloseTo(plain.objective - balanced.objective, 5)
        expect(report.cost).toBeLessThanOrEqual(share * plain.objective + 1e-6)
        const before = new Set(above(input, plain))
        expect(above(input, balanced).filter((id) => !before.has(id))).toEqual([])
        expect(report.aboveBefore).toEqual(above(input, plain))
        expect(report.aboveAfter).toEqual(above(input, balanced))
        // Every move went to someone whose mode fits the item, with at least the least fit.
        for (const move of report.moves) {
          const item = input.items.find((i) => i.id === move.itemId)!
          const to = input.engineers.find((e) => e.id === move.to)!
          expect(modeFits(primaryType(to.affinity), specMode(item))).toBe(true)
          expect(fit(to, item.type, specMode(item))).toBeGreaterThanOrEqual(BALANCE_MIN_FIT)
        }
        // A share of 0 is balance off: exactly the engine's plan.
        const off = planSprint(input, { balanceCostShare: 0 })
        expect(off.balance!.moves).toEqual([])
        expect(off.assignments).toEqual(plain.assignments)
        expect(planSprint(input, { balanceCostShare: share })).toEqual(balanced)
      }),
      { numRuns: 60 },
    )
  })

  it('moves work on a generated sprint until the budget stops it, and spends no more than the budget', () => {
    const input = generateInstance({ items: 60, engineers: 8, seed: 2, family: 'heavy-tail' })
    const plain = planSprint(input)
    const balanced = planSprint(input, { balanceCostShare: 0.005 })
    expect(balanced.balance!.moves.length).toBeGreaterThan(0)
    expect(balanced.balance!.stoppedBy).toBe('budget')
    expect(balanced.balance!.costShare).toBeLessThanOrEqual(0.005)
    expect(balanced.objective).toBeCloseTo(plain.objective - balanced.balance!.cost, 5)
    expect(balanced.provenOptimal).toBe(false)
  })
})
