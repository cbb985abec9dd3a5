// One description of each figure's data serves the accessible table beside a chart and its CSV
// download, so the two can never disagree.

export type Cell = string | number | null

export interface Column {
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
