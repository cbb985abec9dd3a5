import type { Model } from './model'
import { PREFERENCE_BONUS, preferenceSign, primaryType } from './score'
import type { PlanState } from './state'
import type { EngineerSummary, Mode } from './types'
import { MODES } from './types'
import { hoursText, percent, round } from './words'

/** Load share above which an engineer is reported as overloaded. */
export const HIGH_LOAD_SHARE = 0.85
/** Orchestration share of capacity at which a craftsperson is "near" the 40% line. */
export const NEAR_DEEP_WORK_LIMIT_SHARE = 0.32

export function summarise(model: Model, state: PlanState, e: number): EngineerSummary {
  const engineer = model.input.engineers[e]
  const hoursByMode: Record<Mode, number> = { orchestration: 0, craft: 0, hybrid: 0 }
  for (const i of state.members[e]) hoursByMode[model.modes[i]] += model.hours[i]
  const capacity = engineer.capacityHours
  const planned = state.load[e]
  const primary = primaryType(engineer.affinity)
  const warnings: string[] = []
  if (planned > HIGH_LOAD_SHARE * capacity) {
    warnings.push(`${percent(planned / capacity)} loaded (${hoursText(planned)} of ${hoursText(capacity)}), over 85%.`)
  }
  if (primary === 'craft' && hoursByMode.orchestration >= NEAR_DEEP_WORK_LIMIT_SHARE * capacity) {
    warnings.push(
      `Orchestration work takes ${percent(hoursByMode.orchestration / capacity)} of their capacity, near the 40% deep-work limit for craftspeople.`,
    )
  }
  const avoided = state.members[e].filter((i) => preferenceSign(engineer, model.input.items[i].type) < 0)
  if (avoided.length > 0) {
    const ids = avoided.map((i) => model.input.items[i].id).sort()
    warnings.push(`Assigned ${avoided.length} item(s) of a type they avoid (${ids.join(', ')}); each counts ${PREFERENCE_BONUS} less fit.`)
  }
  const stated = engineer.preferredMode
  if (stated && planned > 0 && hoursByMode[stated] < Math.max(...MODES.map((mode) => hoursByMode[mode]))) {
    warnings.push(`Prefers ${stated} work, but only ${hoursText(hoursByMode[stated])} of ${hoursText(planned)} planned are ${stated}.`)
  }
  return {
    engineerId: engineer.id,
    primaryType: primary,
    capacityHours: capacity,
    plannedHours: round(planned),
    hoursByMode: { orchestration: round(hoursByMode.orchestration), craft: round(hoursByMode.craft), hybrid: round(hoursByMode.hybrid) },
    deepWorkShare: round((capacity - hoursByMode.orchestration) / capacity, 4),
    warnings,
  }
}
