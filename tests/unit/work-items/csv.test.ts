import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toCsv } from '@/lib/csv'
import { CsvError, decodeCsv, parseCsv } from '@/lib/work-items/csv'

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
    expect(() => parseCsv('a\n\n\n"b\nc",d\n"never\nclosed\nat all')).toThrow('Row 6: a quoted field is never closed.')
  })

  it('reads rows of different lengths, and refuses a quote in the middle of an unquoted field', () => {
    expect(parseCsv('a,b,c\n1\n')).toEqual([['a', 'b', 'c'], ['1']])
    expect(() => parseCsv('title\n12" screen')).toThrow(/^Row 2: a quote inside a field/)
  })

  it('caps a record made of many short fields too', () => {
    expect(() => parseCsv(`ok\n${'x,'.repeat(600)}`, { maxRows: 10, maxRecordChars: 1024 })).toThrow('Row 2 is longer than 1 KB')
  })

  it('keeps empty fields, including a trailing one', () => {
    expect(parseCsv(',a,,\n')).toEqual([['', 'a', '', '']])
  })

  it('reports an unclosed quote with its row', () => {
    expect(() => parseCsv('a\nb\n"never closed')).toThrow('Row 3: a quoted field is never closed.')
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

describe('decodeCsv', () => {
  it('decodes UTF-8 and strips the BOM', () => {
    expect(decodeCsv(new TextEncoder().encode('\uFEFFtitle\nCafé'))).toBe('title\nCafé')
  })

  it('rejects invalid UTF-8 and binary files with a clear message', () => {
    expect(() => decodeCsv(new Uint8Array([0x74, 0xff, 0xfe, 0x41]))).toThrow(/not valid UTF-8/)
    expect(() => decodeCsv(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow(/looks binary/)
  })
})
