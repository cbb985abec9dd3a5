import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toCsv } from '@/lib/csv'
import { CsvError, decodeCsv, parseCsv, readCsv } from '@/lib/work-items/csv'

describe('parseCsv', () => {
  it('reads quoted fields, escaped quotes, commas and newlines inside quotes', () => {
    const text = 'title,description\r\n"Fix ""login"" bug","line one\r\nline two, with comma"\r\nplain,\r\n'
    expect(parseCsv(text)).toEqual([
      ['title', 'description'],
      ['Fix "login" bug', 'line one\r\nline two, with comma'],
      ['plain', ''],
    ])
  })

  it('accepts LF and lone CR line ends, strips a BOM and skips blank lines', () => {
    expect(parseCsv('\uFEFFa,b\n1,2\r3,4\n\n\n5,6')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ])
  })

  it('names the line a broken record starts on, counting blank lines and newlines inside quotes', () => {
    expect(() => parseCsv('a\n\n\n"b\nc",d\n"never\nclosed\nat all')).toThrow('Row 3 (line 6): a quoted field is never closed;')
  })

  it('reads rows of different lengths, and refuses a quote in the middle of an unquoted field', () => {
    expect(parseCsv('a,b,c\n1\n')).toEqual([['a', 'b', 'c'], ['1']])
    expect(() => parseCsv('title\n12" screen')).toThrow(/^Row 2 \(line 2\): a quote inside a field/)
  })

  it('caps a record made of many short fields too', () => {
    expect(() => parseCsv(`ok\n${'x,'.repeat(600)}`, { maxRows: 10, maxRecordChars: 1024 })).toThrow('Row 2 is longer than 1 KB')
  })

  it('keeps empty fields, including a trailing one', () => {
    expect(parseCsv(',a,,\n')).toEqual([['', 'a', '', '']])
  })

  it('reports an unclosed quote with its row and line', () => {
    expect(() => parseCsv('a\nb\n"never closed')).toThrow('Row 3 (line 3): a quoted field is never closed;')
  })

  it('reports text after a closing quote', () => {
    expect(() => parseCsv('"a"b,c')).toThrow(/unexpected text after a closing quote/)
  })

  it('caps the record length and the number of rows', () => {
    expect(() => parseCsv(`ok\n${'x'.repeat(2000)}`, { maxRows: 10, maxRecordChars: 1024 })).toThrow('Row 2 is longer than 1 KB')
    expect(() => parseCsv(`"${'x'.repeat(2000)}"`, { maxRows: 10, maxRecordChars: 1024 })).toThrow(CsvError)
    expect(() => parseCsv('a\nb\nc\n', { maxRows: 2, maxRecordChars: 1024 })).toThrow('more than 2 rows')
  })

  it('refuses NUL characters as binary', () => {
    expect(() => parseCsv('a\0b')).toThrow(/binary/)
  })

  it('round-trips anything toCsv writes (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r', ' ', 'é') }).filter((s) => !/^[=+\-@\t\r]/.test(s))
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        expect(parseCsv(toCsv(rows))).toEqual(rows)
      }),
    )
  })
})

describe('readCsv', () => {
  it('reports an unclosed quote with its line and reads the rows after it', () => {
    expect(readCsv('title,hours\nok,1\n"never closed,2\nnext,3\nlast,4\n')).toEqual({
      records: [['title', 'hours'], ['ok', '1'], [], ['next', '3'], ['last', '4']],
      unreadable: [
        {
          index: 2,
          line: 3,
          message: 'Row 3 (line 3): a quoted field is never closed; add its closing quote (") or double a quote meant as text ("").',
        },
      ],
    })
  })

  it('names the likelier cause when an unclosed quote runs into a later quoted field', () => {
    const { records, unreadable } = readCsv('title,note\n"open,x\nplain,y\n"quoted",z\n')
    expect(unreadable).toEqual([
      {
        index: 1,
        line: 2,
        message: 'Row 2 (line 2): a quoted field starting on this line runs on over the next lines; is its closing quote missing?',
      },
    ])
    expect(records).toEqual([['title', 'note'], [], ['plain', 'y'], ['quoted', 'z']])
  })

  it('counts a CRLF inside a quoted field as one line', () => {
    const { unreadable } = readCsv('h\r\n"two\r\nlines",1\r\n\r\n"broken\r\nafter\r\n')
    expect(unreadable.map((u) => [u.index, u.line])).toEqual([[2, 5]])
  })

  it('reports every broken record, each with its own line', () => {
    const { records, unreadable } = readCsv('title\n12" screen\nok\n"a"b\nfine\n')
    expect(unreadable.map((u) => u.message)).toEqual([
      expect.stringMatching(/^Row 2 \(line 2\): a quote inside a field/),
      expect.stringMatching(/^Row 4 \(line 4\): unexpected text after a closing quote/),
    ])
    expect(records).toEqual([['title'], [], ['ok'], [], ['fine']])
  })

  it('refuses a file with more than 20 broken records as not CSV', () => {
    expect(() => readCsv(`title\n${'a"b\n'.repeat(21)}`)).toThrow(
      /^More than 20 rows could not be read as CSV \(the first: Row 2 \(line 2\)/,
    )
  })

  it('keeps every other row, and every row number, around one line with an unclosed quote (property)', () => {
    // Rows that are not blank lines (those are skipped); quotes and newlines only before the broken
    // line, since a quoted cell right after it could legitimately close the open field.
    const rowsOf = (cell: fc.Arbitrary<string>) =>
      fc.array(
        fc.array(cell, { minLength: 1, maxLength: 3 }).filter((row) => row.join('') !== ''),
        { minLength: 1, maxLength: 6 },
      )
    const before = rowsOf(fc.string({ unit: fc.constantFrom('a', ' ', 'é', ',', '"', '\n') }))
    const after = rowsOf(fc.string({ unit: fc.constantFrom('b', ' ', 'é', ',') }))
    fc.assert(
      fc.property(before, after, fc.string({ unit: fc.constantFrom('x', ' ', ',') }), (before, after, text) => {
        const broken = `"${text}`
        const csv = `${toCsv(before)}${broken}\r\n${toCsv(after)}`
        const lines = toCsv(before).split(/\r\n|\n|\r/).length
        const { records, unreadable } = readCsv(csv)
        expect(unreadable).toHaveLength(1)
        expect(unreadable[0]).toMatchObject({ index: before.length, line: lines })
        expect(records).toEqual([...before, [], ...after])
      }),
    )
  })
})

describe('decodeCsv', () => {
  it('decodes UTF-8 and strips the BOM', () => {
    expect(decodeCsv(new TextEncoder().encode('\uFEFFtitle\nCafé'))).toBe('title\nCafé')
  })

  it('rejects invalid UTF-8 and binary files with a clear message', () => {
    expect(() => decodeCsv(new Uint8Array([0x74, 0xff, 0xfe, 0x41]))).toThrow(/not valid UTF-8/)
    expect(() => decodeCsv(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow(/looks binary/)
  })
})
