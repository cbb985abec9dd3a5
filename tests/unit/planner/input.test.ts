import { describe, expect, it } from 'vitest'
import { buildPlanInput, parsePreferences, type MemberRow } from '@/lib/planner/input'

const profile = {
  affinityOrchestration: 30,
  affinityCraft: 90,
  affinityHybrid: 50,
  preferences: { DOCUMENTATION: 'avoid', NOVEL_PROBLEM: 'enjoy', BOGUS: 'enjoy' },
  preferredMode: 'craft' as const,
  capacityHours: 60,
}
const members: MemberRow[] = [
  { membershipId: 'ada', name: 'Ada', role: 'ENGINEER', profile, availabilityHours: 48 },
  { membershipId: 'bob', name: 'Bob', role: 'LEAD', profile: { ...profile, preferredMode: null }, availabilityHours: null },
  { membershipId: 'mgr', name: 'Maya', role: 'MANAGER', profile: null, availabilityHours: null },
  { membershipId: 'eve', name: 'Eve', role: 'ENGINEER', profile: null, availabilityHours: null },
]
const items = [
  { id: 'i1', title: 'Fix auth', type: 'SECURITY_AUTH' as const, hours: 5, priority: 9, modeOverride: null, pinnedToId: 'mgr' },
  { id: 'i2', title: 'Docs', type: 'DOCUMENTATION' as const, hours: 3, priority: 2, modeOverride: 'hybrid' as const, pinnedToId: 'ada' },
  { id: 'i3', title: 'Zero', type: 'BOILERPLATE' as const, hours: 0, priority: 1, modeOverride: null, pinnedToId: null },
]

describe('buildPlanInput', () => {
  const built = buildPlanInput({ members, items, policies: [{ workType: 'CODE_REVIEW', mode: 'hybrid' }] })

  it('plans only members with a profile and says why an engineer without one is left out', () => {
    expect(built.input.engineers.map((e) => e.id)).toEqual(['ada', 'bob'])
    // A manager without a profile is not expected to take sprint work: left out without a word.
    expect(built.unplanned).toEqual([expect.objectContaining({ membershipId: 'eve', reason: expect.stringMatching(/profile/) })])
  })

  it('uses the Availability row, else the profile capacity, and scales affinities to 0..1', () => {
    const [ada, bob] = built.input.engineers
    expect(ada.capacityHours).toBe(48)
    expect(bob.capacityHours).toBe(60)
    expect(ada.affinity).toEqual({ orchestration: 0.3, craft: 0.9, hybrid: 0.5 })
    expect(ada.preferredMode).toBe('craft')
    expect(bob.preferredMode).toBeUndefined()
  })

  it('keeps valid preferences only, clamps priority and drops zero-hour items', () => {
    expect(built.input.engineers[0].preferences).toEqual({ DOCUMENTATION: 'avoid', NOVEL_PROBLEM: 'enjoy' })
    expect(built.input.items.map((i) => [i.id, i.priority, i.mode])).toEqual([
      ['i1', 4, null],
      ['i2', 2, 'hybrid'],
    ])
    expect(built.input.policy).toEqual({ CODE_REVIEW: 'hybrid' })
  })

  it('drops a pin to someone who is not planned, with a note, and keeps valid pins', () => {
    expect(built.input.items[0].pinnedTo).toBeNull()
    expect(built.notes[0]).toMatch(/Fix auth.*Maya.*ignored/)
    expect(built.input.items[1].pinnedTo).toBe('ada')
  })

  it('applies a what-if: hours override and people taken out', () => {
    const whatIf = buildPlanInput({ members, items, policies: [], scenario: { capacity: { ada: 24 }, removed: ['bob'] } })
    expect(whatIf.input.engineers.map((e) => [e.id, e.capacityHours])).toEqual([['ada', 24]])
    expect(whatIf.unplanned.map((u) => u.membershipId)).toEqual(['bob', 'eve'])
  })

  it('leaves out someone with no hours', () => {
    const none = buildPlanInput({ members, items: [], policies: [], scenario: { capacity: { ada: 0 }, removed: [] } })
    expect(none.unplanned.find((u) => u.membershipId === 'ada')?.reason).toMatch(/No hours/)
  })
})

it('parsePreferences ignores junk', () => {
  expect(parsePreferences(null)).toEqual({})
  expect(parsePreferences(['x'])).toEqual({})
  expect(parsePreferences({ CODE_REVIEW: 'love' })).toEqual({})
})
