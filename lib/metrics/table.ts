// One description of each figure's data serves the accessible table beside a chart and its CSV
// download, so the two can never disagree.

import { toCsv } from '@/lib/csv'

type Cell = string | number | null

interface Column {
  key: string
  label: string
  numeric?: boolean
}

export interface DataTable {
  /** Stable id: used in the CSV route (`/api/dashboard/<id>`) and as the file name. */
  id: string
  caption: string
  columns: Column[]
  rows: Record<string, Cell>[]
}

/** A dashboard page shows at most this many rows of a table; more are left to the CSV download. */
export const PAGE_TABLE_ROWS = 50

/** What a collapsed table fetches when it is opened: its first rows and how many there are in all. */
export interface TableRowsPage {
  rows: DataTable['rows']
  totalRows: number
}

export function firstRows(table: DataTable, limit = PAGE_TABLE_ROWS): TableRowsPage {
  return { rows: table.rows.slice(0, limit), totalRows: table.rows.length }
}

/** The whole table as a CSV download: a header row of the column labels, then every row. */
export function tableCsv(table: Pick<DataTable, 'columns' | 'rows'>): string {
  return toCsv([table.columns.map((c) => c.label), ...table.rows.map((row) => table.columns.map((c) => row[c.key]))])
}
