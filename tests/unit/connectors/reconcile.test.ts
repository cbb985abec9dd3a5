import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { WORK_TYPES } from '@/lib/core/work-types'
import { planSync, type IncomingIssue, type LinkedItem, type SyncPlan } from '@/lib/connectors/reconcile'
import { SYNCED_FIELD_NAMES, type SyncedFields } from '@/lib/connectors/work-item-fields'

// The sync's rules as properties: a field edited here is never overwritten, running a sync again
// changes nothing, and an untouched item follows upstream exactly.

const fieldsArb: fc.Arbitrary<SyncedFields> = fc.record({
  title: fc.constantFrom('Alpha', 'Beta', 'Gamma'),
  description: fc.constantFrom('', 'x'),
  type: fc.constantFrom(...WORK_TYPES.slice(0, 3)),
  hours: fc.constantFrom(1, 2, 8),
  priority: fc.integer({ min: 1, max: 4 }),
  labels: fc.constantFrom([], ['a'], ['a', 'b']),
  status: fc.constantFrom('TODO' as const, 'IN_PROGRESS' as const, 'DONE' as const),
})

/** A linked item whose current fields are its synced ones with some fields edited locally. */
const scenarioArb = fc
  .uniqueArray(
    fc.record({
      key: fc.constantFrom('K-1', 'K-2', 'K-3', 'K-4'),
      synced: fieldsArb,
      local: fieldsArb,
      upstream: fieldsArb,
      edits: fc.subarray([...SYNCED_FIELD_NAMES]),
    }),
    {
      selector: (r) => r.key,
    },
  )
  .map((rows) =>
    rows.map((r) => {
      const current = { ...r.synced }
      for (const name of r.edits) Object.assign(current, { [name]: r.local[name] })
      const linked: LinkedItem = {
        workItemId: `w-${r.key}`,
        externalKey: r.key,
        current,
        synced: r.synced,
        pending: null,
        upstreamState: 'open',
      }
      const incoming: IncomingIssue = { externalKey: r.key, upstreamId: r.key, fields: r.upstream }
      return { linked, incoming }
    }),
  )

/** The state after applying a plan, as the next sync would read it. */
function afterApplying(linked: readonly LinkedItem[], plan: SyncPlan): LinkedItem[] {
  const changes = new Map(plan.change.map((c) => [c.workItemId, c]))
  return linked.map((item) => {
    const change = changes.get(item.workItemId)
    return change
      ? {
          ...item,
          current: { ...item.current, ...change.apply },
          synced: change.synced,
          pending: change.pending,
          upstreamState: change.upstreamState,
        }
      : item
  })
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

describe('planSync', () => {
  it('never writes over a field edited here', () => {
    fc.assert(
      fc.property(scenarioArb, (rows) => {
        const plan = planSync(
          rows.map((r) => r.linked),
          rows.map((r) => r.incoming),
          true,
        )
        for (const change of plan.change) {
          const item = rows.find((r) => r.linked.workItemId === change.workItemId)!.linked
          for (const name of Object.keys(change.apply) as (keyof SyncedFields)[])
            expect(same(item.current[name], item.synced[name])).toBe(true)
        }
      }),
    )
  })

  it('is idempotent: the same upstream state a second time plans no change', () => {
    fc.assert(
      fc.property(scenarioArb, (rows) => {
        const linked = rows.map((r) => r.linked)
        const incoming = rows.map((r) => r.incoming)
        const second = planSync(afterApplying(linked, planSync(linked, incoming, true)), incoming, true)
        expect(second.change).toEqual([])
        expect(second.counts).toMatchObject({ created: 0, updated: 0, closed: 0, flagged: 0 })
      }),
    )
  })

  it('an item nobody edited here ends up with exactly the upstream fields', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fieldsArb, fieldsArb), { minLength: 1, maxLength: 4 }), (pairs) => {
        const linked = pairs.map(([synced], i): LinkedItem => ({
          workItemId: `w${i}`,
          externalKey: `K${i}`,
          current: synced,
          synced,
          pending: null,
          upstreamState: 'open',
        }))
        const incoming = pairs.map(([, upstream], i) => ({ externalKey: `K${i}`, upstreamId: `K${i}`, fields: upstream }))
        const after = afterApplying(linked, planSync(linked, incoming, true))
        after.forEach((item, i) => expect(item.current).toEqual(pairs[i][1]))
      }),
    )
  })

  it('flags a conflict once, keeps the local value and holds upstream’s in pending', () => {
    const synced: SyncedFields = { title: 'Alpha', description: '', type: 'BOILERPLATE', hours: 2, priority: 2, labels: [], status: 'TODO' }
    const linked: LinkedItem[] = [
      { workItemId: 'w', externalKey: 'K', current: { ...synced, hours: 5 }, synced, pending: null, upstreamState: 'open' },
    ]
    const incoming = [{ externalKey: 'K', upstreamId: 'K', fields: { ...synced, hours: 8, title: 'Beta' } }]
    const plan = planSync(linked, incoming, true)
    expect(plan.change).toEqual([
      {
        workItemId: 'w',
        apply: { title: 'Beta' },
        synced: { ...synced, title: 'Beta' },
        pending: { hours: 8 },
        upstreamState: 'open',
        newlyFlagged: true,
      },
    ])
    expect(plan.counts).toMatchObject({ updated: 1, flagged: 1 })
    const again = planSync(afterApplying(linked, plan), incoming, true)
    expect(again.counts).toMatchObject({ flagged: 0, unchanged: 1 })
  })

  it('creates unknown keys once, even when a page repeats one, and marks missing ones deleted only on a complete list', () => {
    const synced: SyncedFields = { title: 'Alpha', description: '', type: 'BOILERPLATE', hours: 2, priority: 2, labels: [], status: 'TODO' }
    const linked: LinkedItem[] = [{ workItemId: 'w', externalKey: 'GONE', current: synced, synced, pending: null, upstreamState: 'open' }]
    const fresh = { externalKey: 'NEW', upstreamId: 'NEW', fields: synced }
    const partial = planSync(linked, [fresh, fresh], false)
    expect(partial.create).toHaveLength(1)
    expect(partial.change).toEqual([])
    const complete = planSync(linked, [fresh], true)
    expect(complete.change[0]).toMatchObject({ apply: { status: 'DONE' }, upstreamState: 'deleted' })
    expect(complete.counts).toMatchObject({ created: 1, closed: 1 })
  })
})
