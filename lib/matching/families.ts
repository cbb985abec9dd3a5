import type { Mode } from './types'
import { MODES } from './types'

/**
 * The kinds of sprint the generator makes, so the engine is tuned on more than one shape of
 * data (issue 21: tuned on one family it fell to 99.56% of the LP bound on others).
 * - `standard`: a mixed team and backlog, demand ~1.3x capacity.
 * - `tight`: most engineers lean orchestrator, craftspeople are nearly as good at orchestration as at
 *   craft, and most work is orchestration work, so it spills onto craftspeople and the deep-work rule binds.
 * - `heavy-tail`: most items take 1 h, a quarter take 2-24 h (flat).
 * - `wide-capacity`: capacities anywhere from 20 to 70 h.
 * - `small-items`: every item 0.5-4 h, so each engineer carries many.
 * - `huge-items`: about 3% of items are 24-48 h, a large part of anyone's sprint.
 * - `many-pins`: a quarter of the items are pinned (within the hard rules).
 * - `many-avoids`: everyone avoids 3-6 work types.
 * - `top-ties`: scores in steps of 5, half the engineers with two modes tied at the top, so many
 *   engineers are worth exactly the same and many are hybrid by the tie rule.
 */
export const INSTANCE_FAMILIES = [
  'standard',
  'tight',
  'heavy-tail',
  'wide-capacity',
  'small-items',
  'huge-items',
  'many-pins',
  'many-avoids',
  'top-ties',
] as const
export type InstanceFamily = (typeof INSTANCE_FAMILIES)[number]

export type Draw = {
  random: () => number
  int: (lo: number, hi: number) => number
  pick: <T>(list: readonly T[]) => T
}

/** How a family departs from `standard`; each hook draws from the stream in a fixed order. */
export interface FamilyProfile {
  lean: (draw: Draw) => Mode
  /** Craftspeople's orchestration affinity sits 1-6 points under their craft affinity. */
  craftsOrchestrate: boolean
  /** Affinity scores are multiples of this many points. */
  scoreStep: number
  /** Share of engineers with a second mode tied at the top. */
  tieShare: number
  /** How many preferences an engineer states, and the share of them that are `avoid`. */
  preferences: (draw: Draw) => number
  avoidShare: number
  capacity: (draw: Draw) => number
  /** Share of items drawn from the orchestration work types (otherwise any type). */
  orchestrationWork: number
  /** An item's size before scaling; `scaled: false` keeps it as drawn (a fixed size such as a huge item). */
  hours: (draw: Draw) => { hours: number; scaled: boolean }
  /** Mean of the scaled sizes, to set the backlog at ~1.3x the team's hours. */
  meanHours: number
  /** Scale the item sizes to the team (true) or the capacities to the backlog (false). */
  scaleHours: boolean
  pinShare: number
}

/** Typical sprint task sizes in hours, small ones more common. */
const TASK_SIZES = [1, 2, 2, 3, 3, 4, 4, 5, 6, 8, 8, 10, 12, 16]
const mean = (list: readonly number[]) => list.reduce((a, b) => a + b, 0) / list.length
const SMALL_SIZES = [0.5, 1, 1, 1, 1.5, 2, 2, 3, 4]
const CAPACITIES = [32, 40, 48, 56, 60, 64, 72, 80]
const HUGE_SHARE = 0.03

const STANDARD: FamilyProfile = {
  lean: ({ pick }) => pick(MODES),
  craftsOrchestrate: false,
  scoreStep: 1,
  tieShare: 0.125,
  preferences: ({ int }) => int(0, 3),
  avoidShare: 0.4,
  capacity: ({ pick }) => pick(CAPACITIES),
  orchestrationWork: 0,
  hours: ({ pick }) => ({ hours: pick(TASK_SIZES), scaled: true }),
  meanHours: mean(TASK_SIZES),
  scaleHours: true,
  pinShare: 0.02,
}

export const FAMILY_PROFILES: Record<InstanceFamily, FamilyProfile> = {
  standard: STANDARD,
  tight: {
    ...STANDARD,
    lean: ({ random }) => (random() < 0.7 ? 'orchestration' : 'craft'),
    craftsOrchestrate: true,
    orchestrationWork: 0.8,
  },
  'heavy-tail': {
    ...STANDARD,
    hours: ({ random, int }) => ({ hours: random() < 0.75 ? 1 : int(2, 24), scaled: false }),
    meanHours: 0.75 + 0.25 * 13,
    scaleHours: false,
  },
  'wide-capacity': { ...STANDARD, capacity: ({ int }) => int(20, 70) },
  'small-items': {
    ...STANDARD,
    hours: ({ pick }) => ({ hours: pick(SMALL_SIZES), scaled: false }),
    meanHours: mean(SMALL_SIZES),
    scaleHours: false,
  },
  'huge-items': {
    ...STANDARD,
    hours: ({ random, int, pick }) =>
      random() < HUGE_SHARE ? { hours: int(24, 48), scaled: false } : { hours: pick(TASK_SIZES), scaled: true },
    // The scaled items alone ask for ~1.3x the team's hours; the huge ones come on top.
    meanHours: (1 - HUGE_SHARE) * mean(TASK_SIZES),
  },
  'many-pins': { ...STANDARD, pinShare: 0.25 },
  'many-avoids': { ...STANDARD, preferences: ({ int }) => int(3, 6), avoidShare: 1 },
  'top-ties': { ...STANDARD, scoreStep: 5, tieShare: 0.5 },
}
