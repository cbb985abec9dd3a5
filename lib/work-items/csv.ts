/**
 * A small RFC 4180 CSV reader and writer, written here (not a library) so its limits and error
 * messages are ours: imports run on user files, and every failure must say what to fix.
 *
 * Reading: quoted fields, "" inside quotes, CRLF / LF / CR line ends, a leading BOM, blank lines
 * skipped. Limits protect the server from hostile files: rows and record length are capped.
 * Writing: every string cell that a spreadsheet would run as a formula (= + - @ tab CR) gets a
 * leading apostrophe (OWASP "CSV injection"), then is quoted when it needs to be.
 */

export class CsvError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CsvError'
  }
}

export const CSV_LIMITS = { maxRows: 20_000, maxRecordChars: 64 * 1024 } as const
export type CsvLimits = { maxRows: number; maxRecordChars: number }

const BOM = '\uFEFF'

/** Bytes of an uploaded file → text; refuses binary files and invalid UTF-8 with a clear reason. */
export function decodeCsv(bytes: Uint8Array): string {
  // Excel's "Unicode text" is UTF-16: a FF FE / FE FF byte-order mark, then a NUL in every other byte.
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes.length >= 4 && (bytes[1] === 0 || bytes[0] === 0) && bytes[1] !== bytes[0])
  if (utf16) throw new CsvError('This file is UTF-16 text (Excel’s “Unicode text”), not UTF-8. Save it as “CSV UTF-8” and try again.')
  if (bytes.includes(0)) throw new CsvError('This file looks binary (it contains NUL bytes), not a CSV. Export it as CSV and try again.')
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new CsvError('This file is not valid UTF-8 text. Save it as “CSV UTF-8” and try again.')
  }
  return text.startsWith(BOM) ? text.slice(1) : text
}

/** Parses CSV text into records of fields. Blank lines are skipped; row numbers in errors count them. */
export function parseCsv(input: string, limits: CsvLimits = CSV_LIMITS): string[][] {
  const text = input.startsWith(BOM) ? input.slice(1) : input
  if (text.includes('\0')) throw new CsvError('This file looks binary (it contains NUL characters), not a CSV.')
  // U+FFFD is what a lenient decoder leaves for bytes that are not UTF-8 (a Latin-1 file sent by a script).
  if (text.includes('\uFFFD')) throw new CsvError('This file is not valid UTF-8 text (it contains “�” for unreadable characters). Save it as “CSV UTF-8” and try again.')
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let recordStart = 0
  let line = 1
  let recordLine = 1
  let i = 0

  const checkLength = (end: number) => {
    if (end - recordStart > limits.maxRecordChars) {
      throw new CsvError(`Row ${recordLine} is longer than ${Math.round(limits.maxRecordChars / 1024)} KB; is this really a CSV file?`)
    }
  }
  const endRecord = (end: number) => {
    checkLength(end)
    record.push(field)
    field = ''
    const blank = record.length === 1 && record[0] === ''
    if (!blank) {
      if (records.length >= limits.maxRows) throw new CsvError(`The file has more than ${limits.maxRows.toLocaleString('en')} rows; split it into smaller files.`)
      records.push(record)
    }
    record = []
  }

  while (i < text.length) {
    const ch = text[i]
    if (ch === '"' && field === '') {
      // A quoted field: runs to the next lone quote; "" is an escaped quote; newlines are data.
      i++
      for (;;) {
        if (i >= text.length) throw new CsvError(`Row ${recordLine}: a quoted field is never closed.`)
        const c = text[i]
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"'
            i += 2
            continue
          }
          i++
          break
        }
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++
        field += c
        i++
        checkLength(i)
      }
      const next = text[i]
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        throw new CsvError(`Row ${recordLine}: unexpected text after a closing quote; quotes inside a field must be doubled ("").`)
      }
      continue
    }
    if (ch === ',') {
      record.push(field)
      field = ''
      i++
      continue
    }
    if (ch === '\r' || ch === '\n') {
      endRecord(i)
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1
      line++
      recordStart = i
      recordLine = line
      continue
    }
    field += ch
    i++
    checkLength(i)
  }
  if (field !== '' || record.length > 0) endRecord(i)
  return records
}

export type CsvCell = string | number | boolean | null | undefined

const FORMULA_START = /^[=+\-@\t\r]/

/** One cell for a CSV file: formula triggers neutralised, quoted when it contains , " CR or LF. */
export function escapeCsvCell(value: CsvCell): string {
  if (value === null || value === undefined) return ''
  // Numbers and booleans we format ourselves are data, never formulas (a negative number stays a number).
  if (typeof value !== 'string') return String(value)
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** A whole CSV document with CRLF line ends (RFC 4180), a header row first. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(escapeCsvCell).join(',')).join('\r\n') + '\r\n'
}
