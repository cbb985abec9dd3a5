import { describe, expect, it } from 'vitest'
import { checkMove } from '@/lib/matching'
import type { PlanInput } from '@/lib/matching'
import { buildLanes, mergeSummaries, replaceCard } from '@/lib/planner/board-state'
import { parseEngineerSummaries, parseSummary } from '@/lib/planner/meta'
import { objectiveOf, summariseEngineers } from '@/lib/planner/summarise'
import type { CardView } from '@/lib/planner/types'
import { humanise } from '@/lib/planner/words'

const input: PlanInput = {
  engineers: [
    { id: 'ada', name: 'Ada', capacityHours: 20, affinity: { orchestration: 0.3, craft: 0.9, hybrid: 0.5 }, preferences: { DOCUMENTATION: 'avoid' }, preferredMode: 'craft' },
    { id: 'gus', name: 'Gus', capacityHours: 20, affinity: { orchestration: 0.9, craft: 0.4, hybrid: 0.6 } },
  ],
  items: [
    { id: 'perf', title: 'Speed up search', type: 'PERFORMANCE_CRITICAL', hours: 10, priority: 3 },
    { id: 'docs', title: 'Write runbook', type: 'DOCUMENTATION', hours: 4, priority: 2 },
    { id: 'crud', title: 'Admin CRUD', type: 'CRUD_SCAFFOLDING', hours: 8, priority: 2 },
  ],
}
const card = (itemId: string, engineerId: string | null, priority = 2): CardView => ({
  itemId, title: itemId, type: 'BOILERPLATE', hours: 2, priority, mode: 'orchestration', engineerId, fit: 0.5, value: 1, reasons: [], alternative: null, locked: false, pinnedTo: null,
})

describe('board state', () => {
  it('files cards into lanes and moves one without touching other lanes', () => {
    const lanes = buildLanes(['ada', 'gus'], [card('a', 'ada'), card('b', 'gus'), card('c', null, 4)])
    const moved = replaceCard(lanes, lanes.ada[0], { ...lanes.ada[0], engineerId: null })
    expect(moved.gus).toBe(lanes.gus)
    expect(moved.ada).toEqual([])
    expect(moved[''].map((c) => c.itemId)).toEqual(['c', 'a'])
  })

  it('keeps summary objects whose figures did not change', () => {
    const first = mergeSummaries({}, summariseEngineers(input, { perf: 'ada' }))
    const second = mergeSummaries(first, summariseEngineers(input, { perf: 'ada', crud: 'gus' }))
    expect(second.ada).toBe(first.ada)
    expect(second.gus).not.toBe(first.gus)
  })
})

describe('summaries', () => {
  it('reports load, deep work and the warnings the board shows', () => {
    const [ada] = summariseEngineers(input, { perf: 'ada', docs: 'ada', crud: null })
    expect(ada.plannedHours).toBe(14)
    expect(ada.hoursByMode).toEqual({ orchestration: 4, craft: 10, hybrid: 0 })
    expect(ada.deepWorkShare).toBe(0.8)
    expect(ada.warnings.join(' ')).toMatch(/avoid: “Write runbook”/)
    const [, gus] = summariseEngineers(input, { crud: 'gus', perf: 'gus' })
    expect(gus.warnings.join(' ')).toMatch(/Loaded 90%/)
    const [adaCraft] = summariseEngineers(input, { crud: 'ada' })
    expect(adaCraft.warnings.join(' ')).toMatch(/Orchestration 8 h of the 8 h limit/)
    expect(adaCraft.warnings.join(' ')).toMatch(/Prefers deep craft/)
  })

  it('sums value(e, i) over assigned items', () => {
    expect(objectiveOf(input, { perf: 'ada' })).toBeCloseTo(3 * 10 * 0.9)
    expect(objectiveOf(input, {})).toBe(0)
  })

  it('matches the engine’s checkMove: refused over capacity, warned for an avoided type', () => {
    const refused = checkMove(input, { perf: 'ada', crud: 'ada' }, 'docs', 'ada')
    expect(refused.allowed).toBe(false)
    const warned = checkMove(input, { perf: 'ada' }, 'docs', 'ada')
    expect(warned.allowed).toBe(true)
    if (warned.allowed) expect(humanise(warned.warnings.join(' '), { docs: 'Write runbook' })).toMatch(/Ada avoids Documentation work/)
  })
})

describe('stored summary', () => {
  it('reads an old seed summary with defaults and fills engineer names', () => {
    const raw = { engineers: [{ engineerId: 'ada', primaryType: 'craft', capacityHours: 60, plannedHours: 30, hoursByMode: { orchestration: 5, craft: 20, hybrid: 5 }, deepWorkShare: 0.9, warnings: [] }] }
    expect(parseSummary(raw)).toMatchObject({ kind: 'seed', movedCount: 0, scenario: { capacity: {}, removed: [] }, alternatives: {} })
    expect(parseEngineerSummaries(raw, { ada: 'Ada' })[0]).toMatchObject({ name: 'Ada', preferredMode: null })
    expect(parseSummary('nonsense').kind).toBe('seed')
  })

  it('humanises ids and work-type codes', () => {
    expect(humanise('"Fix it" (i1) is pinned; i1 is SECURITY_AUTH work', { i1: 'Fix it' })).toBe('“Fix it” is pinned; “Fix it” is Security & auth work')
  })
})
