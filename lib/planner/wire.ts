import { MODES, WORK_TYPES, type Engineer, type Mode, type PlanInput, type PolicyOverride, type Priority } from '@/lib/matching'
import type { CardView } from './types'

// The board as it travels from the server to the browser. A 400-item sprint is serialised into every
// page response (and again into the HTML), so each item is one short tuple: no repeated keys, types
// and modes as indexes, engineers by their position in `engineers`. Pure, so both ends share it.

/** [id, title, type (WORK_TYPES index), hours, priority, mode override (MODES index, -1: none), pinned to (engineer index, -1: none)] */
type WireItem = [string, string, number, number, number, number, number]
/** [engineer (index, -1: unassigned), mode (MODES index), fit, locked (1/0), note] or 0 when this version never placed the item. */
type WirePlacement = [number, number, number, number, string?] | 0
export type WireBoard = { engineers: Engineer[]; policy?: PolicyOverride; items: WireItem[]; placements: WirePlacement[] }

/** Where one version put one item (the server's view, before encoding). */
export type Placement = { engineerId: string | null; mode: Mode; fit: number; locked: boolean; note?: string }

const round3 = (n: number) => Math.round(n * 1000) / 1000

/**
 * The board as JSON text of a `WireBoard`: one string costs the page's serialiser and the browser
 * almost nothing, where a tree of 400 items is serialised and revived value by value.
 * `placements[i]` belongs to `input.items[i]` (null: not in this version). A placement with someone no
 * longer planned in the sprint comes back unassigned, saying so, instead of vanishing from the board.
 */
export function encodeBoard(input: PlanInput, placements: readonly (Placement | null)[], names: Readonly<Record<string, string>>): string {
  const index = new Map(input.engineers.map((e, i) => [e.id, i]))
  const at = (id: string | null | undefined) => (id ? (index.get(id) ?? -1) : -1)
  const wire: WireBoard = {
    engineers: [...input.engineers],
    ...(input.policy ? { policy: input.policy } : {}),
    items: input.items.map((item) => [
      item.id,
      item.title ?? item.id,
      WORK_TYPES.indexOf(item.type),
      item.hours,
      item.priority,
      item.mode ? MODES.indexOf(item.mode) : -1,
      at(item.pinnedTo),
    ]),
    placements: placements.map((p) => {
      if (!p) return 0
      const engineer = at(p.engineerId)
      const note =
        p.engineerId && engineer < 0
          ? `Planned for ${names[p.engineerId] ?? 'a former member'}, who is no longer planned in this sprint.`
          : p.note
      const tuple: WirePlacement = [engineer, MODES.indexOf(p.mode), round3(p.fit), p.locked && engineer >= 0 ? 1 : 0]
      if (note) tuple.push(note)
      return tuple
    }),
  }
  return JSON.stringify(wire)
}

export type DecodedBoard = { input: PlanInput; cards: CardView[] }

/** The engine's input (for the browser's move checks and balances) and the board's cards, from `encodeBoard`'s text. */
export function decodeBoard(json: string): DecodedBoard {
  const wire = JSON.parse(json) as WireBoard
  const engineerId = (i: number) => (i >= 0 ? (wire.engineers[i]?.id ?? null) : null)
  const items = wire.items.map(([id, title, type, hours, priority, mode, pinnedTo]) => ({
    id,
    title,
    type: WORK_TYPES[type],
    hours,
    priority: priority as Priority,
    mode: mode >= 0 ? MODES[mode] : null,
    pinnedTo: engineerId(pinnedTo),
  }))
  const cards = items.flatMap((item, i): CardView[] => {
    const p = wire.placements[i]
    if (!p) return []
    const [engineer, mode, fit, locked, note] = p
    return [
      {
        itemId: item.id,
        title: item.title,
        type: item.type,
        hours: item.hours,
        priority: item.priority,
        mode: MODES[mode],
        engineerId: engineerId(engineer),
        fit,
        locked: locked === 1,
        pinnedTo: item.pinnedTo,
        note: note ?? null,
      },
    ]
  })
  return { input: { engineers: wire.engineers, items, ...(wire.policy ? { policy: wire.policy } : {}) }, cards }
}
