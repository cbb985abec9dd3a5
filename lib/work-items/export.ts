import { toCsv, type CsvCell } from '@/lib/csv'

/**
 * Export formats for work items and plans. CSV goes through toCsv, which neutralises spreadsheet
 * formulas in every text cell; JSON keeps the same columns with native types.
 */

export type ExportFormat = 'csv' | 'json'

export type ItemExportRow = {
  id: string; externalKey: string | null; title: string; type: string; mode: string; modeOverridden: boolean; hours: number
  priority: number; status: string; sprint: string | null; team: string | null; pinnedTo: string | null; labels: string[]
  description: string; createdAt: Date; updatedAt: Date
}

const ITEM_COLUMNS = ['id', 'key', 'title', 'type', 'mode', 'mode_override', 'hours', 'priority', 'status', 'sprint', 'team', 'pinned_to', 'labels', 'description', 'created_at', 'updated_at'] as const

const itemCells = (r: ItemExportRow): CsvCell[] => [
  r.id, r.externalKey, r.title, r.type, r.mode, r.modeOverridden, r.hours, r.priority, r.status, r.sprint, r.team, r.pinnedTo,
  r.labels.join(', '), r.description, r.createdAt.toISOString(), r.updatedAt.toISOString(),
]

export function exportItems(rows: readonly ItemExportRow[], format: ExportFormat): string {
  if (format === 'csv') return toCsv([[...ITEM_COLUMNS], ...rows.map(itemCells)])
  return JSON.stringify({ items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString() })) }, null, 2)
}

export type PlanExportRow = {
  itemId: string; externalKey: string | null; title: string; type: string; hours: number; priority: number
  engineerId: string | null; engineer: string | null; mode: string; fit: number; value: number; locked: boolean; reasons: string[]
}
export type PlanExportHeader = { sprint: string; team: string; version: number; status: string; objective: number; createdAt: Date; publishedAt: Date | null }

const PLAN_COLUMNS = ['item_id', 'key', 'title', 'type', 'hours', 'priority', 'engineer_id', 'engineer', 'mode', 'fit', 'value', 'locked', 'reasons'] as const

export function exportPlan(plan: PlanExportHeader, rows: readonly PlanExportRow[], format: ExportFormat): string {
  if (format === 'csv') {
    return toCsv([
      [...PLAN_COLUMNS],
      ...rows.map((r) => [r.itemId, r.externalKey, r.title, r.type, r.hours, r.priority, r.engineerId, r.engineer, r.mode, r.fit, r.value, r.locked, r.reasons.join(' | ')]),
    ])
  }
  return JSON.stringify(
    { plan: { ...plan, createdAt: plan.createdAt.toISOString(), publishedAt: plan.publishedAt?.toISOString() ?? null }, assignments: rows },
    null,
    2,
  )
}

export const exportFilename = (base: string, format: ExportFormat, now: Date) => `${base}-${now.toISOString().slice(0, 10)}.${format}`
