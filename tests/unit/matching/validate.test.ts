import { describe, expect, it } from 'vitest'
import { InvalidInstanceError, planSprint, validateInstance } from '@/lib/matching'

const ana = { id: 'ana', capacityHours: 40, affinity: { orchestration: 0.8, craft: 0.4, hybrid: 0.5 } }
const cara = { id: 'cara', capacityHours: 20, affinity: { orchestration: 0.5, craft: 0.9, hybrid: 0.4 } }
const item = { id: 't1', type: 'DOCUMENTATION', hours: 4, priority: 2 }

const errorsFor = (raw: unknown) => {
  const result = validateInstance(raw)
  return result.ok ? [] : result.errors
}

describe('validateInstance', () => {
  it('accepts a well-formed instance', () => {
    expect(validateInstance({ engineers: [ana], items: [item] })).toEqual({ ok: true, input: { engineers: [ana], items: [item] } })
  })

  it.each([
    ['an unknown work type', { ...item, type: 'MAGIC' }, /^items\[0\] \(id "t1"\): type must be one of CRUD_SCAFFOLDING/],
    ['hours <= 0', { ...item, hours: 0 }, /^items\[0\] \(id "t1"\): hours must be greater than 0$/],
    ['a priority outside 1-4', { ...item, priority: 5 }, /^items\[0\] \(id "t1"\): priority must be 1, 2, 3 or 4$/],
    ['an unknown mode', { ...item, mode: 'vibes' }, /^items\[0\] \(id "t1"\): mode: must be one of orchestration, craft, hybrid$/],
    ['a pin to an unknown engineer', { ...item, pinnedTo: 'zed' }, /^items\[0\] \(id "t1"\): pinnedTo "zed" is not a known engineer$/],
  ])('names the item for %s', (_, bad, message) => {
    expect(errorsFor({ engineers: [ana], items: [bad] })).toEqual([expect.stringMatching(message)])
  })

  it('names the engineer for capacity <= 0 and affinity outside [0, 1]', () => {
    expect(errorsFor({ engineers: [{ ...ana, capacityHours: -1 }], items: [] })).toEqual([
      'engineers[0] (id "ana"): capacityHours must be greater than 0',
    ])
    expect(errorsFor({ engineers: [{ ...ana, affinity: { ...ana.affinity, craft: 1.2 } }], items: [] })).toEqual([
      'engineers[0] (id "ana"): affinity.craft: must be at most 1',
    ])
  })

  it('names both records of a duplicate id', () => {
    expect(errorsFor({ engineers: [ana, ana], items: [item, item] })).toEqual([
      'engineers[1] (id "ana"): duplicate id, already used by engineers[0]',
      'items[1] (id "t1"): duplicate id, already used by items[0]',
    ])
  })

  it('refuses pins that break the capacity or the deep-work rule', () => {
    const pinned = (id: string, hours: number) => ({ ...item, id, hours, pinnedTo: 'cara' })
    expect(errorsFor({ engineers: [cara], items: [pinned('a', 15), pinned('b', 10)] })).toEqual([
      'engineers[0] (id "cara"): pinned items a, b need 25 h but capacityHours is 20 (capacity rule)',
      'engineers[0] (id "cara"): pinned orchestration work (25 h) exceeds 40% of capacity (8 h) for a craftsperson (deep-work rule)',
    ])
  })

  it('refuses a malformed top level and unknown locked items', () => {
    expect(errorsFor(null)).toEqual(['instance: Invalid input: expected object, received null'])
    expect(errorsFor({ engineers: [ana], items: [item], previous: { assignments: {}, locked: ['nope'] } })).toEqual([
      'previous.locked: "nope" is not a known item',
    ])
  })

  it('makes planSprint throw with the same messages', () => {
    expect(() => planSprint({ engineers: [ana], items: [{ ...item, hours: -2 }] } as never)).toThrow(InvalidInstanceError)
  })
})
