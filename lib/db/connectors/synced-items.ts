import 'server-only'
import {
  planSync,
  resolveFlag,
  type FlagResolution,
  type IncomingIssue,
  type LinkedItem,
  type SyncPlan,
  type UpstreamState,
} from '@/lib/connectors/reconcile'
import type { SyncCounts } from '@/lib/connectors/types'
import type { SyncedFields } from '@/lib/connectors/work-item-fields'
import { AppError, notFound } from '@/lib/core/app-error'
import { Prisma } from '@/lib/generated/prisma/client'
import { recordAudit } from '../accounts/audit'
import { prisma, type Tx } from '../client'
import { transactionWithOutbox } from '../webhooks/outbox'
import { trackWorkItems, writeWorkItems } from '../work-items/change-events'
import type { OrgId } from '../org-id'
import type { UserId } from '../user-id'

// The links between work items and upstream issues. A sync reads them, plans (lib/connectors/reconcile.ts)
// and writes in one transaction that holds the connection's row: "Sync now" pressed while the schedule
// runs the same connection would otherwise plan twice from the same links and create every new item twice.

const FIELD_COLUMNS = { title: true, description: true, type: true, hours: true, priority: true, labels: true, status: true } as const

const fieldsOf = (row: SyncedFields): SyncedFields => ({
  title: row.title,
  description: row.description,
  type: row.type,
  hours: row.hours,
  priority: row.priority,
  labels: row.labels,
  status: row.status,
})

const json = (value: unknown) => value as Prisma.InputJsonValue

/**
 * The connection's linked items, plus items of the organisation that carry one of `keys` as external key
 * but no link yet (a CSV import of the same project): those are adopted, their current fields taken as
 * the last synced ones. Keys of items linked to another connection are left to it (`taken`).
 */
async function listLinkedItems(tx: Tx, orgId: OrgId, connectionId: string, keys: readonly string[]) {
  const links = await tx.syncedItem.findMany({
    where: { organizationId: orgId, connectionId },
    select: {
      workItemId: true,
      upstreamState: true,
      synced: true,
      pending: true,
      workItem: { select: { externalKey: true, ...FIELD_COLUMNS } },
    },
  })
  const unlinked = await tx.workItem.findMany({
    where: {
      organizationId: orgId,
      externalKey: { in: [...keys] },
      OR: [{ syncedItem: null }, { syncedItem: { connectionId: { not: connectionId } } }],
    },
    select: { id: true, externalKey: true, syncedItem: { select: { id: true } }, ...FIELD_COLUMNS },
  })
  const linked: LinkedItem[] = links.map((link) => ({
    workItemId: link.workItemId,
    externalKey: link.workItem.externalKey ?? '',
    current: fieldsOf(link.workItem),
    synced: link.synced as unknown as SyncedFields,
    pending: link.pending as Partial<SyncedFields> | null,
    upstreamState: link.upstreamState as UpstreamState,
  }))
  const adopted = unlinked.filter((item) => !item.syncedItem)
  const adoptedItems = adopted.map((item) => ({
    workItemId: item.id,
    externalKey: item.externalKey ?? '',
    current: fieldsOf(item),
    synced: fieldsOf(item),
    pending: null,
    upstreamState: 'open' as const,
  }))
  const taken = new Set(unlinked.filter((item) => item.syncedItem).map((item) => item.externalKey ?? ''))
  return { linked: [...linked, ...adoptedItems], adopted: adoptedItems, taken }
}

async function createItems(tx: Tx, orgId: OrgId, connectionId: string, create: readonly IncomingIssue[]): Promise<string[]> {
  if (create.length === 0) return []
  const items = await tx.workItem.createManyAndReturn({
    data: create.map((issue) => ({ organizationId: orgId, externalKey: issue.externalKey, ...issue.fields })),
    select: { id: true, externalKey: true },
  })
  const idByKey = new Map(items.map((item) => [item.externalKey, item.id]))
  await tx.syncedItem.createMany({
    data: create.map((issue) => ({
      organizationId: orgId,
      connectionId,
      workItemId: idByKey.get(issue.externalKey) ?? '',
      upstreamId: issue.upstreamId,
      upstreamState: issue.fields.status === 'DONE' ? 'closed' : 'open',
      synced: json(issue.fields),
    })),
  })
  return items.map((item) => item.id)
}

async function applyChanges(tx: Tx, orgId: OrgId, connectionId: string, plan: SyncPlan, adopted: ReadonlySet<string>) {
  const now = new Date()
  for (const change of plan.change) {
    if (Object.keys(change.apply).length > 0)
      await tx.workItem.updateMany({ where: { id: change.workItemId, organizationId: orgId }, data: change.apply })
    if (adopted.has(change.workItemId)) continue
    await tx.syncedItem.updateMany({
      where: { workItemId: change.workItemId, organizationId: orgId, connectionId },
      data: {
        synced: json(change.synced),
        pending: change.pending === null ? Prisma.DbNull : json(change.pending),
        upstreamState: change.upstreamState,
        ...(change.newlyFlagged ? { flaggedAt: now } : change.pending === null ? { flaggedAt: null } : {}),
      },
    })
  }
}

/**
 * Brings the connection's work items in line with `incoming`, the complete list of its scope's issues
 * now, and records the result on the connection. Returns what changed.
 */
export async function syncIssues(
  orgId: OrgId,
  actorId: UserId | null,
  connectionId: string,
  incoming: readonly IncomingIssue[],
): Promise<SyncCounts> {
  return transactionWithOutbox(
    async (tx, outbox) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "TrackerConnection" WHERE "id" = ${connectionId} AND "organizationId" = ${orgId} FOR UPDATE`
      if (locked.length === 0) throw notFound('Connection')
      const { linked, adopted, taken } = await listLinkedItems(
        tx,
        orgId,
        connectionId,
        incoming.map((i) => i.externalKey),
      )
      const plan = planSync(
        linked,
        incoming.filter((i) => !taken.has(i.externalKey)),
        true,
      )
      const tracking = await trackWorkItems(tx, orgId, outbox, 'sync', { ids: plan.change.map((c) => c.workItemId) })
      const createdIds = await createItems(tx, orgId, connectionId, plan.create)
      const changes = new Map(plan.change.map((c) => [c.workItemId, c]))
      const upstreamIds = new Map(incoming.map((i) => [i.externalKey, i.upstreamId]))
      await tx.syncedItem.createMany({
        data: adopted.map((item) => {
          const change = changes.get(item.workItemId)
          return {
            organizationId: orgId,
            connectionId,
            workItemId: item.workItemId,
            upstreamId: upstreamIds.get(item.externalKey) ?? item.externalKey,
            upstreamState: change?.upstreamState ?? 'open',
            synced: json(change?.synced ?? item.synced),
          }
        }),
      })
      await applyChanges(tx, orgId, connectionId, plan, new Set(adopted.map((a) => a.workItemId)))
      await tracking.record(createdIds)
      await tx.trackerConnection.updateMany({
        where: { id: connectionId, organizationId: orgId },
        data: { lastSyncAt: new Date(), lastSyncStatus: 'ok', lastSyncMessage: null, lastSyncCounts: plan.counts },
      })
      await recordAudit(
        orgId,
        { actorId, action: 'connector.synced', targetType: 'tracker-connection', targetId: connectionId, data: plan.counts },
        tx,
      )
      return plan.counts
    },
    { timeout: 60_000, maxWait: 10_000 },
  )
}

/** A flagged item's link: the upstream values waiting beside the item's own, and the connection's name. */
export async function getFlaggedSync(orgId: OrgId, workItemId: string) {
  const link = await prisma.syncedItem.findFirst({
    where: { workItemId, organizationId: orgId, flaggedAt: { not: null } },
    select: { pending: true, flaggedAt: true, connection: { select: { name: true } } },
  })
  if (!link?.flaggedAt) return null
  return { connectionName: link.connection.name, flaggedAt: link.flaggedAt, pending: (link.pending ?? {}) as Partial<SyncedFields> }
}

/**
 * Settles a flagged item (lib/connectors/reconcile.ts resolveFlag). Holds the connection's row like a
 * sync does: a sync planning from the old pending values at the same moment would flag the item again.
 */
export async function resolveFlaggedItem(orgId: OrgId, actorId: UserId, workItemId: string, take: FlagResolution) {
  // Taking the upstream values edits the item: a work_item.updated webhook says so, from the sync.
  await writeWorkItems(orgId, 'sync', { ids: [workItemId] }, async (tx) => {
    const link = await tx.syncedItem.findFirst({
      where: { workItemId, organizationId: orgId },
      select: { id: true, connectionId: true, flaggedAt: true },
    })
    if (!link) throw notFound('Work item')
    await tx.$queryRaw`SELECT "id" FROM "TrackerConnection" WHERE "id" = ${link.connectionId} AND "organizationId" = ${orgId} FOR UPDATE`
    const current = await tx.syncedItem.findFirstOrThrow({
      where: { id: link.id },
      select: { synced: true, pending: true, flaggedAt: true },
    })
    if (!current.flaggedAt)
      throw new AppError('CONFLICT', 'This item is no longer flagged: someone settled it or a sync cleared it. Reload the page.')
    const { apply, synced } = resolveFlag(
      { synced: current.synced as unknown as SyncedFields, pending: current.pending as Partial<SyncedFields> | null },
      take,
    )
    if (Object.keys(apply).length > 0) await tx.workItem.updateMany({ where: { id: workItemId, organizationId: orgId }, data: apply })
    await tx.syncedItem.update({ where: { id: link.id }, data: { synced: json(synced), pending: Prisma.DbNull, flaggedAt: null } })
    await recordAudit(
      orgId,
      {
        actorId,
        action: 'connector.flag-resolved',
        targetType: 'work-item',
        targetId: workItemId,
        data: { take, fields: Object.keys(apply) },
      },
      tx,
    )
  })
}
