import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { endedPeriods, periodOf, PULSE_PERIODS, sealPeriod, showPeriod, type PeriodSeal } from '@/lib/metrics/pulse-periods'
import { isolatedSmallGroups, type Answer } from './isolation'

// Adversarial replay (decision 0044): histories of pulses given over months, members leaving
// (their answers cascade away), and dashboard reads between the events. Whatever a lead saw on
// every page at every read, no group of fewer than `threshold` people may be isolated by any
// combination of the figures: not by a pair, and not by any subset sum or difference.

type Event = { day: number } & ({ kind: 'answer'; person: number; team: number } | { kind: 'leave'; person: number } | { kind: 'read' })

const START = Date.UTC(2026, 0, 1)
const at = (day: number) => new Date(START + day * 86_400_000 + 36_000_000)

/** The system as lib/db/dashboards/pulse.ts runs it: a month is sealed from the rows at its first read after it ended. */
function replay(events: readonly Event[], threshold: number) {
  let rows: (Answer & { team: string; at: Date; deepWorkShare: number; preferredModeShare: number; energy: number })[] = []
  const seals = new Map<string, { seal: PeriodSeal; byTeam: Map<string, Set<string>>; all: Set<string> }>()
  const shown: Set<string>[] = []
  const all: Answer[] = []
  for (const [i, event] of [...events].sort((a, b) => a.day - b.day).entries()) {
    if (event.kind === 'answer') {
      const row = {
        id: `r${i}`,
        person: `p${event.person}`,
        team: `t${event.team}`,
        at: at(event.day),
        deepWorkShare: 0.1 + 0.2 * (i % 5),
        preferredModeShare: 0.5,
        energy: 1 + (i % 5),
      }
      rows.push(row)
      all.push(row)
    } else if (event.kind === 'leave') {
      rows = rows.filter((r) => r.person !== `p${event.person}`)
    } else {
      for (const period of endedPeriods(at(event.day), PULSE_PERIODS)) {
        if (!seals.has(period)) {
          const inPeriod = rows.filter((r) => periodOf(r.at) === period)
          const byTeam = new Map<string, Set<string>>()
          for (const r of inPeriod) byTeam.set(r.team, (byTeam.get(r.team) ?? new Set()).add(r.id))
          seals.set(period, {
            seal: sealPeriod(inPeriod.map((r) => ({ ...r, teamId: r.team, membershipId: r.person }))),
            byTeam,
            all: new Set(inPeriod.map((r) => r.id)),
          })
        }
        const sealed = seals.get(period)!
        const figures = showPeriod(period, sealed.seal, threshold)
        if (figures.total.visible) shown.push(sealed.all)
        for (const [team, figure] of figures.teams) {
          if (!figure.visible) continue
          const population = sealed.byTeam.get(team)!
          expect(figure.responses).toBe(population.size)
          shown.push(population)
        }
      }
    }
  }
  return { answers: all, shown }
}

// Dense enough that most months show figures: 8 people, 3 teams, about four months of answers.
const event: fc.Arbitrary<Event> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('answer' as const),
      day: fc.integer({ min: 0, max: 120 }),
      person: fc.integer({ min: 0, max: 7 }),
      team: fc.integer({ min: 0, max: 2 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('leave' as const),
      day: fc.integer({ min: 0, max: 120 }),
      person: fc.integer({ min: 0, max: 7 }),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('read' as const), day: fc.integer({ min: 0, max: 150 }) }) },
)

describe('pulse figures over any history of reads', () => {
  it('never let a group smaller than the threshold be derived, whatever the order of answers, departures and reads', () => {
    fc.assert(
      fc.property(fc.array(event, { minLength: 40, maxLength: 120 }), fc.constantFrom(3, 4, 5), (events, threshold) => {
        const { answers, shown } = replay(events, threshold)
        expect(isolatedSmallGroups(answers, shown, threshold)).toEqual([])
      }),
      { numRuns: 150 },
    )
  })

  it('shows something in ordinary histories, so the property above is not vacuous', () => {
    const events: Event[] = [
      ...Array.from({ length: 6 }, (_, p): Event => ({ kind: 'answer', day: 10, person: p, team: 0 })),
      ...Array.from({ length: 6 }, (_, p): Event => ({ kind: 'answer', day: 12, person: p + 6, team: 1 })),
      { kind: 'answer', day: 14, person: 0, team: 1 },
      { kind: 'read', day: 20 },
      { kind: 'read', day: 40 },
      { kind: 'leave', day: 41, person: 3 },
      { kind: 'read', day: 41 },
    ]
    const { answers, shown } = replay(events, 5)
    expect(shown.map((s) => s.size).sort()).toEqual([13, 13, 6, 6, 7, 7].sort())
    expect(isolatedSmallGroups(answers, shown, 5)).toEqual([])
  })

  it('finds the issue’s leak in the old sprint slots (the checker can see one)', () => {
    // Issue 15 with slots: Small (3), Big1 (5), Big2 (5) answered their sprints. Read 1 showed the
    // slot total and Big2 (Big1 hidden by complementary suppression); Small then started a sprint,
    // so read 2's newest slot held only Big1 and Big2, both shown with their total.
    const team = (name: string, size: number) => Array.from({ length: size }, (_, i) => ({ id: `${name}${i}`, person: `${name}${i}` }))
    const [small, big1, big2] = [team('s', 3), team('a', 5), team('b', 5)]
    const ids = (...groups: Answer[][]) => new Set(groups.flat().map((a) => a.id))
    const shown = [ids(small, big1, big2), ids(big2), ids(big1, big2), ids(big1)]
    expect(isolatedSmallGroups([...small, ...big1, ...big2], shown, 5)).toEqual([['s0', 's1', 's2']])
  })
})
