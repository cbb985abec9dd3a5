import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { endedPeriods, periodOf, sealPeriod, showPeriod, type PulseAnswer } from '@/lib/metrics/pulse-periods'

const answer = (membershipId: string, teamId: string, deepWorkShare = 0.5, preferredModeShare = 0.5, energy = 3): PulseAnswer => ({
  membershipId,
  teamId,
  deepWorkShare,
  preferredModeShare,
  energy,
})

describe('pulse periods', () => {
  it('are UTC calendar months, and only months that have ended are shown', () => {
    expect(periodOf(new Date('2026-03-31T23:59:59Z'))).toBe('2026-03')
    expect(endedPeriods(new Date('2026-01-15T12:00:00Z'), 3)).toEqual(['2025-10', '2025-11', '2025-12'])
    // The first instant of February: January has just ended.
    expect(endedPeriods(new Date('2026-02-01T00:00:00Z'), 2)).toEqual(['2025-12', '2026-01'])
  })

  it('seal sums per team and keeps nobody’s id', () => {
    const seal = sealPeriod([answer('m-zed', 'team-a', 0.7, 0.3, 4), answer('m-amy', 'team-a', 0.1, 0.9, 2), answer('m-amy', 'team-b')])
    expect(seal.cells).toEqual([
      { teamId: 'team-a', responses: 2, deepWorkPctSum: 80, preferredModePctSum: 120, energySum: 6 },
      { teamId: 'team-b', responses: 1, deepWorkPctSum: 50, preferredModePctSum: 50, energySum: 3 },
    ])
    expect(seal.people).toEqual([['team-a'], ['team-a', 'team-b']])
    expect(JSON.stringify(seal)).not.toMatch(/m-zed|m-amy/)
  })

  it('average each answer’s share band at its midpoint', () => {
    const seal = sealPeriod([answer('a', 't', 0.1, 0.9, 2), answer('b', 't', 0.5, 0.7, 4), answer('c', 't', 0.75, 0.95, 5)])
    expect(showPeriod('2026-01', seal, 3).teams.get('t')).toEqual({
      visible: true,
      responses: 3,
      deepWorkShare: 0.433,
      preferredModeShare: 0.833,
      energy: 3.7,
    })
  })

  it('count someone on two teams once, so two teams of the same two people hide the third team', () => {
    const seal = sealPeriod([
      ...['p1', 'p2'].flatMap((p) => [answer(p, 'a'), answer(p, 'b')]),
      ...['q1', 'q2', 'q3', 'q4', 'q5', 'q6'].map((p) => answer(p, 'c')),
    ])
    const shown = showPeriod('2026-01', seal, 3)
    expect(shown.total).toMatchObject({ visible: true, responses: 10 })
    expect(shown.teams.get('c')).toEqual({ visible: false, reason: 'complementary' })
    expect(showPeriod('2026-01', seal, 3).label).toBe('Jan 2026')
  })

  it('say so when a month has no answers', () => {
    expect(showPeriod('2026-01', sealPeriod([]), 3)).toMatchObject({ total: { visible: false, reason: 'no-answers' }, teams: new Map() })
  })

  const answers = fc.array(
    fc.record({
      membershipId: fc.constantFrom('p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9'),
      teamId: fc.constantFrom('a', 'b', 'c', 'd'),
      deepWorkShare: fc.double({ min: 0, max: 1, noNaN: true }),
      preferredModeShare: fc.double({ min: 0, max: 1, noNaN: true }),
      energy: fc.integer({ min: 1, max: 5 }),
    }),
    { maxLength: 40 },
  )

  it('always: a shown figure covers at least `threshold` people, and the hidden rest none or at least `threshold`', () => {
    fc.assert(
      fc.property(answers, fc.integer({ min: 3, max: 7 }), (rows, threshold) => {
        const shown = showPeriod('2026-01', sealPeriod(rows), threshold)
        const people = (teams: (t: string) => boolean) => new Set(rows.filter((r) => teams(r.teamId)).map((r) => r.membershipId)).size
        const visible = new Set([...shown.teams].filter(([, f]) => f.visible).map(([t]) => t))
        for (const team of visible) expect(people((t) => t === team)).toBeGreaterThanOrEqual(threshold)
        expect(shown.total.visible).toBe(people(() => true) >= threshold)
        if (shown.total.visible) {
          const rest = people((t) => !visible.has(t))
          expect(rest === 0 || rest >= threshold).toBe(true)
        }
      }),
    )
  })

  it('always: the order answers come in changes nothing', () => {
    fc.assert(
      fc.property(answers, fc.integer({ min: 3, max: 7 }), (rows, threshold) => {
        expect(showPeriod('2026-01', sealPeriod([...rows].reverse()), threshold)).toEqual(
          showPeriod('2026-01', sealPeriod(rows), threshold),
        )
      }),
    )
  })
})
