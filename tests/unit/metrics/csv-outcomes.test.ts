import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { escapeCsvCell, toCsv } from '@/lib/metrics/csv'
import { shapeOutcomes } from '@/lib/metrics/outcomes'
import { pulseVisibility, type PulseGroupRow } from '@/lib/metrics/pulse-visibility'

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

describe('pulse visibility', () => {
  const row = (sprintId: string, slot: number, responses: number): PulseGroupRow => ({ sprintId, teamId: sprintId, slot, responses, deepWorkSum: responses * 0.5, preferredModeSum: responses * 0.7, energySum: responses * 3 })

  it('hides small groups and, by complementary suppression, the next smallest one', () => {
    const v = pulseVisibility([row('a', 1, 6), row('b', 1, 2), row('c', 1, 8)], 5)
    expect(v.bySprint.get('b')).toEqual({ visible: false, reason: 'below-threshold' })
    expect(v.bySprint.get('a')).toEqual({ visible: false, reason: 'complementary' })
    expect(v.bySprint.get('c')).toMatchObject({ visible: true, responses: 8, deepWorkShare: 0.5, energy: 3 })
    expect(v.bySlot.get(1)).toMatchObject({ visible: true, responses: 16 })
  })

  it('hides a whole slot below the threshold', () => {
    const v = pulseVisibility([row('a', 2, 2), row('b', 2, 1)], 5)
    expect(v.bySlot.get(2)).toEqual({ visible: false, reason: 'total-below-threshold' })
    expect(v.bySprint.get('a')).toMatchObject({ visible: false })
  })

  it('property: a visible figure always covers at least the threshold', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(12), { minLength: 1, maxLength: 5 }), fc.integer({ min: 3, max: 8 }), (sizes, threshold) => {
        const v = pulseVisibility(sizes.map((n, i) => row(`s${i}`, 1, n)), threshold)
        const figures = [...v.bySprint.values(), ...v.bySlot.values()]
        return figures.every((f) => !f.visible || f.responses >= threshold)
      }),
    )
  })
})
