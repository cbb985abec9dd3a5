import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { escapeCsvCell, toCsv } from '@/lib/metrics/csv'
import { shapeOutcomes } from '@/lib/metrics/outcomes'

describe('CSV', () => {
  it('defuses formulas and quotes separators', () => {
    expect(escapeCsvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(escapeCsvCell('+1')).toBe("'+1")
    expect(escapeCsvCell('-2')).toBe("'-2")
    expect(escapeCsvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(escapeCsvCell('a, b')).toBe('"a, b"')
    expect(escapeCsvCell(-3)).toBe('-3')
    expect(escapeCsvCell(null)).toBe('')
    expect(toCsv({ columns: [{ key: 'a', label: 'A' }, { key: 'b', label: 'B' }], rows: [{ a: 'x', b: 1 }] })).toBe('A,B\r\nx,1\r\n')
  })

  it('property: no text cell ever starts with a formula character', () => {
    fc.assert(fc.property(fc.string(), (s) => !/^"?[=+\-@\t\r]/.test(escapeCsvCell(s))))
  })
})

describe('outcomes', () => {
  it('computes delivery rate, rework and defects per mode and type, with zero rows kept', () => {
    const shaped = shapeOutcomes([
      { dimension: 'mode', key: 'craft', items: 4, onTime: 3, reworkHours: 6, defects: 2 },
      { dimension: 'type', key: 'SECURITY_AUTH', items: 4, onTime: 3, reworkHours: 6, defects: 2 },
    ])
    expect(shaped.byMode.map((m) => [m.key, m.deliveryRate])).toEqual([['orchestration', null], ['craft', 0.75], ['hybrid', null]])
    expect(shaped.byMode[1]).toMatchObject({ reworkPerItem: 1.5, defectsPerItem: 0.5 })
    expect(shaped.byType).toHaveLength(12)
    expect(shaped.total).toMatchObject({ items: 4, onTime: 3, deliveryRate: 0.75 })
  })
})
