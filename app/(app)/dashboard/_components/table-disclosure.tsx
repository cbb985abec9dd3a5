'use client'

import { useEffect, useRef, useState } from 'react'
import type { DataTable, TableRowsPage } from '@/lib/metrics/table'
import { DataTableView } from './data-table'

type Rows = { state: 'idle' | 'loading' | 'failed' } | { state: 'ready'; page: TableRowsPage }

/**
 * The data table behind a chart, one click away and announced as a disclosure. A collapsed table
 * carries no rows: they are fetched from `source` (the table's JSON) when it is first opened, so a
 * dashboard page holds its charts and summaries, not every table's rows as data it may never show.
 */
export function TableDisclosure({ head, source, initial }: { head: Omit<DataTable, 'rows'>; source: string; initial?: TableRowsPage }) {
  const [rows, setRows] = useState<Rows>(initial ? { state: 'ready', page: initial } : { state: 'idle' })
  const details = useRef<HTMLDetailsElement>(null)

  async function load() {
    setRows({ state: 'loading' })
    try {
      const response = await fetch(source, { headers: { accept: 'application/json' } })
      if (!response.ok) throw new Error(`${response.status}`)
      setRows({ state: 'ready', page: (await response.json()) as TableRowsPage })
    } catch {
      setRows({ state: 'failed' })
    }
  }

  // A disclosure opened before the page hydrated fired its toggle event with nobody listening.
  useEffect(() => {
    if (details.current?.open && !initial) void load()
    // Only on mount: later openings go through onToggle.
  }, [])

  return (
    <details
      ref={details}
      open={Boolean(initial)}
      onToggle={(e) => e.currentTarget.open && rows.state === 'idle' && load()}
      className="rounded border border-slate-200 p-2 dark:border-slate-700"
    >
      <summary className="cursor-pointer text-sm">
        Data table<span className="sr-only">: {head.caption}</span>
      </summary>
      <div className="mt-2" aria-busy={rows.state === 'loading'}>
        {rows.state === 'ready' ? <DataTableView table={{ ...head, rows: rows.page.rows }} totalRows={rows.page.totalRows} /> : null}
        {rows.state === 'loading' ? (
          <p role="status" className="text-sm text-slate-600 dark:text-slate-300">
            Loading the table…
          </p>
        ) : null}
        {rows.state === 'failed' ? (
          <p role="alert" className="text-sm">
            The table could not be loaded.{' '}
            <button type="button" onClick={load} className="text-blue-700 underline dark:text-blue-300">
              Try again
            </button>{' '}
            or download the CSV.
          </p>
        ) : null}
      </div>
    </details>
  )
}
