import 'server-only'
import { notFound } from '@/lib/core/app-error'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { ApiWorkItem, WorkItemBulkUpsert, WorkItemListQuery, WorkItemSort } from '@/lib/schemas/api/work-items'
import { prisma } from '../client'
import type { OrgId } from '../org-id'
import { trackWorkItems } from '../work-items/change-events'
import { createWorkItem, updateWorkItem } from '../work-items/writes'
import { transactionWithOutbox } from '../webhooks/outbox'

// Work items as the API shows them: every column a client may set, plus the times. Writes go through
// the same lib/db/work-items functions as the app's forms.

const select = {
  id: true,
  title: true,
  description: true,
  type: true,
  hours: true,
  priority: true,
  modeOverride: true,
  pinnedToId: true,
  status: true,
  teamId: true,
  sprintId: true,
  labels: true,
  externalKey: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.WorkItemSelect

type Row = Prisma.WorkItemGetPayload<{ select: typeof select }>
const toApi = (row: Row): ApiWorkItem => ({ ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() })

const SORT_COLUMN: Record<WorkItemSort, keyof Row> = {
  created: 'createdAt',
  updated: 'updatedAt',
  title: 'title',
  priority: 'priority',
  hours: 'hours',
  status: 'status',
}

/** The cursor is the last item's id: Prisma seeks past that row in the same order (id breaks ties). */
const encodeCursor = (id: string) => Buffer.from(id).toString('base64url')
const decodeCursor = (cursor: string) => Buffer.from(cursor, 'base64url').toString()

export async function listApiWorkItems(orgId: OrgId, query: WorkItemListQuery) {
  const where: Prisma.WorkItemWhereInput = {
    organizationId: orgId,
    ...(query.type ? { type: query.type } : {}),
    ...(query.status ? { status: query.status } : {}),
    ...(query.sprintId ? { sprintId: query.sprintId === 'backlog' ? null : query.sprintId } : {}),
    ...(query.teamId ? { teamId: query.teamId } : {}),
    ...(query.label ? { labels: { has: query.label } } : {}),
    ...(query.externalKey ? { externalKey: query.externalKey } : {}),
  }
  const cursorId = query.cursor ? decodeCursor(query.cursor) : null
  // A cursor naming no item of this organisation (another tenant's, or deleted) starts nowhere: an empty page.
  if (cursorId && !(await prisma.workItem.findFirst({ where: { id: cursorId, organizationId: orgId }, select: { id: true } })))
    return { data: [], nextCursor: null }
  const rows = await prisma.workItem.findMany({
    where,
    select,
    orderBy: [{ [SORT_COLUMN[query.sort]]: query.order }, { id: query.order }],
    take: query.limit + 1,
    ...(cursorId ? { cursor: { id: cursorId }, skip: 1 } : {}),
  })
  const page = rows.slice(0, query.limit)
  return { data: page.map(toApi), nextCursor: rows.length > query.limit ? encodeCursor(page[page.length - 1].id) : null }
}

export async function getApiWorkItem(orgId: OrgId, id: string): Promise<ApiWorkItem> {
  const row = await prisma.workItem.findFirst({ where: { id, organizationId: orgId }, select })
  if (!row) throw notFound('Work item')
  return toApi(row)
}

/**
 * Creates or updates each item by its external key, all or none: one transaction runs the app's own
 * create and update (the same checks of sprint, team and engineer) for every item.
 */
export async function upsertApiWorkItems(orgId: OrgId, input: WorkItemBulkUpsert) {
  const externalKeys = input.items.map((i) => i.externalKey)
  return transactionWithOutbox(
    async (tx, outbox) => {
      const tracking = await trackWorkItems(tx, orgId, outbox, 'api', { externalKeys })
      const existing = await tx.workItem.findMany({
        where: { organizationId: orgId, externalKey: { in: externalKeys } },
        select: { id: true, externalKey: true },
      })
      const idByKey = new Map(existing.map((e) => [e.externalKey, e.id]))
      const ids: string[] = []
      for (const item of input.items) {
        const id = idByKey.get(item.externalKey)
        ids.push(id ? (await updateWorkItem(orgId, { ...item, id }, tx)).id : (await createWorkItem(orgId, item, tx)).id)
      }
      await tracking.record(ids)
      const rows = await tx.workItem.findMany({ where: { organizationId: orgId, id: { in: ids } }, select })
      const byId = new Map(rows.map((r) => [r.id, r]))
      return { created: input.items.length - existing.length, updated: existing.length, items: ids.map((id) => toApi(byId.get(id)!)) }
    },
    { timeout: 30_000 },
  )
}
