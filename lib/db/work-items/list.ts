import 'server-only'
import { Prisma } from '@/lib/generated/prisma/client'
import type { SortKey, WorkItemFilter } from '@/lib/work-items/filters'
import type { Mode, WorkType } from '@/lib/core/work-types'
import type { ItemStatus } from '@/lib/schemas/work-item'
import { prisma } from '../client'
import { effectiveModeJoins } from '../dashboards/sql'
import type { OrgId } from '../org-id'
import { escapeLike } from './filters'

// The work-item list and its export in SQL: one round trip answers the page and the total, with the
// effective mode (override, else policy) worked out in the same query. Measured on 20,000 items in
// scripts/bench-work-items.ts; the indexes it relies on are in prisma/schema.prisma.

const ORDER: Record<SortKey, Prisma.Sql> = {
  created: Prisma.sql`w."createdAt"`,
  updated: Prisma.sql`w."updatedAt"`,
  title: Prisma.sql`w.title`,
  priority: Prisma.sql`w.priority`,
  hours: Prisma.sql`w.hours`,
  type: Prisma.sql`w.type`,
  status: Prisma.sql`w.status`,
}

/**
 * The types whose mode by the organisation's policy is `mode`, worked out once per query (an InitPlan)
 * with the shared effective-mode joins applied to one row per type, so the mode filter is a plain test
 * on the item's own columns instead of a join over every item.
 */
const typesByPolicy = (orgId: OrgId, mode: Mode) => Prisma.sql`ARRAY(
  SELECT w.type FROM (SELECT t AS type, NULL::"Mode" AS "modeOverride" FROM unnest(enum_range(NULL::"WorkType")) AS t) w
  ${effectiveModeJoins(orgId)} WHERE x.em = ${mode}::"Mode")`

/**
 * The WHERE clause for an item alias `w`. Mode is the item's override, else its type's by policy. Assignee means
 * pinned to that member or assigned to them in a published plan of a sprint that is not closed
 * (the plan the team is working from).
 */
function whereSql(orgId: OrgId, f: WorkItemFilter): Prisma.Sql {
  const and = [Prisma.sql`w."organizationId" = ${orgId}`]
  if (f.type) and.push(Prisma.sql`w.type = ${f.type}::"WorkType"`)
  if (f.status) and.push(Prisma.sql`w.status = ${f.status}::"WorkItemStatus"`)
  if (f.label) and.push(Prisma.sql`w.labels @> ARRAY[${f.label}]::text[]`)
  if (f.sprint) and.push(f.sprint === 'backlog' ? Prisma.sql`w."sprintId" IS NULL` : Prisma.sql`w."sprintId" = ${f.sprint}`)
  if (f.mode)
    and.push(
      Prisma.sql`(w."modeOverride" = ${f.mode}::"Mode" OR (w."modeOverride" IS NULL AND w.type = ANY(${typesByPolicy(orgId, f.mode)})))`,
    )
  if (f.assignee) {
    // An id list rather than `pinned OR EXISTS (…)`: both halves are index lookups, so the list
    // never tests every item of the organisation against the plans.
    and.push(Prisma.sql`w.id IN (
      SELECT pin.id FROM "WorkItem" pin WHERE pin."organizationId" = ${orgId} AND pin."pinnedToId" = ${f.assignee}
      UNION ALL
      SELECT a."workItemId" FROM "Assignment" a JOIN "Plan" pl ON pl.id = a."planId" JOIN "Sprint" sp ON sp.id = pl."sprintId"
      WHERE a."organizationId" = ${orgId} AND a."membershipId" = ${f.assignee} AND pl.status = 'PUBLISHED' AND sp.status <> 'CLOSED')`)
  }
  if (f.flagged) and.push(Prisma.sql`EXISTS (${flaggedLink(orgId)})`)
  if (f.q) and.push(Prisma.sql`(w.title ILIKE ${`%${escapeLike(f.q)}%`} OR lower(w."externalKey") = lower(${f.q}))`)
  return Prisma.join(and, ' AND ')
}

/** The item's tracker link when a sync flagged it (edited here and changed upstream). */
const flaggedLink = (orgId: OrgId) =>
  Prisma.sql`SELECT 1 FROM "SyncedItem" si WHERE si."workItemId" = w.id AND si."organizationId" = ${orgId} AND si."flaggedAt" IS NOT NULL`

/** Columns of a list row; sprint and pinned member come as names, which is all the list shows. */
const rowColumns = Prisma.sql`
  w.id, w.title, w.type::text AS type, w.hours, w.priority, w.status::text AS status, w.labels, w."externalKey",
  x.em::text AS mode, w."modeOverride" IS NOT NULL AS "modeOverridden", s.name AS sprint, u.name AS "pinnedTo"`

const rowJoins = Prisma.sql`
  LEFT JOIN "Sprint" s ON s.id = w."sprintId"
  LEFT JOIN "Membership" m ON m.id = w."pinnedToId"
  LEFT JOIN "User" u ON u.id = m."userId"`

export type WorkItemListRow = {
  id: string
  title: string
  type: WorkType
  hours: number
  priority: number
  status: ItemStatus
  labels: string[]
  externalKey: string | null
  mode: Mode
  modeOverridden: boolean
  sprint: string | null
  pinnedTo: string | null
}

/** A row of the list page, which also marks the items a tracker sync flagged (edited here and changed upstream). */
export type WorkItemPageRow = WorkItemListRow & { flagged: boolean }

/** One page of the filtered list and the number of matching items, in one query. */
export async function listWorkItems(orgId: OrgId, filter: WorkItemFilter): Promise<{ items: WorkItemPageRow[]; total: number }> {
  const where = whereSql(orgId, filter)
  const dir = filter.dir === 'asc' ? Prisma.sql`ASC` : Prisma.sql`DESC`
  // The page picks its rows before joining names and modes, so the joins run for one page only.
  // LEFT JOIN LATERAL keeps the count row even when the page is past the end.
  const order = Prisma.sql`${ORDER[filter.sort]} ${dir}, w.id ${dir}`
  const rows = await prisma.$queryRaw<(Partial<WorkItemPageRow> & { total: number })[]>`
    SELECT c.total, p.* FROM (SELECT count(*)::int AS total FROM "WorkItem" w WHERE ${where}) c
    LEFT JOIN LATERAL (
      SELECT ${rowColumns}, EXISTS (${flaggedLink(orgId)}) AS flagged FROM (
        SELECT w.* FROM "WorkItem" w WHERE ${where}
        ORDER BY ${order} LIMIT ${filter.size} OFFSET ${(filter.page - 1) * filter.size}
      ) w ${effectiveModeJoins(orgId)} ${rowJoins}
      ORDER BY ${order}
    ) p ON true`
  const total = rows[0]?.total ?? 0
  const items = rows.filter((r): r is WorkItemPageRow & { total: number } => r.id != null).map(({ total: _, ...row }) => row)
  return { items, total }
}

/** Every matching item for an export (capped so one request cannot exhaust memory). */
const EXPORT_LIMIT = 50_000
export async function listWorkItemsForExport(orgId: OrgId, filter: WorkItemFilter) {
  return prisma.$queryRaw<(WorkItemListRow & { team: string | null; description: string; createdAt: Date; updatedAt: Date })[]>`
    SELECT ${rowColumns}, t.name AS team, w.description, w."createdAt", w."updatedAt"
    FROM "WorkItem" w ${effectiveModeJoins(orgId)} ${rowJoins} LEFT JOIN "Team" t ON t.id = w."teamId"
    WHERE ${whereSql(orgId, filter)}
    ORDER BY w."createdAt" ASC, w.id ASC LIMIT ${EXPORT_LIMIT}`
}
