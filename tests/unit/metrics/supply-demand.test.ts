import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { describeSupplyDemand, SURPLUS_MARGIN, supplyDemandSummary } from '@/lib/metrics/supply-demand'

const hours = (orchestration: number, craft: number, hybrid: number) => ({ orchestration, craft, hybrid })

describe('supply vs demand', () => {
  it('says when craft work outgrows craft capacity, and whether hybrids can cover it', () => {
    const covered = describeSupplyDemand({ demand: hours(10, 50, 0), supply: hours(10, 40, 30) })
    expect(covered).toHaveLength(1)
    expect(covered[0]).toMatchObject({ kind: 'shortfall', mode: 'craft', hours: 10 })
    expect(covered[0].message).toBe('Craft work (50 h) outgrows craft capacity (40 h) by 10 h; hybrids have 30 h spare to cover it.')
    const uncovered = describeSupplyDemand({ demand: hours(10, 50, 25), supply: hours(10, 40, 30) })
    expect(uncovered.find((f) => f.mode === 'craft')?.message).toContain(
      "even with hybrids' 5 h spare, 5 h will go to people outside their mode",
    )
  })

  it('says when craft capacity outgrows craft work (craftspeople pushed into orchestration)', () => {
    const [f] = describeSupplyDemand({ demand: hours(30, 10, 0), supply: hours(40, 40, 0) })
    expect(f).toMatchObject({ kind: 'surplus', mode: 'craft', hours: 30 })
    expect(f.message).toContain('craftspeople will be handed orchestration or hybrid work')
  })

  it('reports over-capacity first and stays calm when balanced', () => {
    expect(describeSupplyDemand({ demand: hours(50, 50, 50), supply: hours(40, 40, 40) })[0]).toMatchObject({
      kind: 'over-capacity',
      hours: 30,
    })
    expect(supplyDemandSummary({ demand: hours(40, 40, 10), supply: hours(40, 40, 10) })).toBe(
      'Work and capacity are in balance in every mode.',
    )
    expect(supplyDemandSummary({ demand: hours(0, 0, 0), supply: hours(40, 40, 10) })).toBe('There is no work in the current sprint yet.')
  })

  it('property: a shortfall is reported exactly when demand exceeds supply, never together with a surplus', () => {
    const h = fc.record({ orchestration: fc.nat(200), craft: fc.nat(200), hybrid: fc.nat(200) })
    fc.assert(
      fc.property(h, h, (demand, supply) => {
        const findings = describeSupplyDemand({ demand, supply })
        for (const mode of ['craft', 'orchestration'] as const) {
          const mine = findings.filter((f) => f.mode === mode)
          if (mine.length > 1) return false
          const shortfall = mine.some((f) => f.kind === 'shortfall')
          const surplus = mine.some((f) => f.kind === 'surplus')
          if (shortfall !== demand[mode] > supply[mode]) return false
          if (surplus !== (supply[mode] > 0 && supply[mode] - demand[mode] > SURPLUS_MARGIN * supply[mode])) return false
        }
        return findings.every((f) => f.hours > 0)
      }),
    )
  })
})
