import { MODE_FILL } from '@/components/planner/mode-style'
import { MODES, MODE_LABELS, type Mode } from '@/lib/core/work-types'

type MixRow = { name: string; counts: Record<Mode, number> }

/**
 * People per working type as one patterned bar per row, drawn in HTML on the server. The mode mix is the
 * first figure on a dashboard, inside a phone's first screen: a chart here without any script keeps the
 * charting library off the page until a later chart is scrolled to (decision 0062). Each segment carries
 * its count, texture and colour; the label and the data table carry the numbers for assistive tech.
 */
export function ModeMixBars({ label, rows }: { label: string; rows: readonly MixRow[] }) {
  return (
    <div>
      <div role="img" aria-label={label} className="space-y-2">
        {rows.map((row) => {
          const total = MODES.reduce((sum, m) => sum + row.counts[m], 0)
          return (
            <div key={row.name} className="grid grid-cols-[minmax(5rem,9rem)_1fr] items-center gap-2 text-xs">
              <span className="truncate">{row.name}</span>
              <div className="flex h-7 overflow-hidden rounded bg-slate-200 dark:bg-slate-700">
                {MODES.map((m) =>
                  row.counts[m] > 0 ? (
                    <span
                      key={m}
                      className={`flex h-full items-center justify-center font-semibold text-white ${MODE_FILL[m]}`}
                      style={{ width: `${(row.counts[m] / total) * 100}%` }}
                    >
                      {row.counts[m]}
                    </span>
                  ) : null,
                )}
              </div>
            </div>
          )
        })}
      </div>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs" aria-label="Legend">
        {MODES.map((m) => (
          <li key={m} className="flex items-center gap-1.5">
            <span aria-hidden="true" className={`inline-block h-3.5 w-3.5 rounded-sm ${MODE_FILL[m]}`} />
            {MODE_LABELS[m]}
          </li>
        ))}
      </ul>
    </div>
  )
}
