import type { SurveyProgress } from '@/lib/survey/progress'

/** Overall progress as a labelled progressbar plus the same figures in words. */
export function ProgressBar({ progress, saveStatus }: { progress: SurveyProgress; saveStatus: string }) {
  return (
    <div className="sticky top-0 z-10 -mx-4 border-b border-slate-200 bg-white/95 px-4 py-3 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <span id="survey-progress-label" className="font-medium">
          {progress.answered} of {progress.total} questions answered
        </span>
        <span role="status" className="text-slate-600 dark:text-slate-300">
          {saveStatus}
        </span>
      </div>
      <div
        role="progressbar"
        aria-labelledby="survey-progress-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress.percent}
        className="mt-2 h-2 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
      >
        <div className="h-full rounded-full bg-blue-700 transition-[width] dark:bg-blue-400" style={{ width: `${progress.percent}%` }} />
      </div>
    </div>
  )
}
