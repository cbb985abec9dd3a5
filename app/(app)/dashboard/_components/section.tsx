import type { ReactNode } from 'react'
import type { DataTable } from '@/lib/metrics/table'
import { TableDisclosure } from './table-disclosure'

export function DashboardSection({ id, title, intro, children }: { id: string; title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {title}
      </h2>
      {intro ? <div className="mt-1 text-sm text-slate-600 dark:text-slate-300">{intro}</div> : null}
      <div className="mt-4 space-y-4">{children}</div>
    </section>
  )
}

/**
 * A chart with its text alternative: the data table (collapsed, but one click away and announced
 * as a disclosure) and the same table as a CSV download.
 */
/** More rows than this are left to the CSV download, so an organisation-wide table stays a quick page. */
const PAGE_TABLE_ROWS = 50

export function Figure({ table, csvBase, chart, open = false }: { table: DataTable; csvBase: string; chart?: ReactNode; open?: boolean }) {
  return (
    <figure className="space-y-2">
      {chart}
      <figcaption className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <span className="font-medium">{table.caption}</span>
        <a href={`${csvBase}/${table.id}`} download className="text-blue-700 underline dark:text-blue-300">
          Download CSV<span className="sr-only">: {table.caption}</span>
        </a>
      </figcaption>
      {table.rows.length === 0 ? null : <TableDisclosure table={{ ...table, rows: table.rows.slice(0, PAGE_TABLE_ROWS) }} totalRows={table.rows.length} open={open} />}
    </figure>
  )
}

export function Warnings({ items }: { items: readonly string[] }) {
  if (items.length === 0) return null
  return (
    <ul className="space-y-2" aria-label="Warnings">
      {items.map((text) => (
        <li key={text} className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          <span className="font-semibold">Warning: </span>
          {text}
        </li>
      ))}
    </ul>
  )
}
