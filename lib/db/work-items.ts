import 'server-only'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { WorkItemFilter, SortKey } from '@/lib/work-items/filters'
import { WORK_TYPES, type Mode, type WorkType } from '@/lib/work-items/work-types'
import { prisma } from './client'
import type { OrgId } from './org-id'
import { getPolicyModes } from './policy'

// Reads for the work-item list, detail and export. Filtering, sorting and paging happen in SQL so
// the list stays fast at 10,000+ items (see scripts/bench-work-items.ts for measured times).

const ORDER: Record<SortKey, keyof Prisma.WorkItemOrderByWithRelationInput> = {
  created: 'createdAt', updated: 'updatedAt', title: 'title', priority: 'priority', hours: 'hours', type: 'type', status: 'status',
}

/**
 * The WHERE clause for a filter. Mode is the item's override or else the organisation's policy
 * for its type; assignee means pinned to that member or assigned to them in a published plan of
 * a sprint that is not closed (the plan the team is working from).
 */
export function workItemWhere(orgId: OrgId, f: Omit<WorkItemFilter, 'sort' | 'dir' | 'page' | 'size'>, modes: Record<WorkType, Mode>): Prisma.WorkItemWhereInput {
  const and: Prisma.WorkItemWhereInput[] = [{ organizationId: orgId }]
  if (f.type) and.push({ type: f.type })
  if (f.status) and.push({ status: f.status })
  if (f.label) and.push({ labels: { has: f.label } })
  if (f.sprint) and.push({ sprintId: f.sprint === 'backlog' ? null : f.sprint })
  if (f.mode) {
    const types = WORK_TYPES.filter((t) => modes[t] === f.mode)
    and.push({ OR: [{ modeOverride: f.mode }, { modeOverride: null, type: { in: types } }] })
  }
  if (f.assignee) {
    and.push({
      OR: [
        { pinnedToId: f.assignee },
        { assignments: { some: { membershipId: f.assignee, plan: { status: 'PUBLISHED', sprint: { status: { not: 'CLOSED' } } } } } },
      ],
    })
  }
  if (f.q) and.push({ OR: [{ title: { contains: f.q, mode: 'insensitive' } }, { externalKey: { equals: f.q, mode: 'insensitive' } }] })
  return { AND: and }
}

const listSelect = {
  id: true, title: true, type: true, hours: true, priority: true, modeOverride: true, status: true, labels: true, externalKey: true,
  sprint: { select: { id: true, name: true } },
  team: { select: { id: true, name: true } },
  pinnedTo: { select: { id: true, user: { select: { name: true } } } },
} satisfies Prisma.WorkItemSelect

type ListRow = Prisma.WorkItemGetPayload<{ select: typeof listSelect }>

const toDto = (row: ListRow, modes: Record<WorkType, Mode>) => ({
  id: row.id, title: row.title, type: row.type, hours: row.hours, priority: row.priority, status: row.status,
  labels: row.labels, externalKey: row.externalKey, sprint: row.sprint, team: row.team,
  mode: row.modeOverride ?? modes[row.type], modeOverridden: row.modeOverride !== null,
  pinnedTo: row.pinnedTo ? { id: row.pinnedTo.id, name: row.pinnedTo.user.name } : null,
})
export type WorkItemListRow = ReturnType<typeof toDto>

export async function listWorkItems(orgId: OrgId, filter: WorkItemFilter) {
  const modes = await getPolicyModes(orgId)
  const where = workItemWhere(orgId, filter, modes)
  const [rows, total] = await Promise.all([
    prisma.workItem.findMany({
      where, select: listSelect,
      // id breaks ties so pages never repeat or skip rows with equal sort values.
      orderBy: [{ [ORDER[filter.sort]]: filter.dir }, { id: filter.dir }],
      skip: (filter.page - 1) * filter.size, take: filter.size,
    }),
    prisma.workItem.count({ where }),
  ])
  return { items: rows.map((r) => toDto(r, modes)), total }
}

/** Every matching item for an export (capped so one request cannot exhaust memory). */
export const EXPORT_LIMIT = 50_000
export async function listWorkItemsForExport(orgId: OrgId, filter: WorkItemFilter) {
  const modes = await getPolicyModes(orgId)
  const rows = await prisma.workItem.findMany({
    where: workItemWhere(orgId, filter, modes),
    select: { ...listSelect, description: true, createdAt: true, updatedAt: true },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: EXPORT_LIMIT,
  })
  return rows.map((r) => ({ ...toDto(r, modes), description: r.description, createdAt: r.createdAt, updatedAt: r.updatedAt }))
}

export async function getWorkItem(orgId: OrgId, id: string) {
  const modes = await getPolicyModes(orgId)
  const row = await prisma.workItem.findFirst({
    where: { id, organizationId: orgId },
    select: { ...listSelect, description: true, modeOverride: true, sprintId: true, teamId: true, pinnedToId: true, createdAt: true, updatedAt: true },
  })
  if (!row) return null
  return { ...toDto(row, modes), description: row.description, modeOverride: row.modeOverride, sprintId: row.sprintId, teamId: row.teamId, pinnedToId: row.pinnedToId, createdAt: row.createdAt, updatedAt: row.updatedAt }
}
export type WorkItemDetail = NonNullable<Awaited<ReturnType<typeof getWorkItem>>>

/** Options for the item form, the filters and the bulk bar: teams, sprints, plannable members, labels. */
export async function listWorkItemChoices(orgId: OrgId) {
  const [teams, sprints, members, labelRows] = await Promise.all([
    prisma.team.findMany({ where: { organizationId: orgId }, select: { id: true, name: true }, orderBy: { name: 'asc' } }),
    prisma.sprint.findMany({ where: { organizationId: orgId }, select: { id: true, name: true, status: true, teamId: true }, orderBy: [{ startDate: 'desc' }, { name: 'asc' }] }),
    prisma.membership.findMany({
      where: { organizationId: orgId, OR: [{ role: 'ENGINEER' }, { profile: { isNot: null } }] },
      select: { id: true, user: { select: { name: true } } }, orderBy: { user: { name: 'asc' } },
    }),
    prisma.$queryRaw<{ label: string }[]>`SELECT DISTINCT unnest(labels) AS label FROM "WorkItem" WHERE "organizationId" = ${orgId} ORDER BY 1 LIMIT 200`,
  ])
  return {
    teams, sprints, labels: labelRows.map((r) => r.label),
    members: members.map((m) => ({ id: m.id, name: m.user.name })),
  }
}
export type WorkItemChoices = Awaited<ReturnType<typeof listWorkItemChoices>>
