import type { Affinity, Engineer, Mode, WorkItem, WorkType } from './types'

/** Share of capacity a craftsperson may spend on orchestration work (hard rule 3). */
export const DEEP_WORK_ORCHESTRATION_LIMIT = 0.4
/** How much a stated enjoy/avoid moves the fit. */
export const PREFERENCE_BONUS = 0.15

/** The mode with the highest affinity; any tie at the top counts as hybrid. */
export function primaryType(affinity: Affinity): Mode {
  const { orchestration, craft, hybrid } = affinity
  if (orchestration > craft && orchestration > hybrid) return 'orchestration'
  if (craft > orchestration && craft > hybrid) return 'craft'
  return 'hybrid'
}

export function preferenceSign(engineer: Pick<Engineer, 'preferences'>, type: WorkType): number {
  const pref = engineer.preferences?.[type]
  return pref === 'enjoy' ? 1 : pref === 'avoid' ? -1 : 0
}

/** fit(e, i) = max(0, affinity_e[m(i)] + 0.15 * pref(e, i)), for an item of `type` done in `mode`. */
export function fit(engineer: Pick<Engineer, 'affinity' | 'preferences'>, type: WorkType, mode: Mode): number {
  return Math.max(0, engineer.affinity[mode] + PREFERENCE_BONUS * preferenceSign(engineer, type))
}

/** value(e, i) = priority(i) * hours(i) * fit(e, i). */
export function value(
  engineer: Pick<Engineer, 'affinity' | 'preferences'>,
  item: Pick<WorkItem, 'type' | 'hours' | 'priority'>,
  mode: Mode,
): number {
  return item.priority * item.hours * fit(engineer, item.type, mode)
}

/** The most orchestration hours an engineer may carry (Infinity unless their primary type is craft). */
export function orchestrationLimit(engineer: Pick<Engineer, 'affinity' | 'capacityHours'>): number {
  return primaryType(engineer.affinity) === 'craft' ? DEEP_WORK_ORCHESTRATION_LIMIT * engineer.capacityHours : Number.POSITIVE_INFINITY
}
