/**
 * The one CSV writer: every CSV download (work items, plans, dashboard tables) goes through here.
 * Every string cell that a spreadsheet would run as a formula (= + - @ tab CR) gets a leading
 * apostrophe (OWASP "CSV injection"), then is quoted when it needs to be (RFC 4180).
 * Pure: no framework imports, so lib/metrics, lib/work-items and lib/planner may all use it.
 */

export type CsvCell = string | number | boolean | null | undefined

const FORMULA_START = /^[=+\-@\t\r]/

/** One cell for a CSV file: formula triggers neutralised, quoted when it contains , " CR or LF. */
export function escapeCsvCell(value: CsvCell): string {
  if (value === null || value === undefined) return ''
  // A NaN or Infinity would reach the sheet as text that looks like a number; an empty cell is honest.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  // Booleans and the numbers we format ourselves are data, never formulas (a negative number stays a number).
  if (typeof value === 'boolean') return String(value)
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** A whole CSV document with CRLF line ends (RFC 4180), a header row first. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(escapeCsvCell).join(',')).join('\r\n') + '\r\n'
}
