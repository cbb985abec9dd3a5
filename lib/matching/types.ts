/**
 * The contract's vocabulary (docs/matching-contract.md). Everything here is plain data so the
 * web app, the CLI and the benchmarks can share it without pulling in the solver.
 */
import { MODES, WORK_TYPES } from '../core/work-types'
import type { Mode, WorkType } from '../core/work-types'

/** One source of truth: the shared vocabulary in lib/core/work-types.ts (the pure bottom layer). */
export { MODES, WORK_TYPES }
export type { Mode, WorkType }

export const PREFERENCES = ['enjoy', 'neutral', 'avoid'] as const
export type Preference = (typeof PREFERENCES)[number]

export type Affinity = Record<Mode, number>

export interface Engineer {
  id: string
  name?: string
  capacityHours: number
  /** Survey scores / 100, each in [0, 1]. */
  affinity: Affinity
  preferences?: Partial<Record<WorkType, Preference>>
  /** A mode the engineer said they would like to work in; only ever a warning, never a rule. */
  preferredMode?: Mode
}

export type Priority = 1 | 2 | 3 | 4

export interface WorkItem {
  id: string
  title?: string
  type: WorkType
  hours: number
  priority: Priority
  /** Overrides the policy's recommended mode for this one item. */
  mode?: Mode | null
  /** Hard rule 4: the item must go to this engineer. */
  pinnedTo?: string | null
}

export interface PolicyEntry {
  recommended: Mode
  acceptable: readonly Mode[]
}
export type Policy = Record<WorkType, PolicyEntry>
/** The organisation's edits: a whole entry, or just the recommended mode (the JSON interface's form). */
export type PolicyOverride = Partial<Record<WorkType, Mode | Partial<PolicyEntry>>>

export interface PreviousPlan {
  /** itemId -> engineerId of the plan being revised. */
  assignments: Record<string, string>
  /** Items that must keep their previous engineer. */
  locked?: readonly string[]
  /**
   * Bonus, in fit points, for an item staying with its previous engineer (default 0.05):
   * an item moves only if that raises its fit by more than this.
   */
  stabilityWeight?: number
}

export interface PlanInput {
  engineers: readonly Engineer[]
  items: readonly WorkItem[]
  policy?: PolicyOverride
  previous?: PreviousPlan
}

export interface PlanOptions {
  /** Improvement passes of the local search (deterministic budget). */
  maxPasses?: number
  /** Branch-and-bound nodes spent proving small instances optimal. */
  exactNodeLimit?: number
  /** Instances with at most this many free items get the iterated and the exact search. */
  exactMaxItems?: number
  /** Perturb-and-improve rounds of the iterated local search on small instances. */
  kickIterations?: number
  /** Rounds of LP-guided rebuilding after the local search (default: fewer as plans grow). */
  rebuildRounds?: number
  /**
   * Not part of the contract's objective: when set, a balance pass (balance.ts) moves items off people
   * above 85% load, giving up at most this share of the objective (0.005 = 0.5%). Unset = no pass.
   */
  balanceCostShare?: number
}

/** One item the balance pass moved, and the objective it gave up (negative = it gained). */
export interface BalanceMove {
  itemId: string
  from: string
  to: string
  cost: number
}

/** What the balance pass did: its budget, what it cost, and who is above 85% before and after. */
export interface BalanceReport {
  /** The share of the objective the pass was allowed to give up. */
  budgetShare: number
  /** Objective before the pass minus after it. */
  cost: number
  /** cost / the objective before the pass. */
  costShare: number
  moves: BalanceMove[]
  /** Engineer ids above 85% load before and after the pass. */
  aboveBefore: string[]
  aboveAfter: string[]
  /** 'done': nobody left above the line; 'budget': the next move would pass the budget; 'room': nobody whose mode fits has room. */
  stoppedBy: 'done' | 'budget' | 'room'
}

export interface Alternative {
  /** The next-best engineer, or null for "leave it unassigned". */
  engineerId: string | null
  fit: number
  value: number
  /** How much the plan's objective drops if the item goes there (after the simplest repair). */
  objectiveCost: number
  /** Plain-words consequence, e.g. which item the other engineer would have to drop. */
  note: string
}

/** One assignment as the command line writes it (docs/matching-contract.md, "Command line"). */
export interface ExplainedAssignment {
  itemId: string
  engineerId: string
  mode: Mode
  fit: number
  value: number
  reasons: string[]
}

export interface Assignment extends ExplainedAssignment {
  alternative: Alternative | null
}

export interface Unassigned {
  itemId: string
  reason: string
}

export interface EngineerSummary {
  engineerId: string
  primaryType: Mode
  capacityHours: number
  plannedHours: number
  hoursByMode: Record<Mode, number>
  /** (capacity - orchestration hours) / capacity. */
  deepWorkShare: number
  warnings: string[]
}

export interface Plan {
  assignments: Assignment[]
  unassigned: Unassigned[]
  engineers: EngineerSummary[]
  /** Sum of value(e, i) over the assignments (stability bonuses excluded). */
  objective: number
  /**
   * LP-relaxation upper bound on the objective (plus stability bonuses when re-planning);
   * objective / upperBound is the proven quality.
   */
  upperBound: number
  /** True when the search proved the objective optimal. */
  provenOptimal: boolean
  /** Items whose engineer differs from the previous plan (none without a previous plan). */
  movedCount: number
  movedItemIds: string[]
  /** Only when `balanceCostShare` asked for the balance pass. */
  balance?: BalanceReport
}

/**
 * plan.json, what `npm run plan` writes: the plan without the app's extras (alternatives, engineer
 * summaries, the bound, moves), which planSprintContract never computes.
 */
export interface ContractPlan {
  assignments: ExplainedAssignment[]
  unassigned: Unassigned[]
  objective: number
  balance?: BalanceReport
}
