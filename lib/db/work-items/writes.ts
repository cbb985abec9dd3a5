import 'server-only'
import type { BulkWorkItemsInput, CreateWorkItemInput, UpdateWorkItemInput } from '@/lib/schemas/work-item'
import { AppError } from '@/lib/core/app-error'
import { recordAudit } from '../accounts/audit'
import type { Tx } from '../client'
import type { OrgId } from '../org-id'
import type { UserId } from '../user-id'
import { MAX_LABELS, relabel, type LabelChange } from '@/lib/work-items/relabel'
import type { WorkItemSource } from '@/lib/webhooks/work-item-events'
import { writeWorkItems } from './change-events'
import { recordWorkTypeExamples, sourceOf } from './type-examples'

// Creating, editing, moving and deleting work items. Every id that arrives from input (the item,
// its sprint, team and pinned engineer) is checked against the organisation first: another
// tenant's id answers NOT_FOUND, exactly like an id that does not exist.

const missing = (field: string, what: string) => new AppError('NOT_FOUND', `${what} not found.`, { [field]: [`${what} not found.`] })

type Refs = { sprintId?: string | null; teamId?: string | null; pinnedToId?: string | null }

/** Checks related ids; an item put into a sprint without a team takes the sprint's team. */
async function resolveRefs(orgId: OrgId, tx: Tx, refs: Refs) {
  let teamId = refs.teamId ?? null
  if (refs.sprintId) {
    const sprint = await tx.sprint.findFirst({
      where: { id: refs.sprintId, organizationId: orgId },
      select: { teamId: true, status: true },
    })
    if (!sprint) throw missing('sprintId', 'Sprint')
    if (sprint.status === 'CLOSED')
      throw new AppError('INVALID', 'That sprint is closed; choose an open sprint or the backlog.', {
        sprintId: ['That sprint is closed.'],
      })
    if (teamId && teamId !== sprint.teamId)
      throw new AppError('INVALID', 'The sprint belongs to another team.', { teamId: ['The sprint belongs to another team.'] })
    teamId = sprint.teamId
  }
  if (teamId && !(await tx.team.findFirst({ where: { id: teamId, organizationId: orgId }, select: { id: true } })))
    throw missing('teamId', 'Team')
  if (
    refs.pinnedToId &&
    !(await tx.membership.findFirst({ where: { id: refs.pinnedToId, organizationId: orgId }, select: { id: true } }))
  ) {
    throw missing('pinnedToId', 'Engineer')
  }
  return { teamId }
}

const fields = (input: CreateWorkItemInput) => ({
  title: input.title,
  description: input.description,
  type: input.type,
  hours: input.hours,
  priority: input.priority,
  modeOverride: input.modeOverride,
  pinnedToId: input.pinnedToId,
  status: input.status,
  sprintId: input.sprintId,
  labels: input.labels,
  externalKey: input.externalKey,
})

/** Every saved type is a labelled example for the organisation's work-type model (work-type-examples.ts). */
const labelled = (orgId: OrgId, input: CreateWorkItemInput) => ({
  title: input.title,
  description: input.description,
  type: input.type,
  source: sourceOf(orgId, input),
})

/**
 * `via` says where the change comes from (for the work_item.* webhooks); pass a transaction instead to
 * write inside a larger one that tracks the whole change (the API's bulk upsert).
 */
export async function createWorkItem(orgId: OrgId, input: CreateWorkItemInput, via: WorkItemSource | Tx = 'app') {
  return writeWorkItems(orgId, via, {}, async (tx, created) => {
    const { teamId } = await resolveRefs(orgId, tx, input)
    const item = await tx.workItem.create({ data: { organizationId: orgId, ...fields(input), teamId }, select: { id: true } })
    await recordWorkTypeExamples(orgId, tx, [{ workItemId: item.id, ...labelled(orgId, input) }])
    created([item.id])
    return { id: item.id }
  })
}

export async function updateWorkItem(orgId: OrgId, input: UpdateWorkItemInput, via: WorkItemSource | Tx = 'app') {
  return writeWorkItems(orgId, via, { ids: [input.id] }, async (tx) => {
    const existing = await tx.workItem.findFirst({ where: { id: input.id, organizationId: orgId }, select: { sprintId: true } })
    if (!existing) throw missing('id', 'Work item')
    // Keeping an item in the (now closed) sprint it was delivered in is fine; moving one into a closed sprint is not.
    const refs = input.sprintId === existing.sprintId ? { ...input, sprintId: null } : input
    const { teamId } = await resolveRefs(orgId, tx, refs)
    await tx.workItem.update({ where: { id: input.id }, data: { ...fields(input), teamId } })
    await recordWorkTypeExamples(orgId, tx, [{ workItemId: input.id, ...labelled(orgId, input) }])
    return { id: input.id }
  })
}

/** Deletes items of the organisation, all or none, with one audit event listing what went. */
export async function deleteWorkItems(orgId: OrgId, actorId: UserId, ids: readonly string[], via: WorkItemSource | Tx = 'app') {
  const unique = [...new Set(ids)]
  return writeWorkItems(
    orgId,
    via,
    { ids: unique },
    async (db) => {
      const items = await db.workItem.findMany({
        where: { id: { in: unique }, organizationId: orgId },
        select: { id: true, title: true, externalKey: true },
      })
      if (items.length !== unique.length) throw missing('ids', unique.length === 1 ? 'Work item' : 'Some selected work items')
      await db.workItem.deleteMany({ where: { id: { in: unique }, organizationId: orgId } })
      await recordAudit(
        orgId,
        {
          actorId,
          action: 'work-items.deleted',
          targetType: 'work-item',
          targetId: unique.length === 1 ? unique[0] : '',
          data: { count: unique.length, items },
        },
        db,
      )
      return { count: unique.length }
    },
    { timeout: 30_000 },
  )
}

/**
 * Adds and removes labels on the selected items. Items that end with the same labels are written in
 * one statement, so a large selection costs a handful of updates; an item that would carry too many
 * labels refuses the whole change, naming it.
 */
async function relabelWorkItems(tx: Tx, where: { id: { in: string[] }; organizationId: OrgId }, change: LabelChange) {
  const items = await tx.workItem.findMany({ where, select: { id: true, title: true, labels: true } })
  const groups = new Map<string, { labels: string[]; ids: string[] }>()
  for (const item of items) {
    const labels = relabel(item.labels, change)
    if (labels.length > MAX_LABELS) {
      const message = `“${item.title}” would have ${labels.length} labels; an item has at most ${MAX_LABELS}`
      throw new AppError('INVALID', message, { labels: [message] })
    }
    const key = JSON.stringify(labels)
    const group = groups.get(key) ?? { labels, ids: [] }
    group.ids.push(item.id)
    groups.set(key, group)
  }
  for (const { labels, ids } of groups.values()) {
    await tx.workItem.updateMany({ where: { id: { in: ids }, organizationId: where.organizationId }, data: { labels } })
  }
  return { count: items.length }
}

/** One request, one transaction: move / retype / reprioritise / set status / relabel / delete the selected items. */
export async function bulkUpdateWorkItems(orgId: OrgId, actorId: UserId, input: BulkWorkItemsInput) {
  return writeWorkItems(
    orgId,
    'bulk',
    { ids: input.ids },
    async (tx) => {
      if (input.op === 'delete') return deleteWorkItems(orgId, actorId, input.ids, tx)
      const unique = [...new Set(input.ids)]
      const where = { id: { in: unique }, organizationId: orgId }
      if ((await tx.workItem.count({ where })) !== unique.length) throw missing('ids', 'Some selected work items')
      if (input.op === 'move') {
        const { teamId } = await resolveRefs(orgId, tx, { sprintId: input.sprintId })
        const data = input.sprintId ? { sprintId: input.sprintId, teamId } : { sprintId: null }
        return { count: (await tx.workItem.updateMany({ where, data })).count }
      }
      if (input.op === 'type') {
        const count = (await tx.workItem.updateMany({ where, data: { type: input.type } })).count
        // Retyping a selection is an explicit correction of each item's type.
        const items = await tx.workItem.findMany({ where, select: { id: true, title: true, description: true } })
        await recordWorkTypeExamples(
          orgId,
          tx,
          items.map((i) => ({ workItemId: i.id, title: i.title, description: i.description, type: input.type, source: 'chosen' as const })),
        )
        return { count }
      }
      if (input.op === 'status') return { count: (await tx.workItem.updateMany({ where, data: { status: input.status } })).count }
      if (input.op === 'labels') return relabelWorkItems(tx, where, input)
      return { count: (await tx.workItem.updateMany({ where, data: { priority: input.priority } })).count }
    },
    { timeout: 30_000 },
  )
}
