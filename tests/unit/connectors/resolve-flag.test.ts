import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { planSync, resolveFlag, type LinkedItem } from '@/lib/connectors/reconcile'
import type { SyncedFields } from '@/lib/connectors/work-item-fields'

// Settling a flagged item: taking upstream writes the waiting values, keeping mine leaves the local
// edit; either way the flag is gone and the same upstream values do not raise it again.

const base: SyncedFields = { title: 'Alpha', description: '', type: 'BOILERPLATE', hours: 2, priority: 2, labels: [], status: 'TODO' }

/** An item edited here (hours 5) while upstream changed the same field (hours 8): flagged. */
const flagged = (): LinkedItem => ({
  workItemId: 'w',
  externalKey: 'K',
  current: { ...base, hours: 5 },
  synced: base,
  pending: { hours: 8 },
  upstreamState: 'open',
})

/** The link as it stands after a resolution was written. */
const settled = (item: LinkedItem, take: 'upstream' | 'local'): LinkedItem => {
  const { apply, synced } = resolveFlag(item, take)
  return { ...item, current: { ...item.current, ...apply }, synced, pending: null }
}

describe('resolveFlag', () => {
  it('taking upstream writes the waiting values and makes them the base', () => {
    expect(resolveFlag(flagged(), 'upstream')).toEqual({ apply: { hours: 8 }, synced: { ...base, hours: 8 } })
  })

  it('keeping mine writes nothing but moves the base to upstream', () => {
    expect(resolveFlag(flagged(), 'local')).toEqual({ apply: {}, synced: { ...base, hours: 8 } })
  })

  it('the next sync with the same upstream values changes nothing and flags nothing, whichever was taken (property)', () => {
    const upstreamHours = fc.constantFrom(1, 3, 8)
    fc.assert(
      fc.property(fc.constantFrom('upstream' as const, 'local' as const), upstreamHours, (take, hours) => {
        const item = { ...flagged(), pending: { hours } }
        const after = settled(item, take)
        const plan = planSync([after], [{ externalKey: 'K', upstreamId: 'K', fields: { ...base, hours } }], true)
        expect(plan.counts).toMatchObject({ flagged: 0, unchanged: 1 })
        expect(after.current.hours).toBe(take === 'upstream' ? hours : 5)
      }),
    )
  })

  it('a kept local edit is flagged again when upstream changes the field once more', () => {
    const after = settled(flagged(), 'local')
    const plan = planSync([after], [{ externalKey: 'K', upstreamId: 'K', fields: { ...base, hours: 13 } }], true)
    expect(plan.change[0]).toMatchObject({ apply: {}, pending: { hours: 13 }, newlyFlagged: true })
  })
})
