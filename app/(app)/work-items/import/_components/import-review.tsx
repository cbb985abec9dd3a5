'use client'

import { Alert } from '@/components/ui/alert'
import { inputClass } from '@/components/ui/field'
import { formatHours } from '@/lib/core/format'
import type { PreparedRow, RowError, Suggestion } from '@/lib/work-items/import'
import { WORK_TYPE_LABELS, WORK_TYPES, type WorkType } from '@/lib/core/work-types'

const SHOWN_SUGGESTIONS = 100

type Props = {
  checked: { rows: PreparedRow[]; errors: RowError[] }
  suggestions: Map<string, Suggestion>
  overrides: Record<string, WorkType>
  onOverride: (row: string, type: WorkType) => void
  /** The server's list after a refused import; it replaces the preview's own list. */
  serverRows: string[] | null
}

/** Step 3: every row checked, bad rows listed by number, suggested types open to correction. */
export function ImportReview({ checked, suggestions, overrides, onOverride, serverRows }: Props) {
  const problems = serverRows && serverRows.length > 0 ? serverRows : checked.errors.map((e) => e.message)
  const suggestedRows = checked.rows.filter(
    (r) => r.typeSource === 'suggested' || (r.typeSource === 'chosen' && suggestions.has(String(r.row))),
  )
  return (
    <section aria-labelledby="step-review" className="space-y-3">
      <h2 id="step-review" className="text-lg font-semibold">
        3. Check the rows
      </h2>
      <p className="text-sm">
        {checked.rows.length.toLocaleString('en')} rows are ready; {suggestedRows.length.toLocaleString('en')} have a suggested type;{' '}
        {problems.length.toLocaleString('en')} {problems.length === 1 ? 'row has a problem' : 'rows have problems'}.
      </p>
      {problems.length > 0 ? (
        <div
          role="region"
          aria-label="Rows with problems"
          className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100"
        >
          <p className="font-semibold">Fix these rows in the file and upload it again (nothing is imported while any row has a problem):</p>
          <ul className="mt-1 max-h-64 list-disc overflow-y-auto pl-5">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : (
        <Alert tone="success">Every row passed the checks.</Alert>
      )}
      {suggestedRows.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="mb-1 text-left font-medium">
              Suggested work types{suggestedRows.length > SHOWN_SUGGESTIONS ? ` (first ${SHOWN_SUGGESTIONS})` : ''}: the file had no usable
              type, so Plural suggested one. Correct any that are wrong.
            </caption>
            <thead className="border-b border-slate-200 dark:border-slate-700">
              <tr>
                <th scope="col" className="py-1 pr-3">
                  Row
                </th>
                <th scope="col" className="py-1 pr-3">
                  Title
                </th>
                <th scope="col" className="py-1 pr-3">
                  Hours
                </th>
                <th scope="col" className="py-1 pr-3">
                  Work type
                </th>
                <th scope="col" className="py-1 pr-3">
                  Why
                </th>
              </tr>
            </thead>
            <tbody>
              {suggestedRows.slice(0, SHOWN_SUGGESTIONS).map((r) => (
                <tr key={r.row} className="border-b border-slate-100 dark:border-slate-800">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    {r.row}
                  </th>
                  <td className="py-1 pr-3">{r.title}</td>
                  <td className="py-1 pr-3">{formatHours(r.hours)}</td>
                  <td className="py-1 pr-3">
                    <label htmlFor={`type-${r.row}`} className="sr-only">
                      Work type for row {r.row}
                    </label>
                    <select
                      id={`type-${r.row}`}
                      className={`${inputClass} py-1`}
                      value={overrides[String(r.row)] ?? r.type}
                      onChange={(e) => onOverride(String(r.row), e.target.value as WorkType)}
                    >
                      {WORK_TYPES.map((t) => (
                        <option key={t} value={t}>
                          {WORK_TYPE_LABELS[t]}
                        </option>
                      ))}
                    </select>
                    <span className="text-xs">{r.typeSource === 'chosen' ? ' chosen by you' : ' suggested'}</span>
                  </td>
                  <td className="py-1 pr-3 text-xs text-slate-600 dark:text-slate-300">{suggestions.get(String(r.row))?.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  )
}
