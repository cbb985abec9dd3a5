'use client'

import { inputClass } from '@/components/ui/field'
import { ScrollRegion } from '@/components/ui/scroll-region'
import { ESTIMATE_UNITS, type ColumnMapping, type EstimateUnit, type ImportOptions } from '@/lib/schemas/import'
import type { UnreadableRecord } from '@/lib/work-items/csv'
import { ESTIMATE_UNIT_LABELS, SECONDS_DETECTION_NOTES, type SecondsDetection } from '@/lib/work-items/estimate-units'

type SingleField = Exclude<keyof ColumnMapping, 'labels'>
const FIELDS: { key: SingleField; label: string }[] = [
  { key: 'title', label: 'Title (required)' },
  { key: 'key', label: 'External key' },
  { key: 'type', label: 'Work type' },
  { key: 'estimate', label: 'Estimate' },
  { key: 'priority', label: 'Priority' },
  { key: 'description', label: 'Description' },
  { key: 'status', label: 'Status' },
]
const PREVIEW_ROWS = 5

type Props = {
  header: string[]
  records: string[][]
  /** Records the parser could not read, indexed with the header as 0; their slots in `records` are empty. */
  unreadable: UnreadableRecord[]
  mapping: ColumnMapping
  options: ImportOptions
  /** Set while the unit is seconds because the preview recognised Jira's seconds. */
  secondsDetection: SecondsDetection | null
  onMapping: (m: ColumnMapping) => void
  onOptions: (o: ImportOptions) => void
}

/** Step 2: which column feeds which field, how estimates convert, and the first rows as a check. */
export function MappingForm({ header, records, unreadable, mapping, options, secondsDetection, onMapping, onOptions }: Props) {
  const unreadableLines = new Map(unreadable.map((u) => [u.index - 1, u.line]))
  const column = (value: string) => (value === '' ? null : Number(value))
  const number = (value: string, fallback: number) => (Number.isFinite(Number(value)) && Number(value) > 0 ? Number(value) : fallback)
  return (
    <section aria-labelledby="step-mapping" className="space-y-4">
      <h2 id="step-mapping" className="text-lg font-semibold">
        2. Check the columns
      </h2>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {FIELDS.map(({ key, label }) => (
          <div key={key} className="space-y-1 text-sm">
            <label htmlFor={`map-${key}`} className="block font-medium">
              {label}
            </label>
            <select
              id={`map-${key}`}
              className={inputClass}
              value={mapping[key] ?? ''}
              onChange={(e) => onMapping({ ...mapping, [key]: column(e.target.value) })}
            >
              <option value="">Not in the file</option>
              {header.map((h, i) => (
                <option key={i} value={i}>
                  {h || `Column ${i + 1}`}
                </option>
              ))}
            </select>
          </div>
        ))}
        <fieldset className="space-y-1 text-sm">
          <legend className="font-medium">Labels (one or more columns)</legend>
          <div className="max-h-28 overflow-y-auto rounded-md border border-slate-300 p-2 dark:border-slate-600">
            {header.map((h, i) => (
              <label key={i} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={mapping.labels.includes(i)}
                  onChange={(e) =>
                    onMapping({ ...mapping, labels: e.target.checked ? [...mapping.labels, i] : mapping.labels.filter((c) => c !== i) })
                  }
                />
                {h || `Column ${i + 1}`} <span className="sr-only">(column {i + 1})</span>
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <fieldset className="grid gap-3 text-sm sm:grid-cols-2 lg:grid-cols-4">
        <legend className="mb-1 font-medium">Estimates</legend>
        <div className="space-y-1">
          <label htmlFor="estimate-unit" className="block">
            The estimate column holds
          </label>
          <select
            id="estimate-unit"
            className={inputClass}
            value={options.estimateUnit}
            aria-describedby={secondsDetection ? 'estimate-unit-note' : undefined}
            onChange={(e) => onOptions({ ...options, estimateUnit: e.target.value as EstimateUnit })}
          >
            {ESTIMATE_UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {ESTIMATE_UNIT_LABELS[unit]}
              </option>
            ))}
          </select>
          {secondsDetection ? (
            <p id="estimate-unit-note" className="text-xs text-slate-600 dark:text-slate-400">
              {SECONDS_DETECTION_NOTES[secondsDetection]}
            </p>
          ) : null}
        </div>
        <div className="space-y-1">
          <label htmlFor="points-factor" className="block">
            Hours per story point
          </label>
          <input
            id="points-factor"
            type="number"
            min="0.25"
            step="0.25"
            className={inputClass}
            value={options.pointsToHours}
            disabled={options.estimateUnit !== 'points'}
            onChange={(e) => onOptions({ ...options, pointsToHours: number(e.target.value, options.pointsToHours) })}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="hours-per-day" className="block">
            Hours per day
          </label>
          <input
            id="hours-per-day"
            type="number"
            min="0.5"
            max="24"
            step="0.5"
            className={inputClass}
            value={options.hoursPerDay}
            disabled={options.estimateUnit !== 'days'}
            onChange={(e) => onOptions({ ...options, hoursPerDay: number(e.target.value, options.hoursPerDay) })}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="default-hours" className="block">
            Hours for rows without an estimate
          </label>
          <input
            id="default-hours"
            type="number"
            min="0.25"
            step="0.25"
            placeholder="Leave empty to report them"
            className={inputClass}
            value={options.defaultHours ?? ''}
            onChange={(e) => onOptions({ ...options, defaultHours: e.target.value === '' ? null : number(e.target.value, 1) })}
          />
        </div>
      </fieldset>
      <ScrollRegion label="The first rows of the file">
        <table className="w-full text-left text-xs">
          <caption className="mb-1 text-left text-sm font-medium">
            The first {Math.min(PREVIEW_ROWS, records.length)} rows of the file
          </caption>
          <thead className="border-b border-slate-200 dark:border-slate-700">
            <tr>
              <th scope="col" className="py-1 pr-3">
                Row
              </th>
              {header.map((h, i) => (
                <th key={i} scope="col" className="py-1 pr-3">
                  {h || `Column ${i + 1}`}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {records.slice(0, PREVIEW_ROWS).map((record, r) => (
              <tr key={r} className="border-b border-slate-100 dark:border-slate-800">
                <th scope="row" className="py-1 pr-3 font-normal">
                  {r + 2}
                </th>
                {unreadableLines.has(r) ? (
                  // An empty row here would look like a blank record; say why it has no cells.
                  <td colSpan={header.length} className="py-1 pr-3 italic">
                    Could not be read as CSV (line {unreadableLines.get(r)}); see the rows with problems.
                  </td>
                ) : (
                  header.map((_, i) => (
                    <td key={i} className="max-w-48 truncate py-1 pr-3">
                      {record[i] ?? ''}
                    </td>
                  ))
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  )
}
