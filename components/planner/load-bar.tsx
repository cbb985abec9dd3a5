import type { ColumnSummary } from '@/lib/planner/types'
import { MODE_LABELS } from '@/lib/core/work-types'
import { fmtHours, fmtPercent, MODE_FILL, MODE_ORDER } from './mode-style'

/** Planned against available hours, split into patterned mode segments, with the same figures in text. */
export function LoadBar({ summary }: { summary: ColumnSummary }) {
  const { capacityHours: capacity, plannedHours: planned } = summary
  const share = capacity > 0 ? planned / capacity : 0
  return (
    <div>
      <p className="text-xs">
        <span className="font-medium">Load:</span> {fmtHours(planned)} of {fmtHours(capacity)} ({fmtPercent(share)})
      </p>
      <div
        className="relative mt-1 flex h-3 overflow-hidden rounded bg-slate-200 dark:bg-slate-700"
        role="img"
        aria-label={`${fmtPercent(share)} loaded`}
      >
        {MODE_ORDER.map((mode) =>
          summary.hoursByMode[mode] > 0 ? (
            <span
              key={mode}
              className={`h-full ${MODE_FILL[mode]}`}
              style={{ width: `${Math.min(100, (summary.hoursByMode[mode] / capacity) * 100)}%` }}
            />
          ) : null,
        )}
        <span aria-hidden="true" className="absolute inset-y-0 w-px bg-slate-900 dark:bg-white" style={{ left: '85%' }} />
      </div>
      <ul className="mt-1 flex flex-wrap gap-x-2 text-xs text-slate-700 dark:text-slate-300" aria-label="Hours per mode">
        {MODE_ORDER.map((mode) => (
          <li key={mode} className="inline-flex items-center gap-1">
            <span aria-hidden="true" className={`inline-block h-2.5 w-2.5 rounded-sm ${MODE_FILL[mode]}`} />
            {MODE_LABELS[mode]} {fmtHours(summary.hoursByMode[mode])}
          </li>
        ))}
      </ul>
    </div>
  )
}

/** Deep-work share; craftspeople get the 60% floor drawn and named. */
export function DeepWorkBar({ summary }: { summary: ColumnSummary }) {
  const craft = summary.primaryType === 'craft'
  const share = Math.max(0, Math.min(1, summary.deepWorkShare))
  const below = craft && share < 0.6
  return (
    <div className="mt-2">
      <p className="text-xs">
        <span className="font-medium">Deep work:</span> {fmtPercent(share)}
        {craft ? (below ? ' — below the 60% floor' : ' (floor 60%)') : ''}
      </p>
      <div
        className="relative mt-1 h-2 rounded bg-slate-200 dark:bg-slate-700"
        role="img"
        aria-label={`Deep work ${fmtPercent(share)}${craft ? ', floor 60%' : ''}`}
      >
        <span
          className={`absolute inset-y-0 left-0 rounded ${below ? 'bg-red-600' : 'pattern-craft bg-craft'}`}
          style={{ width: `${share * 100}%` }}
        />
        {craft ? (
          <span aria-hidden="true" className="absolute -inset-y-0.5 w-0.5 bg-slate-900 dark:bg-white" style={{ left: '60%' }} />
        ) : null}
      </div>
    </div>
  )
}
