import { describe, expect, it } from 'vitest'
import { exportPlan, type PlanExportHeader, type PlanExportRow } from '@/lib/planner/plan-export'
import { parseCsv } from '@/lib/work-items/csv'

const at = new Date('2026-01-05T10:00:00Z')
const plan: PlanExportHeader = {
  sprint: 'S',
  team: 'T',
  version: 3,
  status: 'PUBLISHED',
  objective: 12.5,
  createdAt: at,
  publishedAt: null,
}
const rows: PlanExportRow[] = [
  {
    itemId: 'c1',
    externalKey: null,
    title: '-x',
    type: 'BOILERPLATE',
    hours: 1,
    priority: 2,
    engineerId: null,
    engineer: null,
    mode: 'hybrid',
    fit: 0,
    value: 0,
    locked: false,
    reasons: ['No capacity left', 'Pinned'],
  },
]

describe('exportPlan', () => {
  it('writes the plan as JSON with native values and the version in the file name', () => {
    const file = exportPlan(plan, rows, 'json', at)
    expect(file).toMatchObject({ filename: 'plan-S-v3-2026-01-05.json', contentType: 'application/json' })
    expect(JSON.parse(file.body)).toMatchObject({
      plan: { version: 3, publishedAt: null, createdAt: '2026-01-05T10:00:00.000Z' },
      assignments: [{ title: '-x' }],
    })
  })

  it('writes one CSV row per assignment, neutralising formulas and joining the reasons', () => {
    const file = exportPlan(plan, rows, 'csv', at)
    expect(file).toMatchObject({ filename: 'plan-S-v3-2026-01-05.csv', contentType: 'text/csv' })
    const [header, row] = parseCsv(file.body)
    expect(header).toEqual([
      'item_id',
      'key',
      'title',
      'type',
      'hours',
      'priority',
      'engineer_id',
      'engineer',
      'mode',
      'fit',
      'value',
      'locked',
      'reasons',
    ])
    expect(row[2]).toBe("'-x")
    expect(row[12]).toBe('No capacity left | Pinned')
  })
})
