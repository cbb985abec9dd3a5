import { toCsv } from '@/lib/csv'
import type { ExportFormat } from '@/lib/schemas/export'
import { exportFile, type ExportFile } from '@/lib/work-items/export'

// The one plan export (GET /api/export/plans): a version of a sprint's plan with every assignment,
// as CSV or JSON with the same columns, ids and raw values, like the work-item export, so a script
// can join the two. Titles and reasons are user input, so CSV cells go through the one CSV writer
// (lib/csv.ts), which neutralises formula triggers (= + - @) and quotes per RFC 4180.

export type PlanExportRow = {
  itemId: string
  externalKey: string | null
  title: string
  type: string
  hours: number
  priority: number
  engineerId: string | null
  engineer: string | null
  mode: string
  fit: number
  value: number
  locked: boolean
  reasons: string[]
}
export type PlanExportHeader = {
  sprint: string
  team: string
  version: number
  status: string
  objective: number
  createdAt: Date
  publishedAt: Date | null
}

const PLAN_COLUMNS = [
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
] as const

function planBody(plan: PlanExportHeader, rows: readonly PlanExportRow[], format: ExportFormat): string {
  if (format === 'csv') {
    return toCsv([
      [...PLAN_COLUMNS],
      ...rows.map((r) => [
        r.itemId,
        r.externalKey,
        r.title,
        r.type,
        r.hours,
        r.priority,
        r.engineerId,
        r.engineer,
        r.mode,
        r.fit,
        r.value,
        r.locked,
        r.reasons.join(' | '),
      ]),
    ])
  }
  return JSON.stringify(
    { plan: { ...plan, createdAt: plan.createdAt.toISOString(), publishedAt: plan.publishedAt?.toISOString() ?? null }, assignments: rows },
    null,
    2,
  )
}

export function exportPlan(plan: PlanExportHeader, rows: readonly PlanExportRow[], format: ExportFormat, now: Date): ExportFile {
  return exportFile(`plan-${plan.sprint}-v${plan.version}`, format, planBody(plan, rows, format), now)
}
