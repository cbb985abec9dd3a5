import type { DataTable } from './table'

// CSV for spreadsheet users. A text cell that starts with = + - @ (or a tab / carriage return) would
// be run as a formula by Excel or Sheets (CSV injection), so it gets a leading apostrophe.

const FORMULA_START = /^[=+\-@\t\r]/

export function escapeCsvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function toCsv(table: Pick<DataTable, 'columns' | 'rows'>): string {
  const lines = [table.columns.map((c) => escapeCsvCell(c.label)).join(',')]
  for (const row of table.rows) lines.push(table.columns.map((c) => escapeCsvCell(row[c.key])).join(','))
  return `${lines.join('\r\n')}\r\n`
}
