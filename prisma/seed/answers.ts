import { STATEMENTS, type StatementAnswers } from '../../lib/survey/instrument'
import type { WorkPreferences } from '../../lib/survey/instrument'
import { WORK_TYPES, type Mode, type WorkType } from '../../lib/core/work-types'

/** Survey answers a person with these leanings (0..1 per mode) would give. */
export function answersFor(leaning: Record<Mode, number>): StatementAnswers {
  const entries = STATEMENTS.map((s) => {
    const agree = Math.round(1 + 4 * leaning[s.dimension])
    return [s.id, s.reversed ? 6 - agree : agree]
  })
  return Object.fromEntries(entries) as StatementAnswers
}

export function workTypeAnswers(enjoy: WorkType[] = [], avoid: WorkType[] = []): WorkPreferences {
  return Object.fromEntries(
    WORK_TYPES.map((t) => [t, enjoy.includes(t) ? 'enjoy' : avoid.includes(t) ? 'avoid' : 'neutral']),
  ) as WorkPreferences
}
