import { describe, expect, it } from 'vitest'
import { escapeCsvCell, toCsv } from '@/lib/csv'
import { CsvError, CSV_LIMITS, decodeCsv, parseCsv } from '@/lib/work-items/csv'
import { prepareImport } from '@/lib/work-items/import'

// Files a user (or an attacker) might upload: wrong encodings, a BOM, absurd lines and row counts,
// and cells a spreadsheet would run as formulas. Each is either read correctly or refused with a
// message that says what to do, quickly, without exhausting memory.

const OPTIONS = { estimateUnit: 'hours', pointsToHours: 4, hoursPerDay: 8, defaultHours: 2 } as const

function refusal(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(CsvError)
    return (error as Error).message
  }
  throw new Error('expected the file to be refused')
}

describe('encodings', () => {
  it('refuses Latin-1 bytes, saying to save as CSV UTF-8', () => {
    const latin1 = Uint8Array.from([...'title\nCaf'].map((c) => c.charCodeAt(0)).concat(0xe9, 0x0a))
    expect(refusal(() => decodeCsv(latin1))).toMatch(/not valid UTF-8.*CSV UTF-8/)
  })

  it.each([
    ['UTF-16 LE with BOM', [0xff, 0xfe], 'le'],
    ['UTF-16 BE with BOM', [0xfe, 0xff], 'be'],
    ['UTF-16 LE without BOM', [], 'le'],
  ] as const)('names %s instead of calling it binary', (_name, bom, order) => {
    const units = [...'title\nTask\n'].flatMap((c) => (order === 'le' ? [c.charCodeAt(0), 0] : [0, c.charCodeAt(0)]))
    expect(refusal(() => decodeCsv(Uint8Array.from([...bom, ...units])))).toMatch(/UTF-16.*CSV UTF-8/)
  })

  it('refuses text that a lenient decoder already mangled (U+FFFD)', () => {
    const mangled = new TextDecoder('utf-8').decode(Uint8Array.from([0x74, 0x0a, 0x43, 0x61, 0x66, 0xe9]))
    expect(refusal(() => parseCsv(mangled))).toMatch(/not valid UTF-8/)
  })

  it('strips a UTF-8 BOM so the first header is still recognised', () => {
    const text = decodeCsv(new TextEncoder().encode('\uFEFFtitle,type,hours\r\nWrite docs,DOCUMENTATION,3\r\n'))
    const prepared = prepareImport(text, null, OPTIONS)
    expect(prepared.header[0]).toBe('title')
    expect(prepared.errors).toEqual([])
    expect(prepared.rows.map((r) => r.title)).toEqual(['Write docs'])
  })
})

describe('size limits', () => {
  it('refuses a 1 MB line quickly, naming the row and the limit', () => {
    const started = performance.now()
    const message = refusal(() => parseCsv(`title,description\nok,${'x'.repeat(1024 * 1024)}\n`))
    expect(message).toBe(`Row 2 is longer than ${CSV_LIMITS.maxRecordChars / 1024} KB; is this really a CSV file?`)
    expect(performance.now() - started).toBeLessThan(2_000)
  })

  it('refuses a 1 MB quoted field the same way', () => {
    expect(refusal(() => parseCsv(`title\n"${'y'.repeat(1024 * 1024)}"\n`))).toMatch(/^Row 2 is longer than/)
  })

  it('refuses 100,000 rows with a message, stopping at the limit instead of reading everything', () => {
    const csv = `title,hours\n${'Task,1\n'.repeat(100_000)}`
    const started = performance.now()
    expect(refusal(() => parseCsv(csv))).toBe(
      `The file has more than ${CSV_LIMITS.maxRows.toLocaleString('en')} rows; split it into smaller files.`,
    )
    expect(performance.now() - started).toBeLessThan(5_000)
  })

  it('accepts a file exactly at the row limit', () => {
    const records = parseCsv(`title\n${'Task\n'.repeat(CSV_LIMITS.maxRows - 1)}`)
    expect(records).toHaveLength(CSV_LIMITS.maxRows)
  })
})

describe('formula injection', () => {
  const FORMULAS = ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\t=evil', '\r=evil', '=HYPERLINK("http://evil.test","click")']

  it('keeps formula-looking cells as plain text on import', () => {
    // The raw cells of a hostile file (toCsv would already have escaped them).
    const raw = [
      'title,type,hours,description',
      ...FORMULAS.map((f) => `"${f.replace(/"/g, '""')}",DOCUMENTATION,2,"${f.replace(/"/g, '""')}"`),
    ].join('\n')
    const prepared = prepareImport(raw, null, OPTIONS)
    expect(prepared.errors).toEqual([])
    // Titles and descriptions are trimmed (tab, CR), but the formula text survives verbatim as data.
    expect(prepared.rows.map((r) => r.title)).toEqual(FORMULAS.map((f) => f.trim()))
    expect(prepared.rows.map((r) => r.description)).toEqual(FORMULAS.map((f) => f.trim()))
  })

  it.each(['=', '+', '-', '@', '\t', '\r'])('escapes a cell starting with %j with a leading apostrophe', (start) => {
    const cell = escapeCsvCell(`${start}1+1`)
    expect(cell.replace(/^"/, '').startsWith(`'${start}`)).toBe(true)
    expect(parseCsv(toCsv([['h'], [`${start}1+1`]]))[1][0]).toBe(`'${start}1+1`)
  })

  it('leaves ordinary text, and numbers the app formats, unescaped', () => {
    expect(escapeCsvCell('Fix login')).toBe('Fix login')
    expect(escapeCsvCell(-3)).toBe('-3')
  })
})
