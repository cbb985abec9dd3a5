import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { PersonSprintLoad } from '@/lib/metrics/deep-work'
import { craftConcentration, hoursInPreferred, isSkillAtrophying, talentLossRisks } from '@/lib/metrics/risk'

const load = (over: Partial<PersonSprintLoad>): PersonSprintLoad => ({
  teamId: 't',
  sprintId: 's1',
  membershipId: 'm',
  name: 'Ada',
  primaryType: 'craft',
  preferredMode: null,
  deepWorkTarget: null,
  capacity: 60,
  hours: { orchestration: 0, craft: 0, hybrid: 0 },
  craftCriticalHours: 0,
  items: 0,
  ...over,
})

describe('risk rules', () => {
  it('flags people planned mostly outside their preferred mode, summed over sprints', () => {
    const risks = talentLossRisks([
      load({ sprintId: 's1', hours: { orchestration: 20, craft: 10, hybrid: 0 } }),
      load({ sprintId: 's2', hours: { orchestration: 10, craft: 10, hybrid: 0 } }),
      load({ membershipId: 'g', name: 'Grace', primaryType: 'orchestration', hours: { orchestration: 20, craft: 5, hybrid: 0 } }),
      load({
        membershipId: 'k',
        name: 'Ken',
        primaryType: 'craft',
        preferredMode: 'orchestration',
        hours: { orchestration: 10, craft: 30, hybrid: 0 },
      }),
    ])
    expect(risks.map((r) => [r.name, r.preferred, r.preferredShare])).toEqual([
      ['Ken', 'orchestration', 0.25],
      ['Ada', 'craft', 0.4],
    ])
  })

  it('never flags hybrids or people with nothing planned', () => {
    expect(hoursInPreferred({ orchestration: 5, craft: 5, hybrid: 0 }, 'hybrid')).toBe(10)
    expect(
      talentLossRisks([load({ primaryType: 'hybrid', hours: { orchestration: 30, craft: 0, hybrid: 0 } }), load({ membershipId: 'x' })]),
    ).toEqual([])
  })

  it('finds craft-critical work concentrated in one or two people', () => {
    const loads = [
      load({ membershipId: 'a', name: 'Ada', craftCriticalHours: 30 }),
      load({ membershipId: 'l', name: 'Linus', craftCriticalHours: 10 }),
      load({ membershipId: 'd', name: 'Dennis', craftCriticalHours: 5 }),
    ]
    const c = craftConcentration(loads, 5)
    expect(c?.topShare).toBeCloseTo(40 / 45)
    expect(c?.risky).toBe(true)
    expect(c?.holders.map((h) => h.name)).toEqual(['Ada', 'Linus', 'Dennis'])
    expect(craftConcentration(loads, 2)?.risky).toBe(false)
    expect(craftConcentration([load({}), load({ membershipId: 'b' })], 5)).toBeNull()
    const spread = [1, 2, 3, 4].map((i) => load({ membershipId: `p${i}`, name: `P${i}`, craftCriticalHours: 10 }))
    expect(craftConcentration(spread, 4)?.risky).toBe(false)
  })

  it('sees skill atrophy after two planned sprints without craft work', () => {
    expect(isSkillAtrophying([0, 0, 40])).toBe(true)
    expect(isSkillAtrophying([0, 5])).toBe(false)
    expect(isSkillAtrophying([0])).toBe(false)
  })

  it('property: the top-two share is in (0, 1] and one or two holders always means 100%', () => {
    const holders = fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { maxLength: 8 })
    fc.assert(
      fc.property(holders, fc.nat(10), (hours, teamSize) => {
        const c = craftConcentration(
          hours.map((h, i) => load({ membershipId: `m${i}`, name: `P${i}`, craftCriticalHours: h })),
          teamSize,
        )
        if (c === null) return hours.every((h) => h <= 0)
        const positive = hours.filter((h) => h > 0).length
        return c.topShare > 0 && c.topShare <= 1 + 1e-9 && (positive > 2 || Math.abs(c.topShare - 1) < 1e-9)
      }),
    )
  })
})
