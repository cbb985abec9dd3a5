import { formatHoursPlain } from '../core/format'
import { roundHours, totalHours, type ModeHours } from './types'

/**
 * Current sprint: hours of work per recommended mode (demand) against the hours of people whose
 * primary type is that mode (supply). Hybrids are the flexible capacity, so a gap on the craft or
 * orchestration side is compared with what hybrids have left over.
 */

/** Supply this much above demand (as a share of supply) means people will be pushed out of their mode. */
export const SURPLUS_MARGIN = 0.25

type SupplyFindingKind = 'over-capacity' | 'shortfall' | 'surplus'
export interface SupplyFinding {
  kind: SupplyFindingKind
  mode: 'craft' | 'orchestration' | null
  hours: number
  message: string
}

interface SupplyDemandInput {
  demand: ModeHours
  supply: ModeHours
}

const h = formatHoursPlain

export function describeSupplyDemand({ demand, supply }: SupplyDemandInput): SupplyFinding[] {
  const findings: SupplyFinding[] = []
  const totalDemand = totalHours(demand)
  const totalSupply = totalHours(supply)
  if (totalDemand > totalSupply) {
    const over = roundHours(totalDemand - totalSupply)
    findings.push({
      kind: 'over-capacity',
      mode: null,
      hours: over,
      message: `The sprint holds ${h(totalDemand)} of work for ${h(totalSupply)} of capacity: ${h(over)} will not fit.`,
    })
  }
  const hybridSpare = Math.max(0, supply.hybrid - demand.hybrid)
  for (const mode of ['craft', 'orchestration'] as const) {
    const name = mode === 'craft' ? 'Craft' : 'Orchestration'
    const people = mode === 'craft' ? 'craftspeople' : 'orchestrators'
    const gap = demand[mode] - supply[mode]
    if (gap > 0) {
      const cover =
        hybridSpare >= gap
          ? `hybrids have ${h(hybridSpare)} spare to cover it.`
          : `even with hybrids' ${h(hybridSpare)} spare, ${h(gap - hybridSpare)} will go to people outside their mode or stay unplanned.`
      findings.push({
        kind: 'shortfall',
        mode,
        hours: roundHours(gap),
        message: `${name} work (${h(demand[mode])}) outgrows ${mode} capacity (${h(supply[mode])}) by ${h(gap)}; ${cover}`,
      })
    } else if (supply[mode] > 0 && -gap > SURPLUS_MARGIN * supply[mode]) {
      const spare = -gap
      const pushed =
        mode === 'craft' ? 'orchestration or hybrid work, which eats into their deep work' : 'craft or hybrid work they may not enjoy'
      findings.push({
        kind: 'surplus',
        mode,
        hours: roundHours(spare),
        message: `${name} capacity (${h(supply[mode])}) exceeds ${mode} work (${h(demand[mode])}) by ${h(spare)}: ${people} will be handed ${pushed}.`,
      })
    }
  }
  return findings
}

/** One sentence for the section's summary, including the calm case. */
export function supplyDemandSummary(input: SupplyDemandInput): string {
  if (totalHours(input.demand) === 0) return 'There is no work in the current sprint yet.'
  const findings = describeSupplyDemand(input)
  if (findings.length === 0) return 'Work and capacity are in balance in every mode.'
  return findings.map((f) => f.message).join(' ')
}
