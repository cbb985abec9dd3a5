import { describe, expect, it } from 'vitest'
import type { Engineer, PlanInput } from '@/lib/matching'
import { planSprint, primaryType } from '@/lib/matching'

const engineer = (id: string, capacityHours: number, orchestration: number, craft: number, hybrid: number): Engineer => ({
  id,
  capacityHours,
  affinity: { orchestration, craft, hybrid },
})

describe('hand-made instances, one per rule', () => {
  it('keeps a craftsperson under 40% orchestration and says why the work went elsewhere', () => {
    const input: PlanInput = {
      engineers: [engineer('cara', 20, 0.85, 0.9, 0.3), engineer('olly', 14, 0.5, 0.2, 0.3)],
      items: ['o1', 'o2', 'o3'].map((id) => ({ id, type: 'BOILERPLATE' as const, hours: 7, priority: 4 as const })),
    }
    const plan = planSprint(input)
    const cara = plan.assignments.filter((a) => a.engineerId === 'cara')
    expect(cara).toHaveLength(1)
    const withOlly = plan.assignments.filter((a) => a.engineerId === 'olly')
    expect(withOlly).toHaveLength(2)
    for (const a of withOlly) {
      expect(a.reasons[0]).toBe(
        'cara fits better (0.85) but is a craftsperson: taking it would push their orchestration work past 40% of capacity (deep-work rule).',
      )
    }
    const summary = plan.engineers.find((e) => e.engineerId === 'cara')!
    expect(summary.deepWorkShare).toBeCloseTo(0.65, 6)
    expect(summary.warnings).toContain('Orchestration work takes 35% of their capacity, near the 40% deep-work limit for craftspeople.')
  })

  it('treats a tie at the top as hybrid, so the 40% rule does not apply', () => {
    const tied = engineer('tess', 20, 0.8, 0.8, 0.3)
    expect(primaryType(tied.affinity)).toBe('hybrid')
    const plan = planSprint({
      engineers: [tied],
      items: ['a', 'b'].map((id) => ({ id, type: 'DOCUMENTATION' as const, hours: 10, priority: 2 as const })),
    })
    expect(plan.assignments.map((a) => a.itemId)).toEqual(['a', 'b'])
    expect(plan.engineers[0].deepWorkShare).toBe(0)
  })

  it('honours a pin that costs value and explains it', () => {
    const input: PlanInput = {
      engineers: [engineer('ana', 40, 0.9, 0.2, 0.4), engineer('ben', 40, 0.3, 0.9, 0.4)],
      items: [{ id: 'doc', type: 'DOCUMENTATION', hours: 8, priority: 3, pinnedTo: 'ben' }],
    }
    const plan = planSprint(input)
    expect(plan.assignments).toHaveLength(1)
    const [doc] = plan.assignments
    expect(doc.engineerId).toBe('ben')
    expect(doc.value).toBeCloseTo(3 * 8 * 0.3, 9)
    expect(doc.reasons[0]).toBe('Pinned to ben, so it goes to them whatever it costs.')
    expect(doc.alternative).toBeNull()
    expect(planSprint({ ...input, items: [{ ...input.items[0], pinnedTo: null }] }).objective).toBeCloseTo(3 * 8 * 0.9, 9)
  })

  it('leaves an item nobody can take unassigned, with the reason', () => {
    const plan = planSprint({
      engineers: [engineer('ana', 40, 0.9, 0.5, 0.4), engineer('ben', 30, 0.3, 0.9, 0.4)],
      items: [
        { id: 'huge', type: 'ARCHITECTURE', hours: 50, priority: 4 },
        { id: 'small', type: 'ARCHITECTURE', hours: 5, priority: 1 },
      ],
    })
    expect(plan.unassigned).toEqual([
      { itemId: 'huge', reason: 'Needs 50 h, more than the capacity of anyone with a fit for it (at most 40 h).' },
    ])
    expect(plan.assignments.map((a) => [a.itemId, a.engineerId])).toEqual([['small', 'ben']])
    expect(plan.assignments[0].reasons[0]).toBe('ben has the highest fit of anyone for this item.')
  })

  it('says so when nobody has any fit for the work', () => {
    const plan = planSprint({
      engineers: [engineer('ana', 40, 0.9, 0, 0.4)],
      items: [{ id: 'perf', type: 'PERFORMANCE_CRITICAL', hours: 5, priority: 2 }],
    })
    expect(plan.unassigned[0].reason).toBe('Nobody has any fit for craft work of this type (fit 0 for every engineer).')
  })

  it('says why an unassigned item fits nobody: the deep-work limit, or better work filling the room', () => {
    // Craftspeople only: 12 h of orchestration is above 40% of 20 h (8 h) and 25 h (10 h).
    const craftOnly = planSprint({
      engineers: [engineer('ana', 20, 0.6, 0.9, 0.4), engineer('ben', 25, 0.5, 0.8, 0.4)],
      items: [{ id: 'docs', type: 'DOCUMENTATION', hours: 12, priority: 1 }],
    })
    expect(craftOnly.unassigned).toEqual([
      {
        itemId: 'docs',
        reason:
          'Needs 12 h of orchestration work; everyone with a fit for it is a craftsperson whose 40% deep-work limit is lower than that.',
      },
    ])
    // ana could take the small item, but the urgent one fills her 10 h and is worth more.
    const full = planSprint({
      engineers: [engineer('ana', 10, 0.9, 0.5, 0.4)],
      items: [
        { id: 'urgent', type: 'DOCUMENTATION', hours: 10, priority: 4 },
        { id: 'later', type: 'DOCUMENTATION', hours: 4, priority: 1 },
      ],
    })
    expect(full.unassigned.map((u) => u.itemId)).toEqual(['later'])
    // Fitting it means dropping the urgent item: 4 x 10 h x 0.9 lost, 1 x 4 h x 0.9 gained.
    expect(full.unassigned[0].reason).toBe(
      "Everyone who could take it is full with higher-value work: the best fit, ana (0.90), has 0 h free and it needs 4 h; fitting it would lower the plan's value by 32.4.",
    )
  })

  it('prices the next-best alternative and warns about avoided work and a stated mode', () => {
    const plan = planSprint({
      engineers: [
        { ...engineer('ana', 10, 0.9, 0.2, 0.4), preferences: { TEST_GENERATION: 'avoid' }, preferredMode: 'craft' },
        engineer('ben', 10, 0.6, 0.2, 0.4),
      ],
      items: [
        { id: 'tests', type: 'TEST_GENERATION', hours: 10, priority: 2 },
        { id: 'docs', type: 'DOCUMENTATION', hours: 10, priority: 1 },
      ],
    })
    const tests = plan.assignments.find((a) => a.itemId === 'tests')!
    expect(tests.engineerId).toBe('ana')
    expect(tests.reasons).toContain('ana avoids TEST_GENERATION work; it still went to them because the better options were full.')
    // ben takes the tests and ana the docs: the same total, so the alternative costs nothing.
    expect(tests.alternative).toMatchObject({ engineerId: 'ben', objectiveCost: 0 })
    expect(tests.alternative?.note).toBe('Swap: docs would move to ana.')
    const ana = plan.engineers.find((e) => e.engineerId === 'ana')!
    expect(ana.warnings).toEqual([
      '100% loaded (10 h of 10 h), over 85%.',
      'Assigned 1 item(s) of a type they avoid (tests); each counts 0.15 less fit.',
      'Prefers craft work, but only 0 h of 10 h planned are craft.',
    ])
  })
})
