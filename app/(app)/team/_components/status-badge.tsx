import { SURVEY_STATUS_LABELS, type SurveyStatus } from '@/lib/survey/status'

// The status is always spelled out; the border style is only a second cue.
const styles: Record<SurveyStatus, string> = {
  done: 'border-green-700 text-green-800 dark:border-green-400 dark:text-green-300',
  pending: 'border-dashed border-slate-500 text-slate-700 dark:text-slate-300',
  'out-of-date': 'border-amber-700 text-amber-800 dark:border-amber-400 dark:text-amber-300',
}

export function StatusBadge({ status }: { status: SurveyStatus }) {
  return (
    <span className={`inline-block rounded border px-1.5 py-0.5 text-xs font-medium ${styles[status]}`}>
      {SURVEY_STATUS_LABELS[status]}
    </span>
  )
}
