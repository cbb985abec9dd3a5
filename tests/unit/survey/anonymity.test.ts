import { describe, expect, it } from 'vitest'
import { clampThreshold, suppressOverlappingGroups, type GroupSize } from '@/lib/survey/anonymity'

const hiddenIds = (result: ReturnType<typeof suppressOverlappingGroups>) =>
  [...result.groups].filter(([, visibility]) => !visibility.visible).map(([id]) => id)

describe('clampThreshold', () => {
  it('defaults to 5, never goes below 3 and rounds up to whole people', () => {
    expect(clampThreshold()).toBe(5)
    expect(clampThreshold(null)).toBe(5)
    expect(clampThreshold(Number.NaN)).toBe(5)
    expect(clampThreshold(1)).toBe(3)
    expect(clampThreshold(-4)).toBe(3)
    expect(clampThreshold(4.2)).toBe(5)
    expect(clampThreshold(8)).toBe(8)
  })
})

/** Groups that share nobody; `outside` people belong to no group and always count as hidden. */
const disjoint = (input: { groups: readonly GroupSize[]; outside?: number; threshold?: number }) => {
  const sizes = new Map(input.groups.map((g) => [g.id, g.size]))
  const outside = input.outside ?? 0
  const totalPeople = outside + input.groups.reduce((sum, g) => sum + g.size, 0)
  const peopleIn = (ids: ReadonlySet<string>) => outside + [...ids].reduce((sum, id) => sum + (sizes.get(id) ?? 0), 0)
  return suppressOverlappingGroups({ groups: input.groups, totalPeople, peopleIn, threshold: input.threshold })
}

describe('suppressOverlappingGroups on groups that share nobody', () => {
  const fourPersonTeam = { groups: [{ id: 'team', size: 4 }] }

  it('hides a 4-person team at threshold 5 and shows it at threshold 3', () => {
    const strict = disjoint({ ...fourPersonTeam, threshold: 5 })
    expect(strict.total).toEqual({ visible: false, reason: 'total-below-threshold' })
    expect(strict.groups.get('team')).toEqual({ visible: false, reason: 'total-below-threshold' })

    const lenient = disjoint({ ...fourPersonTeam, threshold: 3 })
    expect(lenient.total.visible).toBe(true)
    expect(lenient.groups.get('team')?.visible).toBe(true)
  })

  it('treats a threshold below 3 as 3', () => {
    const result = disjoint({
      groups: [
        { id: 'pair', size: 2 },
        { id: 'rest', size: 8 },
      ],
      threshold: 1,
    })
    expect(result.threshold).toBe(3)
    expect(result.groups.get('pair')).toEqual({ visible: false, reason: 'below-threshold' })
  })

  it('hides the next smallest group too, so a hidden group cannot be derived from the total', () => {
    const groups: GroupSize[] = [
      { id: 'platform', size: 9 },
      { id: 'mobile', size: 6 },
      { id: 'web', size: 7 },
      { id: 'data', size: 2 },
    ]
    const result = disjoint({ groups, threshold: 5 })
    expect(result.total.visible).toBe(true)
    expect(result.groups.get('data')).toEqual({ visible: false, reason: 'below-threshold' })
    expect(result.groups.get('mobile')).toEqual({ visible: false, reason: 'complementary' })
    expect(hiddenIds(result).sort()).toEqual(['data', 'mobile'])
  })

  it('keeps hiding until the hidden people reach the threshold together', () => {
    const groups = [
      { id: 'a', size: 1 },
      { id: 'b', size: 1 },
      { id: 'c', size: 2 },
      { id: 'd', size: 10 },
    ]
    const result = disjoint({ groups, threshold: 5 })
    expect(hiddenIds(result)).toEqual(['a', 'b', 'c', 'd'])
    expect(result.total.visible).toBe(true)
  })

  it('needs no complementary suppression when every group is big enough', () => {
    const groups = [
      { id: 'a', size: 5 },
      { id: 'b', size: 6 },
    ]
    expect(hiddenIds(disjoint({ groups, threshold: 5 }))).toEqual([])
  })

  it('counts people outside every group as a hidden remainder', () => {
    const groups = [
      { id: 'a', size: 5 },
      { id: 'b', size: 6 },
    ]
    const result = disjoint({ groups, outside: 2, threshold: 5 })
    expect(result.groups.get('a')).toEqual({ visible: false, reason: 'complementary' })
    expect(result.groups.get('b')?.visible).toBe(true)
  })

  it('breaks ties by id, not by input order', () => {
    const groups = [
      { id: 'zeta', size: 6 },
      { id: 'alpha', size: 6 },
      { id: 'tiny', size: 1 },
    ]
    const forward = hiddenIds(disjoint({ groups, threshold: 5 }))
    const backward = hiddenIds(disjoint({ groups: [...groups].reverse(), threshold: 5 }))
    expect(forward.sort()).toEqual(['alpha', 'tiny'])
    expect(backward.sort()).toEqual(['alpha', 'tiny'])
  })
})

describe('suppressOverlappingGroups', () => {
  it('counts a person in two hidden groups once, and keeps hiding until the hidden people reach the threshold', () => {
    // a and b are the same two people; summing sizes would call the hidden part 4 people and show c.
    const members: Record<string, string[]> = { a: ['p1', 'p2'], b: ['p1', 'p2'], c: ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'] }
    const peopleIn = (ids: ReadonlySet<string>) => new Set([...ids].flatMap((id) => members[id])).size
    const result = suppressOverlappingGroups({
      groups: Object.entries(members).map(([id, m]) => ({ id, size: m.length })),
      totalPeople: 8,
      peopleIn,
      threshold: 3,
    })
    expect(result.total.visible).toBe(true)
    expect(result.groups.get('c')).toEqual({ visible: false, reason: 'complementary' })
  })
})
