import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { firstRows, PAGE_TABLE_ROWS, type DataTable } from '@/lib/metrics/table'

const tableOf = (n: number): DataTable => ({
  id: 't',
  caption: 'T',
  columns: [{ key: 'n', label: 'N', numeric: true }],
  rows: Array.from({ length: n }, (_, i) => ({ n: i })),
})

describe('the rows a dashboard page shows of a table', () => {
  it('are the first rows, never more than a page, with the full count for the CSV note', () => {
    fc.assert(
      fc.property(fc.nat({ max: 300 }), (n) => {
        const page = firstRows(tableOf(n))
        expect(page.totalRows).toBe(n)
        expect(page.rows).toHaveLength(Math.min(n, PAGE_TABLE_ROWS))
        expect(page.rows.map((r) => r.n)).toEqual(Array.from({ length: page.rows.length }, (_, i) => i))
      }),
    )
  })

  it('keeps a shorter limit when asked', () => {
    expect(firstRows(tableOf(10), 3)).toEqual({ rows: [{ n: 0 }, { n: 1 }, { n: 2 }], totalRows: 10 })
  })
})
