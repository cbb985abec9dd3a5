'use client'

import { useRef } from 'react'
import { Alert } from '@/components/ui/alert'
import { inputClass } from '@/components/ui/field'
import { ScrollRegion } from '@/components/ui/scroll-region'
import { formatHours } from '@/lib/core/format'
import type { PreparedRow, RowError, Suggestion } from '@/lib/work-items/import'
import { WORK_TYPE_LABELS, WORK_TYPES, type WorkType } from '@/lib/core/work-types'
import { RowTypePicker } from './row-type-picker'

const SHOWN_SUGGESTIONS = 100

type Props = {
  checked: { rows: PreparedRow[]; errors: RowError[] }
  suggestions: Map<string, Suggestion>
  overrides: Record<string, WorkType>
  onOverride: (row: string, type: WorkType) => void
  /** The server's list after a refused import; it replaces the preview's own list. */
  serverRows: string[] | null
}

/**
 * Step 3: every row checked, bad rows listed by number (a row without a usable type with a picker
 * for it), suggested and picked types open to correction.
 */
export function ImportReview({ checked, suggestions, overrides, onOverride, serverRows }: Props) {
  const summary = useRef<HTMLParagraphElement>(null)
  // The server's rows come as text only: it refused a file the preview passed, so there is nothing to pick.
  const problems: RowError[] =
    serverRows && serverRows.length > 0 ? serverRows.map((message) => ({ message, row: 0, needsType: false })) : checked.errors
  // A type picked for a problem row moves it here, where it can still be changed.
  const suggestedRows = checked.rows.filter((r) => r.typeSource !== 'file')
  const pick = (row: number, type: WorkType) => {
    onOverride(String(row), type)
    // The picker leaves with its row; keep the keyboard in the review instead of dropping it on the page.
    summary.current?.focus()
  }
  return (
    <section aria-labelledby="step-review" className="space-y-3">
      <h2 id="step-review" className="text-lg font-semibold">
        3. Check the rows
      </h2>
      <p ref={summary} tabIndex={-1} className="text-sm">
        {checked.rows.length.toLocaleString('en')} rows are ready; {suggestedRows.length.toLocaleString('en')} have a suggested or picked
        type; {problems.length.toLocaleString('en')} {problems.length === 1 ? 'row has a problem' : 'rows have problems'}.
      </p>
      {problems.length > 0 ? (
        // Focusable so that a keyboard can scroll a long list (axe: scrollable-region-focusable).
        <div
          role="region"
          aria-label="Rows with problems"
          tabIndex={0}
          className="max-h-72 overflow-y-auto rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100"
        >
          <p className="font-semibold">
            Fix these rows in the file and upload it again, or pick a work type where offered (nothing is imported while any row has a
            problem):
          </p>
          <ul className="mt-1 list-disc pl-5">
            {problems.map((p) => (
              <li key={p.message}>
                {p.message}
                {p.needsType ? <RowTypePicker row={p.row} onPick={(type) => pick(p.row, type)} /> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <Alert tone="success">Every row passed the checks.</Alert>
      )}
      {suggestedRows.length > 0 ? (
        <ScrollRegion label="Suggested and picked work types">
          <table className="w-full text-left text-sm">
            <caption className="mb-1 text-left font-medium">
              Suggested work types{suggestedRows.length > SHOWN_SUGGESTIONS ? ` (first ${SHOWN_SUGGESTIONS})` : ''}: the file had no usable
              type, so Plural suggested one or you picked one. Correct any that are wrong.
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
        </ScrollRegion>
      ) : null}
    </section>
  )
}
