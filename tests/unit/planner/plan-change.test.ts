import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { planSprint, type PlanInput } from '@/lib/matching'
import { diffPlans, movedWords, planChange } from '@/lib/planner/diff'
import type { BuiltInput } from '@/lib/planner/input'
import { storePlan } from '@/lib/planner/result'
import type { AssignmentMap, PlanChange } from '@/lib/planner/types'
import { instanceArb } from '../matching/spec-oracle'

// One source of truth: whatever shows a moved count or its words (a re-plan's summary and "why", the
// what-if preview, the version comparison) reads planChange, so the words always match the lists.

const people = ['ada', 'bob', 'cy', null] as const
const assignmentArb: fc.Arbitrary<AssignmentMap> = fc.dictionary(
  fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'),
  fc.constantFrom(...people),
)
const objectiveArb = fc.double({ min: 0, max: 500, noNaN: true })
const sideArb = fc.record({ assignment: assignmentArb, objective: objectiveArb })

/** The words agree with the lists: the count, "No item had to move" exactly when none moved, the objective's sign. */
function expectWordsMatch(change: PlanChange) {
  const n = change.moved.length
  expect(change.movedCount).toBe(n)
  expect(change.text.moved).toBe(movedWords(n))
  expect(change.text.headline.startsWith(change.text.moved)).toBe(true)
  expect(change.text.headline.startsWith('No item had to move')).toBe(n === 0)
  expect(Number(/^(\d+) items? moved/.exec(change.text.headline)?.[1] ?? 0)).toBe(n)
  expect(change.text.objective.startsWith('Objective rose by ')).toBe(change.objectiveDelta > 0)
  expect(change.text.objective.startsWith('Objective fell by ')).toBe(change.objectiveDelta < 0)
  expect(change.text.objective.startsWith('Objective unchanged at ')).toBe(change.objectiveDelta === 0)
  expect(change.text.headline).toContain(change.text.objective)
  expect(change.text.headline.includes(`${change.added.length} added`)).toBe(change.added.length > 0)
  expect(change.text.headline.includes(`${change.removed.length} removed`)).toBe(change.removed.length > 0)
}

describe('planChange', () => {
  it('words always agree with the moved, added and removed lists and the objective change', () => {
    fc.assert(
      fc.property(sideArb, sideArb, (before, after) => {
        const change = planChange(before, after)
        expectWordsMatch(change)
        expect(change.objectiveDelta).toBeCloseTo(after.objective - before.objective, 5)
        for (const m of change.moved) expect(before.assignment[m.itemId] ?? null).not.toBe(after.assignment[m.itemId] ?? null)
      }),
      { numRuns: 300 },
    )
  })

  it('says "No item had to move" for the same plan, and counts one and many moves', () => {
    expect(planChange({ assignment: { a: 'ada' }, objective: 5 }, { assignment: { a: 'ada' }, objective: 5 }).text.headline).toBe(
      'No item had to move. Objective unchanged at 5.',
    )
    expect(
      planChange({ assignment: { a: 'ada', b: null }, objective: 5 }, { assignment: { a: 'bob', b: 'ada', c: null }, objective: 7.25 }).text
        .headline,
    ).toBe('2 items moved, 1 added. Objective rose by 2.3, from 5 to 7.3.')
    expect(planChange({ assignment: { a: 'ada' }, objective: 5 }, { assignment: { a: null }, objective: 4.99 }).text.headline).toBe(
      '1 item moved. Objective fell by less than 0.1, from 5 to 5.',
    )
  })
})

const built = (input: PlanInput): BuiltInput => ({ input, names: {}, unplanned: [], notes: [] })
const assignmentOf = (plan: ReturnType<typeof planSprint>): AssignmentMap => ({
  ...Object.fromEntries(plan.unassigned.map((u) => [u.itemId, null])),
  ...Object.fromEntries(plan.assignments.map((a) => [a.itemId, a.engineerId])),
})

describe('re-plan, what-if and version compare say the same', { timeout: 120_000 }, () => {
  it('the stored summary and its "why" agree with the comparison of the two versions', () => {
    fc.assert(
      fc.property(instanceArb(4, 12), fc.integer({ min: 0, max: 3 }), fc.boolean(), (input, drop, whatIf) => {
        const first = planSprint(input)
        const base = { assignment: assignmentOf(first), objective: first.objective }
        // A what-if takes someone out; a re-plan starts from the same people (both keep the previous placement where it pays).
        const engineers =
          whatIf && input.engineers.length > 1 ? input.engineers.filter((_, k) => k !== drop % input.engineers.length) : input.engineers
        const present = new Set(engineers.map((e) => e.id))
        const items = input.items.map((i) => (i.pinnedTo && !present.has(i.pinnedTo) ? { ...i, pinnedTo: undefined } : i))
        const previous = Object.fromEntries(
          Object.entries(base.assignment).filter((e): e is [string, string] => e[1] !== null && present.has(e[1])),
        )
        const next = { ...input, engineers, items, previous: { assignments: previous } }
        const stored = storePlan(
          planSprint(next),
          built(next),
          { kind: whatIf ? 'what-if' : 'replan', basedOnVersion: 1, scenario: { capacity: {}, removed: [] } },
          new Set(),
          {
            ...base,
            causes: whatIf ? ['Someone is no longer planned.'] : [],
          },
        )
        // Version compare: diffPlans of the two stored versions.
        const compared = diffPlans(
          { ...base, summaries: [] },
          { assignment: stored.assignment, objective: stored.objective, summaries: [] },
        )
        expectWordsMatch(compared)
        // The re-plan's (or saved what-if's) stored count and ids, and the what-if preview's diff (stored.change).
        expect(stored.change).not.toBeNull()
        expect(stored.change!.moved).toEqual(compared.moved)
        expect(stored.change!.text).toEqual(compared.text)
        expect(stored.summary.movedCount).toBe(compared.moved.length)
        expect(stored.summary.movedItemIds).toEqual(compared.moved.map((m) => m.itemId))
        const last = stored.summary.why[stored.summary.why.length - 1]
        expect(last.startsWith(movedWords(compared.moved.length))).toBe(true)
      }),
      { numRuns: 40 },
    )
  })
})
