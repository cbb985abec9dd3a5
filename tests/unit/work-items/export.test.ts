import { describe, expect, it } from 'vitest'
import { parseCsv } from '@/lib/work-items/csv'
import { exportFile, exportItems, type ItemExportRow } from '@/lib/work-items/export'

const at = new Date('2026-01-05T10:00:00Z')
const item: ItemExportRow = {
  id: 'c1',
  externalKey: 'K-1',
  title: '=1+2',
  type: 'DOCUMENTATION',
  mode: 'orchestration',
  modeOverridden: false,
  hours: 2,
  priority: 1,
  status: 'TODO',
  sprint: null,
  team: 'Core',
  pinnedTo: null,
  labels: ['@a', 'b'],
  description: 'Line 1\nLine 2, "quoted"',
  createdAt: at,
  updatedAt: at,
}

describe('exports', () => {
  it('writes items as CSV with formulas neutralised and multi-line cells quoted', () => {
    const file = exportItems([item], 'csv', at)
    expect(file).toMatchObject({ filename: 'work-items-2026-01-05.csv', contentType: 'text/csv' })
    const [header, row] = parseCsv(file.body)
    expect(header[0]).toBe('id')
    const cell = (name: string) => row[header.indexOf(name)]
    expect(cell('title')).toBe("'=1+2")
    expect(cell('labels')).toBe("'@a, b")
    expect(cell('description')).toBe('Line 1\nLine 2, "quoted"')
    expect(cell('created_at')).toBe('2026-01-05T10:00:00.000Z')
  })

  it('writes items as JSON with native values', () => {
    const file = exportItems([item], 'json', at)
    expect(file).toMatchObject({ filename: 'work-items-2026-01-05.json', contentType: 'application/json' })
    expect(JSON.parse(file.body).items[0]).toMatchObject({ title: '=1+2', labels: ['@a', 'b'], hours: 2 })
  })

  it('dates the file name by UTC, whatever the server zone', () => {
    expect(exportFile('x', 'csv', '', new Date('2026-01-05T23:30:00-05:00')).filename).toBe('x-2026-01-06.csv')
  })
})
