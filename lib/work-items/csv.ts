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

/** A record the parser could not read; its slot in `records` holds an empty record so later rows keep their numbers. */
export type UnreadableRecord = { index: number; line: number; message: string }
export type CsvReading = { records: string[][]; unreadable: UnreadableRecord[] }

/**
 * Beyond this many unreadable records the file is refused: it is probably not CSV, and each one costs
 * a fresh parse of the rest of the file.
 */
const MAX_UNREADABLE = 20

/**
 * Parses CSV text into records of fields, reading past broken records: a record the parser cannot
 * read (an unclosed or stray quote) is reported with the row and the line it starts on, and reading
 * resumes on the next line, so one typo does not hide every other row's problems. Blank lines are
 * skipped; row numbers count records (the header is row 1), line numbers count lines of the file.
 */
export function readCsv(input: string, limits: CsvLimits = CSV_LIMITS): CsvReading {
  if (input.includes('\0')) throw new CsvError('This file looks binary (it contains NUL characters), not a CSV.')
  // U+FFFD is what a lenient decoder leaves for bytes that are not UTF-8 (a Latin-1 file sent by a script).
  if (input.includes('\uFFFD'))
    throw new CsvError(
      'This file is not valid UTF-8 text (it contains “�” for unreadable characters). Save it as “CSV UTF-8” and try again.',
    )
  const text = input.startsWith(BOM) ? input.slice(1) : input
  const records: string[][] = []
  const unreadable: UnreadableRecord[] = []
  let offset = 0
  let linesBefore = 0
  while (records.length <= limits.maxRows) {
    const broken = readRecords(text.slice(offset), linesBefore, records, limits)
    if (!broken) break
    const index = records.length
    unreadable.push({ index, line: broken.line, message: `Row ${index + 1} (line ${broken.line}): ${broken.problem}` })
    if (unreadable.length > MAX_UNREADABLE)
      throw new CsvError(
        `More than ${MAX_UNREADABLE} rows could not be read as CSV (the first: ${unreadable[0].message}) Is this really a CSV file?`,
      )
    records.push([])
    // Resynchronise on the line after the one the broken record starts on: the broken field is
    // taken to end with its line, and the lines after it are read as rows of their own.
    offset = offsetAfterLines(text, offset, broken.line - linesBefore)
    linesBefore = broken.line
  }
  if (records.length > limits.maxRows)
    throw new CsvError(`The file has more than ${limits.maxRows.toLocaleString('en')} rows; split it into smaller files.`)
  return { records, unreadable }
}

/** Like readCsv, for files we wrote ourselves or that must be whole: any unreadable record is an error. */
export function parseCsv(input: string, limits: CsvLimits = CSV_LIMITS): string[][] {
  const { records, unreadable } = readCsv(input, limits)
  if (unreadable.length > 0) throw new CsvError(unreadable[0].message)
  return records
}

/** Where `count` more line ends after `from` leave off (the end of the text if it has fewer). */
function offsetAfterLines(text: string, from: number, count: number): number {
  const lineEnd = /\r\n|\n|\r/g
  lineEnd.lastIndex = from
  for (let i = 0; i < count; i++) if (!lineEnd.exec(text)) return text.length
  return lineEnd.lastIndex
}

/**
 * Appends the records of `chunk` (which starts on line `linesBefore + 1`) to `records`; stops at the
 * first broken record and returns the line it starts on and what is wrong with it.
 */
function readRecords(chunk: string, linesBefore: number, records: string[][], limits: CsvLimits): { line: number; problem: string } | null {
  // Where the last record ended: the parser reports the line it stopped on, while people need the
  // line the broken record starts on (a never-closed quote is only noticed at the end of the file).
  // The parser counts a CRLF inside a quoted field as two lines; `crlfInFields` takes the extra ones off.
  let last = { lines: 0, emptyLines: 0 }
  let crlfInFields = 0
  const startLine = (at: { empty_lines: number }) => linesBefore + last.lines + 1 + (at.empty_lines - last.emptyLines)
  const tooLong = (line: number) =>
    new CsvError(`Row ${line} is longer than ${Math.round(limits.maxRecordChars / 1024)} KB; is this really a CSV file?`)
  try {
    parse(chunk, {
      record_delimiter: ['\r\n', '\n', '\r'],
      skip_empty_lines: true,
      relax_column_count: true,
      // Caps one field while it is read; the whole record is checked below. One record past the row
      // limit is read so that a file with too many rows is refused without reading all of it.
      max_record_size: limits.maxRecordChars,
      to: limits.maxRows + 1 - records.length,
      on_record: (record: string[], context: InfoRecord) => {
        const length = record.reduce((sum, field) => sum + field.length + 1, -1)
        if (length > limits.maxRecordChars) throw tooLong(startLine(context))
        crlfInFields += record.reduce((sum, field) => sum + (field.match(/\r\n/g)?.length ?? 0), 0)
        last = { lines: context.lines - crlfInFields, emptyLines: context.empty_lines }
        records.push(record)
        return record
      },
    })
    return null
  } catch (error) {
    if (!(error instanceof ParseError)) throw error
    const at = error as unknown as InfoRecord
    const line = startLine(at)
    if (error.code === 'CSV_MAX_RECORD_SIZE') throw tooLong(line)
    const spansLines = linesBefore + at.lines - crlfInFields > line
    return { line, problem: describeParseError(error.code, spansLines) }
  }
}

/** What to fix, for the parser's errors a hand-edited file can cause. */
function describeParseError(code: ParseError['code'], spansLines: boolean): string {
  if (code === 'CSV_QUOTE_NOT_CLOSED')
    return 'a quoted field is never closed; add its closing quote (") or double a quote meant as text ("").'
  // A quote left open swallows the lines below it until the next quote, which then looks like a
  // closing quote with text after it: name the likelier cause.
  if (code === 'CSV_INVALID_CLOSING_QUOTE' && spansLines)
    return 'a quoted field starting on this line runs on over the next lines; is its closing quote missing?'
  if (code === 'CSV_INVALID_CLOSING_QUOTE') return 'unexpected text after a closing quote; quotes inside a field must be doubled ("").'
  if (code === 'INVALID_OPENING_QUOTE')
    return 'a quote inside a field that does not start with one; put the whole field in quotes and double the quotes inside ("").'
  return 'this row could not be read as CSV.'
}
