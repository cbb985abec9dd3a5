import { describe, expect, it } from 'vitest'
import { shapeOutcomes } from '@/lib/metrics/outcomes'

describe('outcomes', () => {
  it('computes delivery rate, rework and defects per mode and type, with zero rows kept', () => {
    const shaped = shapeOutcomes([
      { dimension: 'mode', key: 'craft', items: 4, onTime: 3, reworkHours: 6, defects: 2 },
      { dimension: 'type', key: 'SECURITY_AUTH', items: 4, onTime: 3, reworkHours: 6, defects: 2 },
    ])
    expect(shaped.byMode.map((m) => [m.key, m.deliveryRate])).toEqual([
      ['orchestration', null],
      ['craft', 0.75],
      ['hybrid', null],
    ])
    expect(shaped.byMode[1]).toMatchObject({ reworkPerItem: 1.5, defectsPerItem: 0.5 })
    expect(shaped.byType).toHaveLength(12)
    expect(shaped.total).toMatchObject({ items: 4, onTime: 3, deliveryRate: 0.75 })
  })
})
