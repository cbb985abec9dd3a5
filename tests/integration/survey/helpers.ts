import { STATEMENTS, SURVEY_VERSION } from '@/lib/survey/instrument'
import type { SurveySubmission } from '@/lib/schemas/survey'
import { WORK_TYPES } from '@/lib/core/work-types'

/** A complete, valid submission; `lean` picks the answer per statement (default: a craftsperson). */
export function submission(
  lean: (dimension: string, reversed: boolean) => number = (d, r) => (d === 'craft' ? (r ? 1 : 5) : 3),
): SurveySubmission {
  return {
    version: SURVEY_VERSION,
    answers: Object.fromEntries(STATEMENTS.map((s) => [s.id, lean(s.dimension, s.reversed)])) as SurveySubmission['answers'],
    workTypes: Object.fromEntries(
      WORK_TYPES.map((t) => [t, t === 'PERFORMANCE_CRITICAL' ? 'enjoy' : t === 'BOILERPLATE' ? 'avoid' : 'neutral']),
    ) as SurveySubmission['workTypes'],
    deepWorkHoursPerDay: 5,
    capacityHours: 54,
    note: 'I focus best in the mornings.',
    preferredMode: 'craft',
  }
}

export const orchestrator = () => submission((d, r) => (d === 'orchestration' ? (r ? 1 : 5) : 2))
