import { toCsv, type CsvCell } from '@/lib/csv'
import type { ExportFormat } from '@/lib/schemas/export'

/**
 * Export formats for work items (plans use the same file shape, lib/planner/plan-export.ts). CSV goes
 * through toCsv, which neutralises spreadsheet formulas in every text cell; JSON keeps the same
 * columns with native types.
 */

export type ExportFile = { body: string; filename: string; contentType: string }

/** A download named `<base>-<YYYY-MM-DD>.<format>`, the date taken from `now` in UTC. */
export function exportFile(base: string, format: ExportFormat, body: string, now: Date): ExportFile {
  return {
    body,
    filename: `${base}-${now.toISOString().slice(0, 10)}.${format}`,
    contentType: format === 'json' ? 'application/json' : 'text/csv',
  }
}

export type ItemExportRow = {
  id: string
  externalKey: string | null
  title: string
  type: string
  mode: string
  modeOverridden: boolean
  hours: number
  priority: number
  status: string
  sprint: string | null
  team: string | null
  pinnedTo: string | null
  labels: string[]
  description: string
  createdAt: Date
  updatedAt: Date
}

const ITEM_COLUMNS = [
  'id',
  'key',
  'title',
  'type',
  'mode',
  'mode_override',
  'hours',
  'priority',
  'status',
  'sprint',
  'team',
  'pinned_to',
  'labels',
  'description',
  'created_at',
  'updated_at',
] as const

const itemCells = (r: ItemExportRow): CsvCell[] => [
  r.id,
  r.externalKey,
  r.title,
  r.type,
  r.mode,
  r.modeOverridden,
  r.hours,
  r.priority,
  r.status,
  r.sprint,
  r.team,
  r.pinnedTo,
  r.labels.join(', '),
  r.description,
  r.createdAt.toISOString(),
  r.updatedAt.toISOString(),
]

export function exportItems(rows: readonly ItemExportRow[], format: ExportFormat, now: Date): ExportFile {
  const body =
    format === 'csv'
      ? toCsv([[...ITEM_COLUMNS], ...rows.map(itemCells)])
      : JSON.stringify(
          { items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString() })) },
          null,
          2,
        )
  return exportFile('work-items', format, body, now)
}
