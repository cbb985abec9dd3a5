import 'server-only'
import {
  WORK_ITEM_EVENTS,
  workItemChanges,
  workItemEventData,
  type WorkItemSnapshot,
  type WorkItemSource,
} from '@/lib/webhooks/work-item-events'
import type { Tx } from '../client'
import type { OrgId } from '../org-id'
import { transactionWithOutbox, type WebhookOutbox } from '../webhooks/outbox'

// The work_item.* webhooks of one change, from every path that writes items (forms, bulk edit, CSV
// import, the API, tracker sync, the planner's pin, closing a sprint): the items are read before and
// after the write, in its transaction, and only when an enabled endpoint wants one of the events.

const snapshot = {
  id: true,
  externalKey: true,
  title: true,
  description: true,
  type: true,
  hours: true,
  priority: true,
  status: true,
  modeOverride: true,
  pinnedToId: true,
  sprintId: true,
  teamId: true,
  labels: true,
} as const

export type WorkItemTracking = {
  /** After the write: records what changed among the items read before and the new ones named here. */
  record(createdIds?: readonly string[]): Promise<void>
}

const NOTHING: WorkItemTracking = { record: async () => {} }

/** Reads the items a change may touch (by id or external key) before it writes them. */
export async function trackWorkItems(
  tx: Tx,
  orgId: OrgId,
  outbox: WebhookOutbox,
  source: WorkItemSource,
  touched: { ids?: readonly string[]; externalKeys?: readonly string[] },
): Promise<WorkItemTracking> {
  const wanted = await outbox.wanted(tx, orgId, WORK_ITEM_EVENTS)
  if (wanted.size === 0) return NOTHING
  const read = (where: object[]): Promise<WorkItemSnapshot[]> =>
    where.length === 0 ? Promise.resolve([]) : tx.workItem.findMany({ where: { organizationId: orgId, OR: where }, select: snapshot })
  const before = await read([
    ...(touched.ids?.length ? [{ id: { in: [...touched.ids] } }] : []),
    ...(touched.externalKeys?.length ? [{ externalKey: { in: [...touched.externalKeys] } }] : []),
  ])
  return {
    async record(createdIds = []) {
      const ids = [...new Set([...before.map((item) => item.id), ...createdIds])]
      const after = await read(ids.length ? [{ id: { in: ids } }] : [])
      const changes = workItemChanges(before, after)
      for (const type of wanted)
        if (changes[type].length > 0) await outbox.record(tx, orgId, type, async () => workItemEventData(source, changes[type]))
    },
  }
}

/**
 * Runs a write of work items in its own transaction, tracked for webhooks as coming from `via`; or,
 * when `via` is the caller's transaction, inside it, untracked (the caller tracks the whole change).
 * `work` names the items it creates through `created`.
 */
export async function writeWorkItems<T>(
  orgId: OrgId,
  via: WorkItemSource | Tx,
  touched: { ids?: readonly string[]; externalKeys?: readonly string[] },
  work: (tx: Tx, created: (ids: readonly string[]) => void) => Promise<T>,
  options?: { timeout?: number; maxWait?: number },
): Promise<T> {
  if (typeof via !== 'string') return work(via, () => {})
  return transactionWithOutbox(async (tx, outbox) => {
    const tracking = await trackWorkItems(tx, orgId, outbox, via, touched)
    const createdIds: string[] = []
    const result = await work(tx, (ids) => createdIds.push(...ids))
    await tracking.record(createdIds)
    return result
  }, options)
}
