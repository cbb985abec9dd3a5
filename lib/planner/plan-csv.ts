import type { Mode, WorkType } from '@/lib/matching'
import { toCsv } from '@/lib/csv'
import { MODE_LABELS, WORK_TYPE_LABELS } from '@/lib/core/work-types'

// The plan as a spreadsheet: one row per item, assigned or not. Titles are user input, so cells go
// through the one CSV writer (lib/csv.ts), which neutralises formula triggers (= + - @) and quotes per RFC 4180.

export type CsvItem = { key: string | null; title: string; type: WorkType; hours: number; priority: number; mode: Mode; engineer: string | null; fit: number; locked: boolean; reasons: string[] }

export const PLAN_CSV_HEADER = ['Key', 'Title', 'Type', 'Hours', 'Priority', 'Mode', 'Engineer', 'Fit', 'Locked', 'Why'] as const

export function planCsv(items: readonly CsvItem[]): string {
  return toCsv([
    PLAN_CSV_HEADER,
    ...items.map((i) => [i.key ?? '', i.title, WORK_TYPE_LABELS[i.type], i.hours, i.priority, MODE_LABELS[i.mode], i.engineer ?? 'Unassigned', i.engineer ? i.fit.toFixed(2) : '', i.locked ? 'yes' : 'no', i.reasons.join(' ')]),
  ])
}
