'use client'

import { useState } from 'react'
import type { DataTable } from '@/lib/metrics/table'
import { DataTableView } from './data-table'

/**
 * The data table behind a chart, one click away and announced as a disclosure. Its rows are drawn
 * when it is first opened: the page then carries the rows once, as data, instead of as HTML plus
 * React's copy of the same markup (an organisation's tables made the dashboard several times heavier).
 */
export function TableDisclosure({ table, totalRows, open: initiallyOpen }: { table: DataTable; totalRows: number; open: boolean }) {
  const [opened, setOpened] = useState(initiallyOpen)
  return (
    <details open={initiallyOpen} onToggle={(e) => e.currentTarget.open && setOpened(true)} className="rounded border border-slate-200 p-2 dark:border-slate-700">
      <summary className="cursor-pointer text-sm">
        Data table<span className="sr-only">: {table.caption}</span>
      </summary>
      <div className="mt-2">{opened ? <DataTableView table={table} totalRows={totalRows} /> : null}</div>
    </details>
  )
}
