import { MODES, MODE_LABELS, WORK_TYPES, WORK_TYPE_LABELS, type Mode, type WorkType } from '../core/work-types'
import { ratio } from './types'

/**
 * Outcomes recorded when a sprint closes, grouped by the mode the work was done in and by work type.
 * We judge matches by delivery, rework and defects, never by how much AI was used.
 */

export interface OutcomeCounts {
  items: number
  onTime: number
  reworkHours: number
  defects: number
}

export interface OutcomeGroupRow extends OutcomeCounts {
  dimension: 'mode' | 'type'
  key: string
}

export interface OutcomeStats extends OutcomeCounts {
  key: string
  label: string
  deliveryRate: number | null
  reworkPerItem: number | null
  defectsPerItem: number | null
}

function outcomeStats(key: string, label: string, c: OutcomeCounts): OutcomeStats {
  return {
    key,
    label,
    ...c,
    deliveryRate: ratio(c.onTime, c.items),
    reworkPerItem: ratio(c.reworkHours, c.items),
    defectsPerItem: ratio(c.defects, c.items),
  }
}

const EMPTY: OutcomeCounts = { items: 0, onTime: 0, reworkHours: 0, defects: 0 }

/** Every mode and every work type gets a row (zero items included) in a fixed order. */
export function shapeOutcomes(rows: readonly OutcomeGroupRow[]): { byMode: OutcomeStats[]; byType: OutcomeStats[]; total: OutcomeStats } {
  const find = (dimension: OutcomeGroupRow['dimension'], key: string) =>
    rows.find((r) => r.dimension === dimension && r.key === key) ?? EMPTY
  const byMode = MODES.map((m: Mode) => outcomeStats(m, MODE_LABELS[m], find('mode', m)))
  const byType = WORK_TYPES.map((t: WorkType) => outcomeStats(t, WORK_TYPE_LABELS[t], find('type', t)))
  const sum = byMode.reduce<OutcomeCounts>(
    (acc, r) => ({
      items: acc.items + r.items,
      onTime: acc.onTime + r.onTime,
      reworkHours: acc.reworkHours + r.reworkHours,
      defects: acc.defects + r.defects,
    }),
    EMPTY,
  )
  return { byMode, byType, total: outcomeStats('total', 'All work', sum) }
}
