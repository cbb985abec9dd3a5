/**
 * The item-level model in CPLEX LP text for HiGHS, written straight from
 * docs/matching-contract.md's formulas (not from lib/matching's internals) so it checks them
 * independently: x_i_e in [0,1], one engineer per item, capacity, the
 * craftspeople's 40% orchestration limit, pins fixed to 1.
 */
import type { PlanInput } from '../lib/matching'
import { itemMode, orchestrationLimit, resolvePolicy, value } from '../lib/matching'

export function toLpText(input: PlanInput, options: { integer: boolean; deepWorkRule?: boolean }): string {
  const policy = resolvePolicy(input.policy)
  const objective: string[] = []
  const itemRows: string[][] = input.items.map(() => [])
  const capacityRows: string[][] = input.engineers.map(() => [])
  const orchestrationRows: string[][] = input.engineers.map(() => [])
  const bounds: string[] = []
  const names: string[] = []
  input.items.forEach((item, i) => {
    const mode = itemMode(item, policy)
    input.engineers.forEach((engineer, e) => {
      const pinnedElsewhere = item.pinnedTo != null && item.pinnedTo !== engineer.id
      const worth = value(engineer, item, mode)
      if (pinnedElsewhere || (worth <= 0 && item.pinnedTo !== engineer.id)) return
      const x = `x${i}_${e}`
      names.push(x)
      objective.push(`${worth} ${x}`)
      itemRows[i].push(x)
      capacityRows[e].push(`${item.hours} ${x}`)
      if (mode === 'orchestration') orchestrationRows[e].push(`${item.hours} ${x}`)
      bounds.push(item.pinnedTo === engineer.id ? `${x} = 1` : `0 <= ${x} <= 1`)
    })
  })
  const rows: string[] = []
  itemRows.forEach((terms, i) => terms.length > 0 && rows.push(`i${i}: ${wrap(terms.join(' + '))} <= 1`))
  input.engineers.forEach((engineer, e) => {
    if (capacityRows[e].length > 0) rows.push(`c${e}: ${wrap(capacityRows[e].join(' + '))} <= ${engineer.capacityHours}`)
    const limit = orchestrationLimit(engineer)
    if (options.deepWorkRule !== false && Number.isFinite(limit) && orchestrationRows[e].length > 0) {
      rows.push(`d${e}: ${wrap(orchestrationRows[e].join(' + '))} <= ${limit}`)
    }
  })
  return [
    'Maximize',
    ` obj: ${wrap(objective.join(' + ') || '0 x_none')}`,
    'Subject To',
    ...rows.map((r) => ` ${r}`),
    'Bounds',
    ...bounds.map((b) => ` ${b}`),
    ...(options.integer && names.length > 0 ? ['Binary', wrap(names.join(' '))] : []),
    'End',
  ].join('\n')
}

/** LP-format lines must stay short; break long expressions between terms. */
function wrap(text: string): string {
  return text.replace(/((?:\S+ ){40})/g, '$1\n  ')
}
