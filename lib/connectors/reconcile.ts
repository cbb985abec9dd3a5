import type { SyncCounts } from './types'
import { SYNCED_FIELD_NAMES, type SyncedFieldName, type SyncedFields } from './work-item-fields'

// What a sync changes, decided field by field without touching the database, so the rules can be
// property-tested: a field nobody edited here follows upstream; a field edited here keeps the local
// value and, when upstream changed it too, waits in `pending` and flags the item. Running the same
// sync twice changes nothing the second time (idempotent by external key).

export type UpstreamState = 'open' | 'closed' | 'deleted'

/** A work item already linked to an upstream issue, with its fields now and as last synced. */
export interface LinkedItem {
  workItemId: string
  externalKey: string
  current: SyncedFields
  synced: SyncedFields
  pending: Partial<SyncedFields> | null
  upstreamState: UpstreamState
}

export interface IncomingIssue {
  externalKey: string
  upstreamId: string
  fields: SyncedFields
}

export interface LinkChange {
  workItemId: string
  /** Fields written to the work item. */
  apply: Partial<SyncedFields>
  synced: SyncedFields
  pending: Partial<SyncedFields> | null
  upstreamState: UpstreamState
  /** True when this sync found a conflict the item did not have before. */
  newlyFlagged: boolean
}

export interface SyncPlan {
  create: IncomingIssue[]
  change: LinkChange[]
  counts: SyncCounts
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

function mergeFields(item: LinkedItem, upstream: SyncedFields, upstreamState: UpstreamState): LinkChange {
  const apply: Partial<SyncedFields> = {}
  const pending: Partial<SyncedFields> = {}
  const synced = { ...item.synced }
  const set = <K extends SyncedFieldName>(target: Partial<SyncedFields>, name: K, value: SyncedFields[K]) => (target[name] = value)
  for (const name of SYNCED_FIELD_NAMES) {
    const [local, base, incoming] = [item.current[name], item.synced[name], upstream[name]]
    if (sameValue(incoming, base)) continue
    if (sameValue(local, base)) set(apply, name, incoming)
    else if (!sameValue(local, incoming)) {
      set(pending, name, incoming)
      continue // the last synced value stays the base, so the local edit still shows as one
    }
    set(synced, name, incoming)
  }
  const hasPending = Object.keys(pending).length > 0
  return {
    workItemId: item.workItemId,
    apply,
    synced,
    pending: hasPending ? pending : null,
    upstreamState,
    newlyFlagged: hasPending && !sameValue(pending, item.pending),
  }
}

const isNoop = (change: LinkChange, item: LinkedItem) =>
  Object.keys(change.apply).length === 0 &&
  sameValue(change.synced, item.synced) &&
  sameValue(change.pending, item.pending) &&
  change.upstreamState === item.upstreamState

/**
 * `complete` says the incoming list is everything the connection's scope holds now: only then does an
 * issue missing from it count as deleted upstream (its work item is marked done, like a closed one).
 */
export function planSync(linked: readonly LinkedItem[], incoming: readonly IncomingIssue[], complete: boolean): SyncPlan {
  const byKey = new Map(linked.map((item) => [item.externalKey, item]))
  const seen = new Set<string>()
  const counts: SyncCounts = { created: 0, updated: 0, closed: 0, flagged: 0, unchanged: 0 }
  const create: IncomingIssue[] = []
  const change: LinkChange[] = []
  const consider = (item: LinkedItem, upstream: SyncedFields, state: UpstreamState) => {
    const next = mergeFields(item, upstream, state)
    if (isNoop(next, item)) return void counts.unchanged++
    change.push(next)
    if (next.newlyFlagged) counts.flagged++
    if (next.apply.status === 'DONE') counts.closed++
    else if (Object.keys(next.apply).length > 0) counts.updated++
  }
  for (const issue of incoming) {
    if (seen.has(issue.externalKey)) continue // a tracker listing an issue twice (pages shifting) is one issue
    seen.add(issue.externalKey)
    const item = byKey.get(issue.externalKey)
    if (!item) {
      create.push(issue)
      counts.created++
    } else consider(item, issue.fields, issue.fields.status === 'DONE' ? 'closed' : 'open')
  }
  if (complete) for (const item of linked) if (!seen.has(item.externalKey)) consider(item, { ...item.synced, status: 'DONE' }, 'deleted')
  return { create, change, counts }
}

/** How a manager settles a flagged item: the upstream values waiting in `pending`, or the local edits. */
export type FlagResolution = 'upstream' | 'local'

/**
 * Settling a flag: either way the waiting upstream values become the synced base and nothing waits any
 * more. Taking upstream also writes them to the item; keeping the local values leaves them as an edit
 * against that base, so the next sync keeps them until upstream changes the field again.
 */
export function resolveFlag(
  link: Pick<LinkedItem, 'synced' | 'pending'>,
  take: FlagResolution,
): { apply: Partial<SyncedFields>; synced: SyncedFields } {
  const pending = link.pending ?? {}
  return { apply: take === 'upstream' ? { ...pending } : {}, synced: { ...link.synced, ...pending } }
}
