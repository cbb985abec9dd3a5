import type { Engineer, Mode, Priority, WorkItem, WorkType } from './types'
import { MODES, WORK_TYPES } from './types'
import { DEFAULT_POLICY, itemMode } from './policy'
import { orchestrationLimit } from './score'

/**
 * Seeded instance generator for the benchmark and the property tests.
 * `standard`: a mixed team and backlog, demand ~1.3x capacity.
 * `tight`: most engineers lean orchestrator, craftspeople are nearly as good at
 * orchestration as at craft, and most work is orchestration work, so it spills
 * onto craftspeople and the deep-work rule binds. Both include engineers whose
 * top affinities tie (primary type hybrid), so the tie rule matters.
 */
export type InstanceFamily = 'standard' | 'tight'

export interface GenerateOptions {
  items: number
  engineers: number
  seed: number
  family?: InstanceFamily
  /** Share of items pinned to someone (pins always respect the hard rules). */
  pinShare?: number
}

/** mulberry32: small, fast and good enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const ORCHESTRATION_TYPES = WORK_TYPES.slice(0, 6)
/** Typical sprint task sizes in hours, small ones more common. */
const TASK_SIZES = [1, 2, 2, 3, 3, 4, 4, 5, 6, 8, 8, 10, 12, 16]
const MEAN_TASK_SIZE = TASK_SIZES.reduce((a, b) => a + b, 0) / TASK_SIZES.length

export function generateInstance(options: GenerateOptions): { engineers: Engineer[]; items: WorkItem[] } {
  const { seed, family = 'standard', pinShare = 0.02 } = options
  const random = seededRandom(seed)
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1))
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]
  const score = (lo: number, hi: number) => int(lo, hi) / 100

  const engineers = Array.from({ length: options.engineers }, (_, k): Engineer => {
    const lean: Mode = family === 'tight' ? (random() < 0.7 ? 'orchestration' : 'craft') : pick(MODES)
    const top = score(60, 95)
    const affinity = { orchestration: score(15, 60), craft: score(15, 60), hybrid: score(15, 60) }
    affinity[lean] = top
    if (family === 'tight' && lean === 'craft') affinity.orchestration = Math.max(0, top - score(1, 6))
    // About one in eight engineers has two modes tied at the top.
    if (random() < 0.125) affinity[pick(MODES.filter((mode) => mode !== lean))] = top
    const preferences: Engineer['preferences'] = {}
    for (let p = int(0, 3); p > 0; p--) preferences[pick(WORK_TYPES)] = random() < 0.6 ? 'enjoy' : 'avoid'
    return { id: `e${k + 1}`, capacityHours: pick([32, 40, 48, 56, 60, 64, 72, 80]), affinity, preferences }
  })

  const totalCapacity = engineers.reduce((sum, e) => sum + e.capacityHours, 0)
  // Scale the task sizes so the backlog asks for ~1.3x the team's hours at every size.
  const scale = (1.3 * totalCapacity) / options.items / MEAN_TASK_SIZE
  const pinnedLoad = new Map<string, { hours: number; orchestration: number }>()
  const items = Array.from({ length: options.items }, (_, k): WorkItem => {
    const type: WorkType =
      family === 'tight' && random() < 0.8 ? pick(ORCHESTRATION_TYPES) : pick(WORK_TYPES)
    const hours = Math.max(1, Math.min(24, Math.round(scale * pick(TASK_SIZES))))
    const item: WorkItem = { id: `t${k + 1}`, type, hours, priority: int(1, 4) as Priority }
    if (random() < 0.1) item.mode = pick(MODES)
    if (random() < pinShare) pinIfFeasible(item, pick(engineers), pinnedLoad)
    return item
  })
  return { engineers, items }
}

/** Pins only within half of the capacity (and the deep-work limit), so pins never make an instance invalid. */
function pinIfFeasible(item: WorkItem, engineer: Engineer, loads: Map<string, { hours: number; orchestration: number }>) {
  const load = loads.get(engineer.id) ?? { hours: 0, orchestration: 0 }
  const orchestration = itemMode(item, DEFAULT_POLICY) === 'orchestration' ? item.hours : 0
  if (load.hours + item.hours > engineer.capacityHours / 2) return
  if (load.orchestration + orchestration > orchestrationLimit(engineer)) return
  loads.set(engineer.id, { hours: load.hours + item.hours, orchestration: load.orchestration + orchestration })
  item.pinnedTo = engineer.id
}
