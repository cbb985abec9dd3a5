import type { ReactNode } from 'react'
import { firstRows, type DataTable } from '@/lib/metrics/table'
import { DataTableView } from './data-table'

export function DashboardSection({ id, title, intro, children }: { id: string; title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {title}
      </h2>
      {intro ? <div className="mt-1 text-sm text-slate-600 dark:text-slate-300">{intro}</div> : null}
      <div className="mt-4 space-y-4">{children}</div>
    </section>
  )
}

/**
 * A chart with its text alternative: the data table (collapsed, but one click away and announced as
 * a disclosure) and the same table as a CSV download. The table is rendered on the server, so opening
 * it needs no JavaScript and no request; it holds at most the first PAGE_TABLE_ROWS rows and says when
 * the CSV has more.
 */
export function Figure({
  table,
  tableRoute,
  chart,
  open = false,
}: {
  table: DataTable
  tableRoute: string
  chart?: ReactNode
  open?: boolean
}) {
  const page = firstRows(table)
  return (
    <figure className="space-y-2">
      {chart}
      <figcaption className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <span className="font-medium">{table.caption}</span>
        <a href={`${tableRoute}/${table.id}`} download className="text-blue-700 underline dark:text-blue-300">
          Download CSV<span className="sr-only">: {table.caption}</span>
        </a>
      </figcaption>
      <details open={open} className="rounded border border-slate-200 p-2 dark:border-slate-700">
        <summary className="cursor-pointer text-sm">
          Data table<span className="sr-only">: {table.caption}</span>
        </summary>
        <div className="mt-2">
          <DataTableView table={{ ...table, rows: page.rows }} totalRows={page.totalRows} />
        </div>
      </details>
    </figure>
  )
}

export function Warnings({ items }: { items: readonly string[] }) {
  if (items.length === 0) return null
  return (
    <ul className="space-y-2" aria-label="Warnings">
      {items.map((text) => (
        <li
          key={text}
          className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          <span className="font-semibold">Warning: </span>
          {text}
        </li>
      ))}
    </ul>
  )
}
