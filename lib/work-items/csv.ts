// The browser build is self-contained (the import wizard parses in the browser too, where Node's
// Buffer, which the package's main build uses, does not exist); it runs the same in Node.
import { CsvError as ParseError, parse, type InfoRecord } from 'csv-parse/browser/esm/sync'

/**
 * Reading CSV files for the work-item import, with csv-parse underneath (decision 0047) and our own
 * limits and messages on top: imports run on user files, and every failure must say what to fix.
 *
 * Quoted fields, "" inside quotes, CRLF / LF / CR line ends (even mixed), a leading BOM, blank lines
 * skipped. Limits protect the server from hostile files: rows and record length are capped.
 * Writing CSV is lib/csv.ts.
 */

export class CsvError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CsvError'
  }
}

export const CSV_LIMITS = { maxRows: 20_000, maxRecordChars: 64 * 1024 } as const
type CsvLimits = { maxRows: number; maxRecordChars: number }

const BOM = '\uFEFF'

/** Bytes of an uploaded file → text; refuses binary files and invalid UTF-8 with a clear reason. */
export function decodeCsv(bytes: Uint8Array): string {
  // Excel's "Unicode text" is UTF-16: a FF FE / FE FF byte-order mark, then a NUL in every other byte.
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    (bytes.length >= 4 && (bytes[1] === 0 || bytes[0] === 0) && bytes[1] !== bytes[0])
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
  if (input.includes('\0')) throw new CsvError('This file looks binary (it contains NUL characters), not a CSV.')
  // U+FFFD is what a lenient decoder leaves for bytes that are not UTF-8 (a Latin-1 file sent by a script).
  if (input.includes('\uFFFD'))
    throw new CsvError(
      'This file is not valid UTF-8 text (it contains “�” for unreadable characters). Save it as “CSV UTF-8” and try again.',
    )
  // Where the last record ended: the parser reports the line it stopped on, while people need the
  // line the broken record starts on (a never-closed quote is only noticed at the end of the file).
  let last = { lines: 0, emptyLines: 0 }
  const startLine = (at: { lines: number; empty_lines: number }) => last.lines + 1 + (at.empty_lines - last.emptyLines)
  const tooLong = (line: number) =>
    new CsvError(`Row ${line} is longer than ${Math.round(limits.maxRecordChars / 1024)} KB; is this really a CSV file?`)
  let records: string[][]
  try {
    records = parse(input, {
      bom: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      skip_empty_lines: true,
      relax_column_count: true,
      // Caps one field while it is read; the whole record is checked below. One record past the row
      // limit is read so that a file with too many rows is refused without reading all of it.
      max_record_size: limits.maxRecordChars,
      to: limits.maxRows + 1,
      on_record: (record: string[], context: InfoRecord) => {
        const length = record.reduce((sum, field) => sum + field.length + 1, -1)
        if (length > limits.maxRecordChars) throw tooLong(startLine(context))
        last = { lines: context.lines, emptyLines: context.empty_lines }
        return record
      },
    })
  } catch (error) {
    if (!(error instanceof ParseError)) throw error
    const line = startLine(error as unknown as InfoRecord)
    if (error.code === 'CSV_MAX_RECORD_SIZE') throw tooLong(line)
    throw new CsvError(`Row ${line}: ${PARSE_PROBLEMS[error.code] ?? 'this row could not be read as CSV.'}`)
  }
  if (records.length > limits.maxRows)
    throw new CsvError(`The file has more than ${limits.maxRows.toLocaleString('en')} rows; split it into smaller files.`)
  return records
}

/** What to fix, for the parser's errors a hand-edited file can cause. */
const PARSE_PROBLEMS: Partial<Record<ParseError['code'], string>> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed.',
  CSV_INVALID_CLOSING_QUOTE: 'unexpected text after a closing quote; quotes inside a field must be doubled ("").',
  INVALID_OPENING_QUOTE:
    'a quote inside a field that does not start with one; put the whole field in quotes and double the quotes inside ("").',
}
