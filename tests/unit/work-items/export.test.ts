import { describe, expect, it } from 'vitest'
import { parseCsv } from '@/lib/work-items/csv'
import { exportItems, exportPlan, type ItemExportRow } from '@/lib/work-items/export'

const at = new Date('2026-01-05T10:00:00Z')
const item: ItemExportRow = {
  id: 'c1', externalKey: 'K-1', title: '=1+2', type: 'DOCUMENTATION', mode: 'orchestration', modeOverridden: false, hours: 2, priority: 1,
  status: 'TODO', sprint: null, team: 'Core', pinnedTo: null, labels: ['@a', 'b'], description: 'Line 1\nLine 2, "quoted"', createdAt: at, updatedAt: at,
}

describe('exports', () => {
  it('writes items as CSV with formulas neutralised and multi-line cells quoted', () => {
    const [header, row] = parseCsv(exportItems([item], 'csv'))
    expect(header[0]).toBe('id')
    const cell = (name: string) => row[header.indexOf(name)]
    expect(cell('title')).toBe("'=1+2")
    expect(cell('labels')).toBe("'@a, b")
    expect(cell('description')).toBe('Line 1\nLine 2, "quoted"')
    expect(cell('created_at')).toBe('2026-01-05T10:00:00.000Z')
  })

  it('writes items and plans as JSON with native values', () => {
    expect(JSON.parse(exportItems([item], 'json')).items[0]).toMatchObject({ title: '=1+2', labels: ['@a', 'b'], hours: 2 })
    const plan = { sprint: 'S', team: 'T', version: 3, status: 'PUBLISHED', objective: 12.5, createdAt: at, publishedAt: null }
    const rows = [{ itemId: 'c1', externalKey: null, title: '-x', type: 'BOILERPLATE', hours: 1, priority: 2, engineerId: null, engineer: null, mode: 'hybrid', fit: 0, value: 0, locked: false, reasons: ['No capacity left', 'Pinned'] }]
    expect(JSON.parse(exportPlan(plan, rows, 'json'))).toMatchObject({ plan: { version: 3, publishedAt: null }, assignments: [{ title: '-x' }] })
    const [, csvRow] = parseCsv(exportPlan(plan, rows, 'csv'))
    expect(csvRow[2]).toBe("'-x")
    expect(csvRow[12]).toBe('No capacity left | Pinned')
  })
})
