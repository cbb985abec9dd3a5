/**
 * Where a member stands with the working-style survey, as managers see it.
 *
 * A profile older than {@link SURVEY_STALE_AFTER_DAYS} is "out of date": people
 * change how they like to work, and planning on a year-old answer does nobody
 * favours. Exactly 90 days still counts as done, so the boundary is stable.
 */
export const SURVEY_STALE_AFTER_DAYS = 90

const DAY_MS = 86_400_000

export const SURVEY_STATUSES = ['done', 'pending', 'out-of-date'] as const
export type SurveyStatus = (typeof SURVEY_STATUSES)[number]

export const SURVEY_STATUS_LABELS: Readonly<Record<SurveyStatus, string>> = {
  done: 'Done',
  pending: 'Not answered yet',
  'out-of-date': 'Out of date',
}

/** `surveyedAt` is the newest submission (null when the member never answered). */
export function surveyStatus(surveyedAt: Date | null | undefined, now: Date): SurveyStatus {
  if (!surveyedAt) return 'pending'
  const ageMs = now.getTime() - surveyedAt.getTime()
  return ageMs > SURVEY_STALE_AFTER_DAYS * DAY_MS ? 'out-of-date' : 'done'
}
