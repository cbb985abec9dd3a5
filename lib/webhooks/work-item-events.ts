import type { WebhookData, WebhookEventType } from './events'

// What the work_item.* webhooks say, computed from the items before and after a change: created items
// with their fields, changed items with each changed field's old and new value, deleted items with
// their id, key and title. One change of many items (a CSV import, a bulk edit, a tracker sync) sends
// its items in events of at most ITEMS_PER_EVENT, so a payload stays small (docs/webhooks.md).

export const WORK_ITEM_EVENTS = ['work_item.created', 'work_item.updated', 'work_item.deleted'] as const satisfies WebhookEventType[]
export type WorkItemEventType = (typeof WORK_ITEM_EVENTS)[number]

/** Where a change came from, so a receiver can tell its own API writes or a tracker sync from people's edits. */
export type WorkItemSource = 'app' | 'bulk' | 'import' | 'api' | 'sync' | 'planner' | 'sprint-close'

export type WorkItemSnapshot = {
  id: string
  externalKey: string | null
  title: string
  description: string
  type: string
  hours: number
  priority: number
  status: string
  modeOverride: string | null
  pinnedToId: string | null
  sprintId: string | null
  teamId: string | null
  labels: string[]
}

type Field = Exclude<keyof WorkItemSnapshot, 'id'>
const FIELDS: readonly Field[] = [
  'externalKey',
  'title',
  'description',
  'type',
  'hours',
  'priority',
  'status',
  'modeOverride',
  'pinnedToId',
  'sprintId',
  'teamId',
  'labels',
]

export const ITEMS_PER_EVENT = 50

type Value = WorkItemSnapshot[Field]
const same = (a: Value, b: Value) =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((v, i) => v === b[i]) : a === b

/** Fields whose value differs, each as { from, to }; empty when nothing changed. */
export function changedFields(before: WorkItemSnapshot, after: WorkItemSnapshot): Record<string, WebhookData> {
  const changes: Record<string, WebhookData> = {}
  for (const field of FIELDS) if (!same(before[field], after[field])) changes[field] = { from: before[field], to: after[field] }
  return changes
}

/** Each event type's items for one change; an item that did not change is in none. */
export function workItemChanges(
  before: readonly WorkItemSnapshot[],
  after: readonly WorkItemSnapshot[],
): Record<WorkItemEventType, WebhookData[]> {
  const was = new Map(before.map((item) => [item.id, item]))
  const now = new Set(after.map((item) => item.id))
  const created: WebhookData[] = []
  const updated: WebhookData[] = []
  for (const item of after) {
    const old = was.get(item.id)
    if (!old) {
      created.push({ ...item })
      continue
    }
    const changes = changedFields(old, item)
    if (Object.keys(changes).length > 0) updated.push({ id: item.id, externalKey: item.externalKey, changes })
  }
  const deleted = before
    .filter((item) => !now.has(item.id))
    .map((item) => ({ id: item.id, externalKey: item.externalKey, title: item.title }))
  return { 'work_item.created': created, 'work_item.updated': updated, 'work_item.deleted': deleted }
}

/** The data of the events carrying these items: `{ source, items }`, at most ITEMS_PER_EVENT items each. */
export function workItemEventData(source: WorkItemSource, items: readonly WebhookData[]): WebhookData[] {
  const events: WebhookData[] = []
  for (let start = 0; start < items.length; start += ITEMS_PER_EVENT)
    events.push({ source, items: items.slice(start, start + ITEMS_PER_EVENT) })
  return events
}
