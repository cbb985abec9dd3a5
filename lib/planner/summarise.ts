import {
  DEEP_WORK_ORCHESTRATION_LIMIT,
  fit,
  HIGH_LOAD_SHARE,
  itemMode,
  NEAR_DEEP_WORK_LIMIT_SHARE,
  primaryType,
  resolvePolicy,
  value,
} from '@/lib/matching'
import { MODES } from '@/lib/matching'
import type { Mode, PlanInput, WorkItem } from '@/lib/matching'
import { MODE_LABELS, WORK_TYPE_LABELS } from '@/lib/core/work-types'
import type { AssignmentMap, ColumnSummary } from './types'

// Per-engineer balance of any assignment (the engine's plan or one a manager edited by hand).
// Reporting only: it never decides where an item goes.

// Thresholds come from lib/matching so the board and the engine's own summaries agree. Messages are
// written here because the board names items by title, not by id.

const round1 = (n: number) => Math.round(n * 10) / 10
const pct = (n: number) => `${Math.round(n * 100)}%`

export function summariseEngineers(input: PlanInput, assignment: AssignmentMap): ColumnSummary[] {
  const policy = resolvePolicy(input.policy)
  const byEngineer = new Map<string, WorkItem[]>()
  for (const item of input.items) {
    const to = assignment[item.id]
    if (to) byEngineer.set(to, [...(byEngineer.get(to) ?? []), item])
  }
  return input.engineers.map((engineer) => {
    const items = byEngineer.get(engineer.id) ?? []
    const hoursByMode: Record<Mode, number> = { orchestration: 0, craft: 0, hybrid: 0 }
    for (const item of items) hoursByMode[itemMode(item, policy)] += item.hours
    const plannedHours = items.reduce((sum, i) => sum + i.hours, 0)
    const capacity = engineer.capacityHours
    const primary = primaryType(engineer.affinity)
    const warnings: string[] = []
    const load = plannedHours / capacity
    if (load > 1) warnings.push(`Over capacity: ${round1(plannedHours)} h planned of ${round1(capacity)} h.`)
    else if (load > HIGH_LOAD_SHARE) warnings.push(`Loaded ${pct(load)}: above the 85% line, little slack for surprises.`)
    if (primary === 'craft') {
      const limit = DEEP_WORK_ORCHESTRATION_LIMIT * capacity
      if (hoursByMode.orchestration >= NEAR_DEEP_WORK_LIMIT_SHARE * capacity) {
        warnings.push(
          `Orchestration ${round1(hoursByMode.orchestration)} h of the ${round1(limit)} h limit (40% of capacity): deep work is close to its 60% floor.`,
        )
      }
    }
    for (const item of items) {
      if (engineer.preferences?.[item.type] === 'avoid')
        warnings.push(`Has ${WORK_TYPE_LABELS[item.type]} work, which they avoid: “${item.title ?? item.id}”.`)
    }
    const preferred = engineer.preferredMode ?? null
    // Same rule as the engine: the stated mode is ignored when another mode gets more hours.
    if (preferred && plannedHours > 0 && hoursByMode[preferred] < Math.max(...MODES.map((m) => hoursByMode[m]))) {
      warnings.push(
        `Prefers ${MODE_LABELS[preferred].toLowerCase()} work, but only ${round1(hoursByMode[preferred])} h of ${round1(plannedHours)} h is in that mode.`,
      )
    }
    return {
      engineerId: engineer.id,
      name: engineer.name ?? engineer.id,
      primaryType: primary,
      preferredMode: preferred,
      capacityHours: capacity,
      plannedHours,
      hoursByMode,
      deepWorkShare: capacity > 0 ? (capacity - hoursByMode.orchestration) / capacity : 0,
      warnings,
    }
  })
}

/** fit and value of one item with one engineer (0 when unassigned). */
export function scoreItem(input: PlanInput, itemId: string, engineerId: string | null) {
  const item = input.items.find((i) => i.id === itemId)
  const engineer = engineerId ? input.engineers.find((e) => e.id === engineerId) : undefined
  if (!item) return { fit: 0, value: 0, mode: 'hybrid' as Mode }
  const mode = itemMode(item, resolvePolicy(input.policy))
  if (!engineer) return { fit: 0, value: 0, mode }
  return { fit: fit(engineer, item.type, mode), value: value(engineer, item, mode), mode }
}

/** The plan's objective: the sum of value(e, i) over assigned items. */
export function objectiveOf(input: PlanInput, assignment: AssignmentMap): number {
  const policy = resolvePolicy(input.policy)
  const engineers = new Map(input.engineers.map((e) => [e.id, e]))
  let total = 0
  for (const item of input.items) {
    const engineer = engineers.get(assignment[item.id] ?? '')
    if (engineer) total += value(engineer, item, itemMode(item, policy))
  }
  return total
}
