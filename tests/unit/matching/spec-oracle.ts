/**
 * docs/matching-contract.md's formulas written out again, independently of lib/matching, so the
 * tests check the engine against the spec rather than against itself.
 */
import fc from 'fast-check'
import type { Engineer, Mode, PlanInput, WorkItem } from '@/lib/matching'
import { MODES, WORK_TYPES } from '@/lib/matching'

const RECOMMENDED: Record<string, Mode> = {
  CRUD_SCAFFOLDING: 'orchestration',
  BOILERPLATE: 'orchestration',
  TEST_GENERATION: 'orchestration',
  DOCUMENTATION: 'orchestration',
  RAPID_PROTOTYPING: 'orchestration',
  CODE_REVIEW: 'orchestration',
  COMPLEX_STATE: 'hybrid',
  PERFORMANCE_CRITICAL: 'craft',
  SECURITY_AUTH: 'craft',
  NOVEL_PROBLEM: 'craft',
  INFRASTRUCTURE: 'craft',
  ARCHITECTURE: 'craft',
}

export const specMode = (item: WorkItem): Mode => item.mode ?? RECOMMENDED[item.type]

export function specPrimary(e: Engineer): Mode {
  const { orchestration: o, craft: c, hybrid: h } = e.affinity
  const top = Math.max(o, c, h)
  const atTop = [o, c, h].filter((x) => x === top).length
  if (atTop > 1) return 'hybrid'
  return o === top ? 'orchestration' : c === top ? 'craft' : 'hybrid'
}

export function specValue(e: Engineer, item: WorkItem): number {
  const pref = e.preferences?.[item.type]
  const sign = pref === 'enjoy' ? 1 : pref === 'avoid' ? -1 : 0
  return item.priority * item.hours * Math.max(0, e.affinity[specMode(item)] + 0.15 * sign)
}

/** Every hard rule of the spec for `assignment` (item id -> engineer id); returns the broken ones. */
export function brokenRules(input: PlanInput, assignment: Map<string, string>): string[] {
  const broken: string[] = []
  for (const e of input.engineers) {
    const mine = input.items.filter((i) => assignment.get(i.id) === e.id)
    const hours = mine.reduce((s, i) => s + i.hours, 0)
    const orchestration = mine.filter((i) => specMode(i) === 'orchestration').reduce((s, i) => s + i.hours, 0)
    if (hours > e.capacityHours + 1e-9) broken.push(`capacity ${e.id}`)
    if (specPrimary(e) === 'craft' && orchestration > 0.4 * e.capacityHours + 1e-9) broken.push(`deep work ${e.id}`)
  }
  for (const item of input.items) {
    if (item.pinnedTo && assignment.get(item.id) !== item.pinnedTo) broken.push(`pin ${item.id}`)
  }
  return broken
}

/** Exhaustive optimum (feasible pins assumed): (m + 1)^n plans, for tiny instances only. */
export function bruteForceOptimum(input: PlanInput): number {
  const { engineers, items } = input
  const load = new Map(engineers.map((e) => [e.id, { hours: 0, orchestration: 0 }]))
  let best = 0
  const visit = (k: number, total: number) => {
    if (k === items.length) {
      best = Math.max(best, total)
      return
    }
    const item = items[k]
    if (!item.pinnedTo) visit(k + 1, total)
    for (const e of engineers) {
      if (item.pinnedTo && item.pinnedTo !== e.id) continue
      const l = load.get(e.id)!
      const orch = specMode(item) === 'orchestration' ? item.hours : 0
      if (l.hours + item.hours > e.capacityHours + 1e-9) continue
      if (specPrimary(e) === 'craft' && l.orchestration + orch > 0.4 * e.capacityHours + 1e-9) continue
      l.hours += item.hours
      l.orchestration += orch
      visit(k + 1, total + specValue(e, item))
      l.hours -= item.hours
      l.orchestration -= orch
    }
  }
  visit(0, 0)
  return best
}

const score = fc.integer({ min: 0, max: 20 }).map((x) => (x * 5) / 100)

const engineerArb = (k: number) =>
  fc
    .record({
      capacityHours: fc.constantFrom(8, 12, 16, 20, 30, 40),
      affinity: fc.record({ orchestration: score, craft: score, hybrid: score }),
      preferences: fc.dictionary(fc.constantFrom(...WORK_TYPES), fc.constantFrom('enjoy' as const, 'neutral' as const, 'avoid' as const), {
        maxKeys: 3,
      }),
    })
    .map((e): Engineer => ({ id: `e${k}`, ...e }))

/** Random small instances; pins are drawn freely and then dropped where they would break a hard rule. */
export function instanceArb(maxEngineers: number, maxItems: number): fc.Arbitrary<PlanInput> {
  return fc
    .tuple(fc.integer({ min: 1, max: maxEngineers }), fc.integer({ min: 0, max: maxItems }))
    .chain(([m, n]) =>
      fc.record({
        engineers: fc.tuple(...Array.from({ length: m }, (_, k) => engineerArb(k))),
        items: fc.array(
          fc.record({
            type: fc.constantFrom(...WORK_TYPES),
            hours: fc.constantFrom(1, 2, 3, 4, 6, 8, 12),
            priority: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
            mode: fc.option(fc.constantFrom(...MODES), { nil: undefined, freq: 4 }),
            pin: fc.option(fc.integer({ min: 0, max: m - 1 }), { nil: undefined, freq: 5 }),
          }),
          { minLength: n, maxLength: n },
        ),
      }),
    )
    .map(({ engineers, items }) => {
      const planned: WorkItem[] = items.map(({ pin, ...rest }, k) => ({
        id: `t${k}`,
        ...rest,
        pinnedTo: pin === undefined ? undefined : `e${pin}`,
      }))
      for (const item of planned) {
        if (!item.pinnedTo) continue
        const trial = new Map(planned.filter((i) => i.pinnedTo).map((i) => [i.id, i.pinnedTo!]))
        if (brokenRules({ engineers, items: planned.filter((i) => trial.has(i.id)) }, trial).length > 0) item.pinnedTo = undefined
      }
      return { engineers: [...engineers], items: planned }
    })
}
