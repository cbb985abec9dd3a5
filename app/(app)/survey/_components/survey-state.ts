import { SURVEY_VERSION, type StatementId, type WorkPreference } from '@/lib/survey/instrument'
import { surveyDraftSchema, type SurveyDraft } from '@/lib/schemas/survey'
import type { Mode, WorkType } from '@/lib/core/work-types'

// The survey form's state, and how it becomes a draft (only valid parts) or a submission
// candidate (everything, for surveySubmissionSchema to judge and name what is missing).

export type SurveyFormState = {
  answers: Partial<Record<StatementId, number>>
  workTypes: Partial<Record<WorkType, WorkPreference>>
  /** Text as typed, so a half-typed "4." is not lost; parsed on save and submit. */
  deepWorkHoursPerDay: string
  capacityHours: string
  note: string
  preferredMode: Mode | ''
}

export function stateFromDraft(draft: SurveyDraft | null): SurveyFormState {
  return {
    answers: { ...draft?.answers },
    workTypes: { ...draft?.workTypes },
    deepWorkHoursPerDay: draft?.deepWorkHoursPerDay?.toString() ?? '',
    capacityHours: draft?.capacityHours?.toString() ?? '',
    note: draft?.note ?? '',
    preferredMode: draft?.preferredMode ?? '',
  }
}

const toNumber = (text: string) => (text.trim() === '' ? undefined : Number(text))

/** What the form holds, in the submission's shape; may be incomplete or invalid. */
export function toCandidate(state: SurveyFormState) {
  return {
    version: SURVEY_VERSION,
    answers: state.answers,
    workTypes: state.workTypes,
    deepWorkHoursPerDay: toNumber(state.deepWorkHoursPerDay),
    capacityHours: toNumber(state.capacityHours),
    note: state.note.trim() === '' ? undefined : state.note,
    preferredMode: state.preferredMode === '' ? null : state.preferredMode,
  }
}

/** The valid part of the form as a draft: a field that does not parse yet is simply left out. */
export function toDraft(state: SurveyFormState): SurveyDraft {
  const candidate = toCandidate(state)
  const keep = <K extends keyof typeof surveyDraftSchema.shape>(key: K, value: unknown) =>
    surveyDraftSchema.shape[key].safeParse(value).success ? { [key]: value } : {}
  return {
    version: SURVEY_VERSION,
    answers: candidate.answers,
    workTypes: candidate.workTypes,
    ...keep('deepWorkHoursPerDay', candidate.deepWorkHoursPerDay),
    ...keep('capacityHours', candidate.capacityHours),
    ...keep('note', candidate.note),
    preferredMode: candidate.preferredMode,
  } as SurveyDraft
}

/** Anchor of the question a validation path points at (fieldsets and inputs carry these ids). */
export function questionAnchor(path: readonly PropertyKey[]): string {
  const [first, second] = path.map(String)
  if (first === 'answers' || first === 'workTypes') return second ? `q-${first}-${second}` : `q-${first}`
  if (first === 'preferredMode') return 'q-preferredMode'
  return first ?? 'survey-form'
}
