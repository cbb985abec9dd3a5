import type { Mode } from '@/lib/matching'
import { diffAssignments } from './diff'

// What changed for people between two published versions of a sprint's plan (decision 0055): the
// re-publish notification, the "changed since you last looked" panel on My sprint and the draft
// banner's count all read these, so they always agree. Pure.

/** One item as a version gives it: to whom (null: unassigned), in which mode, for how many hours. */
export type PlannedItem = { itemId: string; title: string; engineerId: string | null; mode: Mode; hours: number }
export type ChangedItem = { itemId: string; title: string; before: { mode: Mode; hours: number }; after: { mode: Mode; hours: number } }
export type EngineerChanges = { added: PlannedItem[]; removed: PlannedItem[]; changed: ChangedItem[] }

const differs = (a: PlannedItem, b: PlannedItem) => a.mode !== b.mode || a.hours !== b.hours

/** One engineer's items: gained, lost, and kept with another mode or other hours. */
export function changesFor(engineerId: string, before: readonly PlannedItem[], after: readonly PlannedItem[]): EngineerChanges {
  const mine = (list: readonly PlannedItem[]) => new Map(list.filter((i) => i.engineerId === engineerId).map((i) => [i.itemId, i]))
  const was = mine(before)
  const now = mine(after)
  const changed: ChangedItem[] = []
  for (const item of now.values()) {
    const old = was.get(item.itemId)
    if (old && differs(old, item))
      changed.push({
        itemId: item.itemId,
        title: item.title,
        before: { mode: old.mode, hours: old.hours },
        after: { mode: item.mode, hours: item.hours },
      })
  }
  return {
    added: [...now.values()].filter((i) => !was.has(i.itemId)),
    removed: [...was.values()].filter((i) => !now.has(i.itemId)),
    changed,
  }
}

export const hasChanges = (c: EngineerChanges) => c.added.length + c.removed.length + c.changed.length > 0

/** Everyone who had or now has an item and for whom something changed, in id order. */
export function affectedEngineers(before: readonly PlannedItem[], after: readonly PlannedItem[]): string[] {
  const ids = new Set([...before, ...after].flatMap((i) => (i.engineerId ? [i.engineerId] : [])))
  return [...ids].filter((id) => hasChanges(changesFor(id, before, after))).sort()
}

/**
 * Items of the plan that differ: moved, added or removed (the plan diff's own lists), plus those
 * that stayed with their engineer but changed mode or hours.
 */
export function countChanges(before: readonly PlannedItem[], after: readonly PlannedItem[]): number {
  const placement = (list: readonly PlannedItem[]) => Object.fromEntries(list.map((i) => [i.itemId, i.engineerId]))
  const { moved, added, removed } = diffAssignments(placement(before), placement(after))
  const prior = new Map(before.map((i) => [i.itemId, i]))
  const inPlace = after.filter((i) => {
    const old = prior.get(i.itemId)
    return old !== undefined && old.engineerId === i.engineerId && differs(old, i)
  })
  return moved.length + added.length + removed.length + inPlace.length
}

const items = (n: number) => `${n} item${n === 1 ? '' : 's'}`

/** The panel's short form: "+1 item, −1 item, 1 changed" (only the parts that happened). */
export function changeCounts(c: EngineerChanges): string {
  const parts = [
    c.added.length ? `+${items(c.added.length)}` : '',
    c.removed.length ? `\u2212${items(c.removed.length)}` : '',
    c.changed.length ? `${c.changed.length} changed` : '',
  ]
  return parts.filter(Boolean).join(', ')
}

/** The notification and e-mail: "Sprint 12 plan v4 is published: 1 item added, 1 removed for you". */
export function planChangedNotice(sprintName: string, version: number, c: EngineerChanges): string {
  const counts = (
    [
      [c.added.length, 'added'],
      [c.removed.length, 'removed'],
      [c.changed.length, 'changed'],
    ] as const
  )
    .filter(([n]) => n > 0)
    .map(([n, what], i) => `${i === 0 ? items(n) : n} ${what}`)
  return `${sprintName} plan v${version} is published${counts.length ? `: ${counts.join(', ')} for you` : ''}`
}

/**
 * The hours each item had when its version was published, stored with the version, because an
 * item's hours live on the work item and may change later. Versions published before this was
 * kept read as none, and their items' current hours stand in.
 */
export function publishedHoursOf(summary: unknown): Record<string, number> {
  const raw = summary && typeof summary === 'object' && 'publishedHours' in summary ? summary.publishedHours : null
  if (!raw || typeof raw !== 'object') return {}
  return Object.fromEntries(Object.entries(raw).filter((e): e is [string, number] => typeof e[1] === 'number'))
}
