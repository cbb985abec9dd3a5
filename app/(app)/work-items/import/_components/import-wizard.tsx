'use client'

import Link from 'next/link'
import { useMemo, useState } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import type { ColumnMapping, EstimateUnit, ImportOptions } from '@/lib/schemas/import'
import { CsvError, decodeCsv, type UnreadableRecord } from '@/lib/work-items/csv'
import { DEFAULT_HOURS_PER_DAY, detectSecondsIn, type SecondsDetection } from '@/lib/work-items/estimate-units'
import { convertRecords, readImportFile, suggestTypes, type Suggestion } from '@/lib/work-items/import'
import { detectMapping, type ImportFormat } from '@/lib/work-items/import-mapping'
import type { WorkType } from '@/lib/core/work-types'
import { MappingForm } from './mapping-form'
import { ImportReview } from './import-review'

type Parsed = {
  name: string
  csv: string
  header: string[]
  records: string[][]
  unreadable: UnreadableRecord[]
  format: ImportFormat
  /** The unit the file's format implies, used again when a column of Jira's seconds is unmapped. */
  formatUnit: EstimateUnit
}
type Outcome = { kind: 'done'; created: number; updated: number } | { kind: 'failed'; message: string; rows: string[] }

const FORMAT_NAMES: Record<ImportFormat, string> = { jira: 'a Jira export', linear: 'a Linear export', generic: 'a generic CSV' }

/**
 * Upload → mapping preview → every row checked → import. The browser parses and checks the file
 * for the preview; the server parses and checks it again and saves all rows or none.
 */
export function ImportWizard({ sprints, storyPointHours }: { sprints: { id: string; name: string }[]; storyPointHours: number }) {
  const [file, setFile] = useState<Parsed | null>(null)
  const [fileError, setFileError] = useState<string | null>(null)
  const [mapping, setMapping] = useState<ColumnMapping | null>(null)
  const [options, setOptions] = useState<ImportOptions>({
    estimateUnit: 'points',
    pointsToHours: storyPointHours,
    hoursPerDay: DEFAULT_HOURS_PER_DAY,
    defaultHours: null,
  })
  const [secondsDetection, setSecondsDetection] = useState<SecondsDetection | null>(null)
  const [overrides, setOverrides] = useState<Record<string, WorkType>>({})
  const [sprintId, setSprintId] = useState('')
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [pending, setPending] = useState(false)

  async function onFile(list: FileList | null) {
    setFile(null)
    setOutcome(null)
    setFileError(null)
    setOverrides({})
    const chosen = list?.[0]
    if (!chosen) return
    try {
      const csv = decodeCsv(new Uint8Array(await chosen.arrayBuffer()))
      const { header, records, unreadable } = readImportFile(csv)
      if (records.length === 0) throw new CsvError('The file has no data rows under its header.')
      const detected = detectMapping(header)
      const seconds = detectSecondsIn(header, records, detected.mapping.estimate)
      setMapping(detected.mapping)
      setSecondsDetection(seconds)
      setOptions((o) => ({ ...o, estimateUnit: seconds ? 'seconds' : detected.estimateUnit }))
      setFile({ name: chosen.name, csv, header, records, unreadable, format: detected.format, formatUnit: detected.estimateUnit })
    } catch (error) {
      setFileError(error instanceof CsvError ? error.message : 'The file could not be read.')
    }
  }

  /** A newly mapped estimate column is checked for Jira's seconds; leaving such a column restores the file's unit. */
  function changeMapping(next: ColumnMapping) {
    if (file && next.estimate !== mapping?.estimate) {
      const seconds = detectSecondsIn(file.header, file.records, next.estimate)
      if (seconds) setOptions((o) => ({ ...o, estimateUnit: 'seconds' }))
      else if (secondsDetection) setOptions((o) => ({ ...o, estimateUnit: file.formatUnit }))
      setSecondsDetection(seconds)
    }
    setMapping(next)
  }

  // Classifying is the slow part, so it reruns only when the file or the text columns change.
  const suggestions = useMemo(
    () => (file && mapping ? suggestTypes(file.records, mapping) : new Map<string, Suggestion>()),
    [file, mapping],
  )
  const checked = useMemo(() => {
    if (!file || !mapping || mapping.title === null) return null
    return convertRecords(
      file.records,
      mapping,
      options,
      { overrides, suggested: Object.fromEntries([...suggestions].map(([row, s]) => [row, s.type])) },
      file.unreadable,
    )
  }, [file, mapping, options, overrides, suggestions])

  // Why Import is unavailable: the server would refuse these rows anyway, so say what to do first.
  const blocked = !checked
    ? 'Choose the title column to import.'
    : checked.errors.length > 0
      ? `Fix ${checked.errors.length.toLocaleString('en')} ${checked.errors.length === 1 ? 'row' : 'rows'} to import.`
      : null

  async function submit() {
    if (!file || !mapping) return
    setPending(true)
    setOutcome(null)
    try {
      const suggestedTypes = Object.fromEntries([...suggestions].filter(([row]) => !overrides[row]).map(([row, s]) => [row, s.type]))
      const response = await fetch('/api/work-items/import', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ csv: file.csv, mapping, options, typeOverrides: overrides, suggestedTypes, sprintId: sprintId || null }),
      })
      const body = await response.json()
      if (response.ok) setOutcome({ kind: 'done', created: body.data.created, updated: body.data.updated })
      else setOutcome({ kind: 'failed', message: body.error?.message ?? 'The import failed.', rows: body.error?.fieldErrors?.rows ?? [] })
    } catch {
      setOutcome({ kind: 'failed', message: 'The import could not reach the server. Nothing was imported; please try again.', rows: [] })
    } finally {
      setPending(false)
    }
  }

  return (
    <div className="space-y-6">
      <section aria-labelledby="step-file" className="space-y-2">
        <h2 id="step-file" className="text-lg font-semibold">
          1. Choose a file
        </h2>
        <label htmlFor="csv-file" className="block text-sm font-medium">
          CSV file
        </label>
        <input
          id="csv-file"
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => onFile(e.target.files)}
          aria-describedby={fileError ? 'csv-file-error' : undefined}
          className="block text-sm"
        />
        {fileError ? (
          <p id="csv-file-error" role="alert" className="text-sm text-red-700 dark:text-red-400">
            {fileError}
          </p>
        ) : null}
        {file ? (
          <p className="text-sm">
            “{file.name}” looks like {FORMAT_NAMES[file.format]}: {file.records.length.toLocaleString('en')} rows.
          </p>
        ) : null}
      </section>
      {file && mapping ? (
        <>
          <MappingForm
            header={file.header}
            records={file.records}
            unreadable={file.unreadable}
            mapping={mapping}
            options={options}
            secondsDetection={options.estimateUnit === 'seconds' ? secondsDetection : null}
            onMapping={changeMapping}
            onOptions={setOptions}
          />
          {checked ? (
            <ImportReview
              checked={checked}
              suggestions={suggestions}
              overrides={overrides}
              onOverride={(row, type) => setOverrides((o) => ({ ...o, [row]: type }))}
              serverRows={outcome?.kind === 'failed' ? outcome.rows : null}
            />
          ) : (
            <Alert tone="warning">Choose the column that holds the title.</Alert>
          )}
          <section aria-labelledby="step-import" className="space-y-3">
            <h2 id="step-import" className="text-lg font-semibold">
              4. Import
            </h2>
            <div className="max-w-sm space-y-1">
              <label htmlFor="import-sprint" className="block text-sm font-medium">
                Put new items in
              </label>
              <select
                id="import-sprint"
                value={sprintId}
                onChange={(e) => setSprintId(e.target.value)}
                className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm dark:border-slate-600 dark:bg-slate-900"
              >
                <option value="">The backlog</option>
                {sprints.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
            {outcome?.kind === 'done' ? (
              <Alert tone="success">
                Imported {file.records.length.toLocaleString('en')} rows: {outcome.created} created, {outcome.updated} updated.{' '}
                <Link href="/work-items" className="underline">
                  See the work items
                </Link>
                .
              </Alert>
            ) : null}
            {outcome?.kind === 'failed' ? <Alert tone="error">{outcome.message}</Alert> : null}
            <Button onClick={submit} disabled={pending || blocked !== null} aria-describedby={blocked ? 'import-blocked' : undefined}>
              {pending ? 'Importing…' : `Import ${file.records.length.toLocaleString('en')} rows`}
            </Button>
            {blocked ? (
              <p id="import-blocked" className="text-sm">
                {blocked}
              </p>
            ) : null}
          </section>
        </>
      ) : null}
    </div>
  )
}
