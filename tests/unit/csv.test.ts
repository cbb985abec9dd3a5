import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { escapeCsvCell, toCsv } from '@/lib/csv'
import { tableCsv } from '@/lib/metrics/table'

// The one CSV writer behind every download (work items, plans, dashboard tables).

describe('escapeCsvCell', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1', "'+1"],
    ['-cmd', "'-cmd"],
    ['@import', "'@import"],
    ['\tindent', "'\tindent"],
    ['\rreturn', `"'\rreturn"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
  ])('neutralises a formula: %j → %j', (input, output) => {
    expect(escapeCsvCell(input)).toBe(output)
  })

  it('quotes commas, quotes and newlines, and leaves numbers alone', () => {
    expect(escapeCsvCell('a,b')).toBe('"a,b"')
    expect(escapeCsvCell('say "hi"')).toBe('"say ""hi"""')
    expect(escapeCsvCell('two\nlines')).toBe('"two\nlines"')
    expect(escapeCsvCell(-3)).toBe('-3')
    expect(escapeCsvCell(null)).toBe('')
    expect(escapeCsvCell(true)).toBe('true')
  })

  it('writes an empty cell for a number that is not finite', () => {
    expect(toCsv([[Number.NaN, Number.POSITIVE_INFINITY, 1.5]])).toBe(',,1.5\r\n')
  })

  it('never lets a string cell start with a formula trigger (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = escapeCsvCell(s)
        const unquoted = out.startsWith('"') ? out.slice(1) : out
        expect(/^[=+\-@\t\r]/.test(unquoted)).toBe(false)
      }),
    )
  })
})

describe('toCsv and tableCsv', () => {
  it('writes CRLF rows, the header first', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['=x', 'y,z'],
      ]),
    ).toBe(`a,b\r\n'=x,"y,z"\r\n`)
  })

  it('writes a dashboard table as its column labels, then its rows in column order', () => {
    expect(
      tableCsv({
        columns: [
          { key: 'a', label: 'A' },
          { key: 'b', label: 'B' },
        ],
        rows: [
          { b: 1, a: 'x' },
          { a: null, b: '@y' },
        ],
      }),
    ).toBe("A,B\r\nx,1\r\n,'@y\r\n")
  })
})
