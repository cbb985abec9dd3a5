import { STATEMENTS, SURVEY_SECTIONS, type SectionId } from './instrument'
import { WORK_TYPES } from '@/lib/core/work-types'

/**
 * How far through the survey someone is, for the progress bar. Counts only the
 * required questions (statements, work types and the two numbers); the note and
 * the explicit preferred mode are optional and would make 100% unreachable.
 * Takes a structural shape so it works on a draft as well as a full submission.
 */
interface ProgressInput {
  readonly answers?: Readonly<Partial<Record<string, number | undefined>>>
  readonly workTypes?: Readonly<Partial<Record<string, string | undefined>>>
  readonly deepWorkHoursPerDay?: number | null
  readonly capacityHours?: number | null
}

interface SectionProgress {
  readonly id: SectionId
  readonly answered: number
  readonly total: number
}

export interface SurveyProgress {
  readonly answered: number
  readonly total: number
  /** 0..100, rounded down so 100 means truly complete. */
  readonly percent: number
  readonly sections: readonly SectionProgress[]
}

const present = (value: unknown) => value !== undefined && value !== null && value !== ''

export function surveyProgress(input: ProgressInput): SurveyProgress {
  const sections = SURVEY_SECTIONS.map(({ id }): SectionProgress => {
    if (id === 'work-and-time') {
      const types = WORK_TYPES.filter((type) => present(input.workTypes?.[type])).length
      const numbers = [input.deepWorkHoursPerDay, input.capacityHours].filter(present).length
      return { id, answered: types + numbers, total: WORK_TYPES.length + 2 }
    }
    const statements = STATEMENTS.filter((s) => s.section === id)
    return { id, answered: statements.filter((s) => present(input.answers?.[s.id])).length, total: statements.length }
  })
  const answered = sections.reduce((sum, s) => sum + s.answered, 0)
  const total = sections.reduce((sum, s) => sum + s.total, 0)
  return { answered, total, percent: Math.floor((answered / total) * 100), sections }
}

/** Where a resumed draft opens: the first section with a required question left, or null when none is. */
export const firstUnansweredSection = (progress: SurveyProgress): SectionId | null =>
  progress.sections.find((s) => s.answered < s.total)?.id ?? null
