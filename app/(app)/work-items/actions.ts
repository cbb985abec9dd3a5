'use server'

import { resolveFlaggedItem } from '@/lib/db/connectors/synced-items'
import { bulkUpdateWorkItems, createWorkItem, deleteWorkItems, updateWorkItem } from '@/lib/db/work-items/writes'
import { bulkWorkItemsSchema, createWorkItemSchema, deleteWorkItemSchema, updateWorkItemSchema } from '@/lib/schemas/work-item'
import { resolveFlagSchema } from '@/lib/schemas/connector'
import { defineAction } from '@/lib/server/action'

const revalidate = ['/work-items', '/sprints']

export const createWorkItemAction = defineAction(
  { name: 'work-item.create', permission: 'work-item:write', revalidate },
  createWorkItemSchema,
  async (input, actor) => createWorkItem(actor.orgId, input),
)

export const updateWorkItemAction = defineAction(
  { name: 'work-item.update', permission: 'work-item:write', revalidate },
  updateWorkItemSchema,
  async (input, actor) => updateWorkItem(actor.orgId, input),
)

export const deleteWorkItemAction = defineAction(
  { name: 'work-item.delete', permission: 'work-item:write', revalidate },
  deleteWorkItemSchema,
  async ({ id }, actor) => deleteWorkItems(actor.orgId, actor.userId, [id]),
)

/** Move / set type / set priority / delete on the selected rows, in one request and one transaction. */
export const bulkWorkItemsAction = defineAction(
  { name: 'work-item.bulk', permission: 'work-item:write', revalidate },
  bulkWorkItemsSchema,
  async (input, actor) => bulkUpdateWorkItems(actor.orgId, actor.userId, input),
)

/** A synced item edited here and changed upstream: take the upstream values or keep these (decision 0073). */
export const resolveFlaggedItemAction = defineAction(
  { name: 'work-item.resolve-flag', permission: 'work-item:write', revalidate: [...revalidate, '/settings/connectors'] },
  resolveFlagSchema,
  async ({ workItemId, take }, actor) => resolveFlaggedItem(actor.orgId, actor.userId, workItemId, take),
)
