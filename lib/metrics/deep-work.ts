import type { Mode } from '../core/work-types'
import { byName } from './group'
import { clamp01, totalHours, type ModeHours } from './types'

/**
 * Deep-work protection (docs/matching-contract.md, hard rule 3): deep-work share = (capacity − orchestration hours) /
 * capacity. Craftspeople keep at least their target (60% by default); everyone else is reported
 * without a target. Many parallel items mean context switching even when the share looks fine.
 */

export const CRAFT_DEEP_WORK_TARGET = 0.6
/** More items than this in one sprint is flagged as context switching. */
export const PARALLEL_ITEMS_LIMIT = 5

/** One person's planned load in one sprint, as lib/db aggregates it from a plan's assignments. */
export interface PersonSprintLoad {
  teamId: string
  sprintId: string
  membershipId: string
  name: string
  /** Null when the person has no profile yet. */
  primaryType: Mode | null
  preferredMode: Mode | null
  /** The profile's own target, if any. */
  deepWorkTarget: number | null
  /** Availability for the sprint, else the profile's capacity. */
  capacity: number
  /** Planned hours by the mode each assignment is done in. */
  hours: ModeHours
  craftCriticalHours: number
  items: number
}

type DeepWorkFlag = 'below-target' | 'context-switching'

export interface DeepWorkRow {
  membershipId: string
  name: string
  primaryType: Mode | null
  capacity: number
  plannedHours: number
  orchestrationHours: number
  share: number
  target: number | null
  items: number
  flags: DeepWorkFlag[]
}

/** Always in [0, 1]; a person with no capacity has no deep work unless nothing is planned at all. */
export function deepWorkShare(capacity: number, orchestrationHours: number): number {
  if (!(capacity > 0)) return orchestrationHours > 0 ? 0 : 1
  return clamp01((capacity - Math.max(0, orchestrationHours)) / capacity)
}

export function deepWorkTargetFor(primaryType: Mode | null, profileTarget: number | null): number | null {
  if (primaryType !== 'craft') return null
  return profileTarget !== null && profileTarget > 0 && profileTarget <= 1 ? profileTarget : CRAFT_DEEP_WORK_TARGET
}

export function assessDeepWork(load: PersonSprintLoad): DeepWorkRow {
  const share = deepWorkShare(load.capacity, load.hours.orchestration)
  const target = deepWorkTargetFor(load.primaryType, load.deepWorkTarget)
  const flags: DeepWorkFlag[] = []
  if (target !== null && share < target) flags.push('below-target')
  if (load.items > PARALLEL_ITEMS_LIMIT) flags.push('context-switching')
  return {
    membershipId: load.membershipId,
    name: load.name,
    primaryType: load.primaryType,
    capacity: load.capacity,
    plannedHours: totalHours(load.hours),
    orchestrationHours: load.hours.orchestration,
    share,
    target,
    items: load.items,
    flags,
  }
}

/** The average planned deep-work share of the craftspeople who have planned work; null without any. */
export function craftDeepWorkAverage(rows: readonly DeepWorkRow[]): number | null {
  const craft = rows.filter((r) => r.target !== null && r.plannedHours > 0)
  return craft.length ? craft.reduce((sum, r) => sum + r.share, 0) / craft.length : null
}

/** Flagged people first (most below target first), then by name, so the table reads as a to-do list. */
export function sortDeepWork(rows: readonly DeepWorkRow[]): DeepWorkRow[] {
  const gap = (r: DeepWorkRow) => (r.target === null ? 0 : Math.max(0, r.target - r.share))
  return [...rows].sort((a, b) => b.flags.length - a.flags.length || gap(b) - gap(a) || byName(a.name, b.name))
}

export const DEEP_WORK_FLAG_LABELS: Record<DeepWorkFlag, string> = {
  'below-target': 'Below deep-work target',
  'context-switching': `More than ${PARALLEL_ITEMS_LIMIT} parallel items`,
}
