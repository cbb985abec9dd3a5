import { describe, expect, it } from 'vitest'
import { checkMove, WORK_TYPES } from '@/lib/matching'
import type { PlanInput } from '@/lib/matching'
import { buildLanes, initialLimits, LANE_PREVIEW, mergeSummaries, OPEN_LANES, replaceCard } from '@/lib/planner/board-state'
import { parseAlternative, parseEngineerSummaries, parseMeta, parseSummary } from '@/lib/planner/meta'
import { objectiveOf, summariseEngineers } from '@/lib/planner/summarise'
import type { CardView } from '@/lib/planner/types'
import { decodeBoard, encodeBoard, type WireBoard } from '@/lib/planner/wire'
import { humanise } from '@/lib/planner/words'

const input: PlanInput = {
  engineers: [
    {
      id: 'ada',
      name: 'Ada',
      capacityHours: 20,
      affinity: { orchestration: 0.3, craft: 0.9, hybrid: 0.5 },
      preferences: { DOCUMENTATION: 'avoid' },
      preferredMode: 'craft',
    },
    { id: 'gus', name: 'Gus', capacityHours: 20, affinity: { orchestration: 0.9, craft: 0.4, hybrid: 0.6 } },
  ],
  items: [
    { id: 'perf', title: 'Speed up search', type: 'PERFORMANCE_CRITICAL', hours: 10, priority: 3 },
    { id: 'docs', title: 'Write runbook', type: 'DOCUMENTATION', hours: 4, priority: 2 },
    { id: 'crud', title: 'Admin CRUD', type: 'CRUD_SCAFFOLDING', hours: 8, priority: 2 },
  ],
}
const card = (itemId: string, engineerId: string | null, priority = 2): CardView => ({
  itemId,
  title: itemId,
  type: 'BOILERPLATE',
  hours: 2,
  priority,
  mode: 'orchestration',
  engineerId,
  fit: 0.5,
  locked: false,
  pinnedTo: null,
  note: null,
})

describe('board state', () => {
  it('files cards into lanes and moves one without touching other lanes', () => {
    const lanes = buildLanes(['ada', 'gus'], [card('a', 'ada'), card('b', 'gus'), card('c', null, 4)])
    const moved = replaceCard(lanes, lanes.ada[0], { ...lanes.ada[0], engineerId: null })
    expect(moved.gus).toBe(lanes.gus)
    expect(moved.ada).toEqual([])
    expect(moved[''].map((c) => c.itemId)).toEqual(['c', 'a'])
  })

  it('orders a lane by priority, then hours, then title in code-point order, whatever the locale', () => {
    const lanes = buildLanes(
      ['ada'],
      [{ ...card('beta', 'ada'), hours: 4 }, card('alpha', 'ada'), card('Alpha', 'ada'), card('beta2', 'ada'), card('urgent', 'ada', 4)],
    )
    expect(lanes.ada.map((c) => c.itemId)).toEqual(['urgent', 'beta', 'Alpha', 'alpha', 'beta2'])
  })

  it('keeps summary objects whose figures did not change', () => {
    const first = mergeSummaries({}, summariseEngineers(input, { perf: 'ada' }))
    const second = mergeSummaries(first, summariseEngineers(input, { perf: 'ada', crud: 'gus' }))
    expect(second.ada).toBe(first.ada)
    expect(second.gus).not.toBe(first.gus)
  })
})

describe('the board as sent to the browser', () => {
  it('encodes the input and placements compactly and decodes them to the same input and cards', () => {
    const full: PlanInput = {
      ...input,
      policy: { DOCUMENTATION: 'hybrid' },
      items: input.items.map((i) => ({ ...i, mode: i.id === 'crud' ? 'hybrid' : null, pinnedTo: i.id === 'docs' ? 'ada' : null })),
    }
    const wire = encodeBoard(
      full,
      [
        { engineerId: 'ada', mode: 'craft', fit: 0.91234, locked: true },
        null,
        { engineerId: null, mode: 'hybrid', fit: 0, locked: false, note: 'Nobody has room.' },
      ],
      {},
    )
    expect((JSON.parse(wire) as WireBoard).items[0]).toEqual([
      'perf',
      'Speed up search',
      WORK_TYPES.indexOf('PERFORMANCE_CRITICAL'),
      10,
      3,
      -1,
      -1,
    ])
    const { input: decoded, cards } = decodeBoard(wire)
    expect(decoded).toEqual(full)
    expect(cards).toEqual([
      {
        itemId: 'perf',
        title: 'Speed up search',
        type: 'PERFORMANCE_CRITICAL',
        hours: 10,
        priority: 3,
        mode: 'craft',
        engineerId: 'ada',
        fit: 0.912,
        locked: true,
        pinnedTo: null,
        note: null,
      },
      {
        itemId: 'crud',
        title: 'Admin CRUD',
        type: 'CRUD_SCAFFOLDING',
        hours: 8,
        priority: 2,
        mode: 'hybrid',
        engineerId: null,
        fit: 0,
        locked: false,
        pinnedTo: null,
        note: 'Nobody has room.',
      },
    ])
    const pinned = (i: PlanInput) =>
      checkMove({ ...i, previous: { assignments: { docs: 'ada' }, locked: [] } }, { docs: 'ada' }, 'docs', 'gus')
    expect(pinned(decoded)).toEqual(pinned(full))
    expect(pinned(decoded)).toMatchObject({ allowed: false, reason: expect.stringContaining('pinned to Ada') })
  })

  it('puts a card of someone no longer planned in the Unassigned lane, saying why', () => {
    const wire = encodeBoard(input, [{ engineerId: 'zoe', mode: 'craft', fit: 0.8, locked: true }, null, null], { zoe: 'Zoe' })
    expect(decodeBoard(wire).cards[0]).toMatchObject({
      engineerId: null,
      locked: false,
      note: 'Planned for Zoe, who is no longer planned in this sprint.',
    })
  })

  it('opens a small board fully and a large one only a few columns deep', () => {
    const small = buildLanes(['ada', 'gus'], [card('a', 'ada'), card('b', null)])
    expect(initialLimits(['ada', 'gus', ''], small)).toEqual({ ada: Infinity, gus: Infinity, '': Infinity })
    const engineers = Array.from({ length: 10 }, (_, i) => `e${i}`)
    const large = buildLanes(engineers, [
      ...engineers.flatMap((e) => Array.from({ length: 7 }, (_, k) => card(`${e}-${k}`, e))),
      card('u', null),
    ])
    const limits = initialLimits([...engineers, ''], large)
    expect(engineers.map((e) => limits[e])).toEqual(engineers.map((_, i) => (i < OPEN_LANES ? LANE_PREVIEW : 0)))
    expect(limits['']).toBe(LANE_PREVIEW)
  })
})

describe('stored plan summaries', () => {
  const stored = {
    kind: 'plan',
    why: ['Because.'],
    alternatives: { perf: { engineerId: 'gus', fit: 0.4, value: 3, objectiveCost: 1.5, note: 'Gus is free.' }, bad: { fit: 'high' } },
  }

  it('reads the version description without the per-item alternatives', () => {
    const meta = parseMeta(stored)
    expect(meta).toMatchObject({ kind: 'plan', why: ['Because.'], basedOnVersion: null, scenario: { capacity: {}, removed: [] } })
    expect(meta).not.toHaveProperty('alternatives')
    expect(parseMeta('nonsense').kind).toBe('seed')
  })

  it('reads one alternative, and nothing for malformed, missing or inherited keys', () => {
    expect(parseAlternative(stored, 'perf')).toEqual(stored.alternatives.perf)
    expect(parseAlternative(stored, 'bad')).toBeNull()
    expect(parseAlternative(stored, 'docs')).toBeNull()
    expect(parseAlternative(stored, 'constructor')).toBeNull()
    expect(parseAlternative(null, 'perf')).toBeNull()
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
    const raw = {
      engineers: [
        {
          engineerId: 'ada',
          primaryType: 'craft',
          capacityHours: 60,
          plannedHours: 30,
          hoursByMode: { orchestration: 5, craft: 20, hybrid: 5 },
          deepWorkShare: 0.9,
          warnings: [],
        },
      ],
    }
    expect(parseSummary(raw)).toMatchObject({ kind: 'seed', movedCount: 0, scenario: { capacity: {}, removed: [] }, alternatives: {} })
    expect(parseEngineerSummaries(raw, { ada: 'Ada' })[0]).toMatchObject({ name: 'Ada', preferredMode: null })
    expect(parseSummary('nonsense').kind).toBe('seed')
  })

  it('humanises ids and work-type codes', () => {
    expect(humanise('"Fix it" (i1) is pinned; i1 is SECURITY_AUTH work', { i1: 'Fix it' })).toBe(
      '“Fix it” is pinned; “Fix it” is Security & auth work',
    )
  })
})
