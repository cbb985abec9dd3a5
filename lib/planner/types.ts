import type { Alternative, BalanceReport, Mode, WorkType } from '@/lib/matching'

// The planner's view model: plain data that travels from lib/db through the page to the client board.
// Nothing here is secret: ids, names, hours, affinities and the reasons the engine gave.

/** itemId -> engineer (membership) id, or null for the Unassigned lane. */
export type AssignmentMap = Record<string, string | null>

/** "What if" edits a manager tries before saving: hours per member and members taken out. */
export type Scenario = { capacity: Record<string, number>; removed: string[] }

export type UnplannedMember = { membershipId: string; name: string; reason: string }

/** What a card shows. Its explanation (the engine's reasons) is read only when someone opens "Why?". */
export type CardView = {
  itemId: string
  title: string
  type: WorkType
  hours: number
  priority: number
  mode: Mode
  engineerId: string | null
  fit: number
  locked: boolean
  pinnedTo: string | null
  /** Why nobody took it (Unassigned lane only). */
  note: string | null
}

/** Why a card sits where it does: the engine's reasons and the next-best place with its cost. */
export type Explanation = { reasons: string[]; alternative: Alternative | null }

export type ColumnSummary = {
  engineerId: string
  name: string
  primaryType: Mode
  preferredMode: Mode | null
  capacityHours: number
  plannedHours: number
  hoursByMode: Record<Mode, number>
  /** (capacity - orchestration hours) / capacity, as docs/matching-contract.md defines it. */
  deepWorkShare: number
  warnings: string[]
}

/** 'edit': a draft opened by a hand edit of the published version (decision 0055). */
export type PlanKind = 'plan' | 'replan' | 'what-if' | 'seed' | 'edit'

export type PlanMeta = {
  kind: PlanKind
  basedOnVersion: number | null
  movedCount: number
  movedItemIds: string[]
  why: string[]
  scenario: Scenario
  unplanned: UnplannedMember[]
  notes: string[]
  /** What the balance pass did (null for versions made before it, or without it). */
  balance: BalanceReport | null
}

export type BoardData = {
  planId: string
  sprintId: string
  version: number
  revision: number
  status: 'DRAFT' | 'PUBLISHED' | 'SUPERSEDED'
  isLatest: boolean
  objective: number
  /** The planning input and this version's placements, as `encodeBoard`'s compact JSON text (lib/planner/wire.ts). */
  wire: string
  names: Record<string, string>
  meta: PlanMeta
  /** A draft's distance from what engineers see: the published version and how many items differ (null: not a draft, or nothing published). */
  unpublished: { publishedVersion: number; changes: number } | null
}

/**
 * The version a hand edit landed on: the draft edited, or the new draft the edit opened because the
 * newest version was published (decision 0055). The board switches to it.
 */
export type EditedVersion = { planId: string; version: number; revision: number; status: BoardData['status'] }

/** What the server answers after a hand move (it re-checked the move itself). */
export type MoveResult = EditedVersion & { objective: number; objectiveDelta: number; warnings: string[] }

/** A what-if board: computed on the server, shown, never saved until the manager asks. */
export type WhatIfPreview = {
  baseVersion: number
  scenario: Scenario
  /** Not stored anywhere, so its explanations travel with it. */
  cards: (CardView & Explanation)[]
  summaries: ColumnSummary[]
  objective: number
  unplanned: UnplannedMember[]
  why: string[]
  balance: BalanceReport | null
  diff: PlanDiff
  names: Record<string, string>
}

// Differences between two plans of one sprint (computed in diff.ts).
export type MovedItem = { itemId: string; from: string | null; to: string | null }
export type BalanceChange = {
  engineerId: string
  name: string
  plannedBefore: number
  plannedAfter: number
  deepWorkBefore: number | null
  deepWorkAfter: number | null
}
/** What changed between two plans, with its words (computed only by planChange in diff.ts). */
export type PlanChange = {
  moved: MovedItem[]
  added: string[]
  removed: string[]
  movedCount: number
  objectiveBefore: number
  objectiveAfter: number
  /** after - before, with float noise read as no change. */
  objectiveDelta: number
  text: { moved: string; objective: string; headline: string }
}
export type PlanDiff = PlanChange & { balance: BalanceChange[] }
