import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ITEMS_PER_EVENT, workItemChanges, workItemEventData, type WorkItemSnapshot } from '@/lib/webhooks/work-item-events'

const snapshot = (id: string, over: Partial<WorkItemSnapshot> = {}): WorkItemSnapshot => ({
  id,
  externalKey: null,
  title: `Item ${id}`,
  description: '',
  type: 'DOCUMENTATION',
  hours: 2,
  priority: 2,
  status: 'TODO',
  modeOverride: null,
  pinnedToId: null,
  sprintId: null,
  teamId: null,
  labels: [],
  ...over,
})

const item = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
  title: fc.constantFrom('One', 'Two'),
  hours: fc.constantFrom(1, 2),
  labels: fc.constantFrom<string[]>([], ['x'], ['x', 'y']),
  sprintId: fc.constantFrom(null, 's1'),
})
const items = fc.uniqueArray(item, { selector: (i) => i.id }).map((list) => list.map((i) => snapshot(i.id, i)))

describe('work item webhook data', () => {
  it('names only the fields that changed, with their old and new values', () => {
    const before = [snapshot('a', { labels: ['x'] }), snapshot('b'), snapshot('c')]
    const after = [snapshot('a', { labels: ['x', 'y'], hours: 3 }), snapshot('b'), snapshot('n')]
    expect(workItemChanges(before, after)).toEqual({
      'work_item.created': [snapshot('n')],
      'work_item.updated': [
        { id: 'a', externalKey: null, changes: { hours: { from: 2, to: 3 }, labels: { from: ['x'], to: ['x', 'y'] } } },
      ],
      'work_item.deleted': [{ id: 'c', externalKey: null, title: 'Item c' }],
    })
  })

  it('always: every item is reported once at most, and applying the changes to the old item gives the new one', () => {
    fc.assert(
      fc.property(items, items, (before, after) => {
        const changes = workItemChanges(before, after)
        const was = new Map(before.map((i) => [i.id, i]))
        const now = new Map(after.map((i) => [i.id, i]))
        expect(changes['work_item.created'].map((i) => i.id)).toEqual(after.filter((i) => !was.has(i.id)).map((i) => i.id))
        expect(changes['work_item.deleted'].map((i) => i.id)).toEqual(before.filter((i) => !now.has(i.id)).map((i) => i.id))
        for (const update of changes['work_item.updated'] as { id: string; changes: Record<string, { from: unknown; to: unknown }> }[]) {
          const rebuilt: Record<string, unknown> = { ...was.get(update.id) }
          for (const [field, { from, to }] of Object.entries(update.changes)) {
            expect(rebuilt[field]).toEqual(from)
            rebuilt[field] = to
          }
          expect(rebuilt).toEqual(now.get(update.id))
        }
        const unchanged = after.filter((i) => was.has(i.id) && JSON.stringify(i) === JSON.stringify(was.get(i.id)))
        expect(changes['work_item.updated']).toHaveLength(after.filter((i) => was.has(i.id)).length - unchanged.length)
      }),
    )
  })

  it('sends a large change in events of at most ITEMS_PER_EVENT items, in order, none lost', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 * ITEMS_PER_EVENT + 7 }), (count) => {
        const all = Array.from({ length: count }, (_, i) => ({ id: String(i) }))
        const events = workItemEventData('import', all)
        expect(events).toHaveLength(Math.ceil(count / ITEMS_PER_EVENT))
        expect(events.every((e) => e.source === 'import' && (e.items as unknown[]).length <= ITEMS_PER_EVENT)).toBe(true)
        expect(events.flatMap((e) => e.items as unknown[])).toEqual(all)
      }),
    )
  })
})
