import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  affectedEngineers,
  changeCounts,
  changesFor,
  countChanges,
  hasChanges,
  planChangedNotice,
  publishedHoursOf,
  type PlannedItem,
} from '@/lib/planner/published-changes'

const item = (itemId: string, engineerId: string | null, over: Partial<PlannedItem> = {}): PlannedItem => ({
  itemId,
  title: itemId.toUpperCase(),
  engineerId,
  mode: 'craft',
  hours: 4,
  ...over,
})

describe('changes for one engineer between two published versions', () => {
  const before = [item('a', 'x'), item('b', 'x'), item('c', 'x'), item('d', 'y'), item('e', null)]
  const after = [item('a', 'x'), item('b', 'y'), item('c', 'x', { mode: 'hybrid', hours: 6 }), item('d', 'x'), item('e', 'x')]

  it('lists added, removed and changed (mode or hours) items', () => {
    const c = changesFor('x', before, after)
    expect(c.added.map((i) => i.itemId)).toEqual(['d', 'e'])
    expect(c.removed.map((i) => i.itemId)).toEqual(['b'])
    expect(c.changed).toEqual([{ itemId: 'c', title: 'C', before: { mode: 'craft', hours: 4 }, after: { mode: 'hybrid', hours: 6 } }])
    expect(changeCounts(c)).toBe('+2 items, \u22121 item, 1 changed')
    expect(planChangedNotice('Sprint 12', 4, c)).toBe('Sprint 12 plan v4 is published: 2 items added, 1 removed, 1 changed for you')
  })

  it('names only what happened, in the words of the issue', () => {
    const c = changesFor('y', [item('a', 'y')], [item('a', 'y'), item('b', 'y')])
    expect(changeCounts(c)).toBe('+1 item')
    expect(planChangedNotice('Sprint 12', 4, changesFor('y', [item('a', 'y')], [item('b', 'y')]))).toBe(
      'Sprint 12 plan v4 is published: 1 item added, 1 removed for you',
    )
  })

  it('affects exactly the engineers with a difference, and counts plan-wide changes', () => {
    expect(affectedEngineers(before, after)).toEqual(['x', 'y'])
    expect(affectedEngineers(before, before)).toEqual([])
    // b and d moved, e was assigned, c changed in place; a is the same.
    expect(countChanges(before, after)).toBe(4)
    expect(countChanges(before, [...after, item('f', 'y')])).toBe(5)
  })
})

describe('properties', () => {
  const plannedItem = fc.record({
    itemId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
    title: fc.constant('T'),
    engineerId: fc.constantFrom('x', 'y', 'z', null),
    mode: fc.constantFrom('craft', 'hybrid', 'orchestration' as const),
    hours: fc.integer({ min: 1, max: 3 }),
  })
  const version = fc.uniqueArray(plannedItem, { selector: (i) => i.itemId })

  it('nothing changes between a version and itself; otherwise someone is affected iff the change touches them', () => {
    fc.assert(
      fc.property(version, version, (before, after) => {
        expect(countChanges(before, before)).toBe(0)
        expect(affectedEngineers(before, before)).toEqual([])
        const affected = affectedEngineers(before, after)
        for (const id of ['x', 'y', 'z']) expect(affected.includes(id)).toBe(hasChanges(changesFor(id, before, after)))
        // A change that touches someone is a change of the plan (the reverse fails for unassigned items).
        expect(affected.length === 0 || countChanges(before, after) > 0).toBe(true)
      }),
    )
  })
})

it('reads the hours stored at publishing, ignoring anything else', () => {
  expect(publishedHoursOf({ publishedHours: { a: 3, b: 'x' } })).toEqual({ a: 3 })
  expect(publishedHoursOf({})).toEqual({})
  expect(publishedHoursOf(null)).toEqual({})
})
