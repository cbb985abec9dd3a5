import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assessDeepWork, deepWorkShare, deepWorkTargetFor, sortDeepWork, type PersonSprintLoad } from '@/lib/metrics/deep-work'

const load = (over: Partial<PersonSprintLoad>): PersonSprintLoad => ({
  teamId: 't',
  sprintId: 's',
  membershipId: 'm',
  name: 'Ada',
  primaryType: 'craft',
  preferredMode: null,
  deepWorkTarget: 0.6,
  capacity: 60,
  hours: { orchestration: 0, craft: 0, hybrid: 0 },
  craftCriticalHours: 0,
  items: 0,
  ...over,
})

describe('deep-work protection', () => {
  it('computes the docs/matching-contract.md share = (capacity − orchestration) / capacity', () => {
    expect(deepWorkShare(60, 24)).toBeCloseTo(0.6)
    expect(deepWorkShare(60, 0)).toBe(1)
    expect(deepWorkShare(0, 0)).toBe(1)
    expect(deepWorkShare(0, 5)).toBe(0)
    expect(deepWorkShare(10, 50)).toBe(0)
  })

  it('targets only craftspeople, 60% unless their profile says otherwise', () => {
    expect(deepWorkTargetFor('craft', null)).toBe(0.6)
    expect(deepWorkTargetFor('craft', 0.7)).toBe(0.7)
    expect(deepWorkTargetFor('hybrid', 0.6)).toBeNull()
    expect(deepWorkTargetFor(null, 0.6)).toBeNull()
  })

  it('flags a craftsperson below target and anyone with many parallel items', () => {
    const below = assessDeepWork(load({ hours: { orchestration: 30, craft: 20, hybrid: 0 }, items: 6 }))
    expect(below.share).toBe(0.5)
    expect(below.flags).toEqual(['below-target', 'context-switching'])
    const atTarget = assessDeepWork(load({ hours: { orchestration: 24, craft: 0, hybrid: 0 }, items: 5 }))
    expect(atTarget.flags).toEqual([])
    const orchestrator = assessDeepWork(load({ primaryType: 'orchestration', hours: { orchestration: 60, craft: 0, hybrid: 0 } }))
    expect(orchestrator.share).toBe(0)
    expect(orchestrator.flags).toEqual([])
  })

  it('sorts flagged people first, most below target first', () => {
    const rows = [
      assessDeepWork(load({ name: 'Bea', membershipId: 'b' })),
      assessDeepWork(load({ name: 'Cy', membershipId: 'c', hours: { orchestration: 30, craft: 0, hybrid: 0 } })),
      assessDeepWork(load({ name: 'Di', membershipId: 'd', hours: { orchestration: 45, craft: 0, hybrid: 0 } })),
    ]
    expect(sortDeepWork(rows).map((r) => r.name)).toEqual(['Di', 'Cy', 'Bea'])
  })

  it('property: the share is always in [0, 1] and below-target means share < target', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 200, noNaN: true }),
        fc.double({ min: -10, max: 300, noNaN: true }),
        fc.constantFrom('craft', 'hybrid', 'orchestration', null),
        (capacity, orch, type) => {
          const row = assessDeepWork(
            load({ capacity, primaryType: type as PersonSprintLoad['primaryType'], hours: { orchestration: orch, craft: 0, hybrid: 0 } }),
          )
          const inRange = row.share >= 0 && row.share <= 1
          const flagged = row.flags.includes('below-target')
          return inRange && flagged === (row.target !== null && row.share < row.target)
        },
      ),
    )
  })
})
