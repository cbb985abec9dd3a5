import { z } from 'zod'
import { MODES, WORK_TYPES } from '@/lib/core/work-types'
import { idField } from '../id'
import { createWorkItemSchema, ITEM_STATUSES } from '../work-item'
import { defineOperation } from './operation'
import { pageOf, pageQuery } from './page'

// Work items through the API: the same create and edit schema as the work-item form.

export const apiWorkItemSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    type: z.enum(WORK_TYPES),
    hours: z.number(),
    priority: z.number().int(),
    modeOverride: z.enum(MODES).nullable(),
    pinnedToId: z.string().nullable(),
    status: z.enum(ITEM_STATUSES),
    teamId: z.string().nullable(),
    sprintId: z.string().nullable(),
    labels: z.array(z.string()),
    externalKey: z.string().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'WorkItem' })
export type ApiWorkItem = z.infer<typeof apiWorkItemSchema>

export const WORK_ITEM_SORTS = ['created', 'updated', 'title', 'priority', 'hours', 'status'] as const
export type WorkItemSort = (typeof WORK_ITEM_SORTS)[number]

export const workItemListQuerySchema = pageQuery.extend({
  sort: z.enum(WORK_ITEM_SORTS).default('created'),
  order: z.enum(['asc', 'desc']).default('desc'),
  type: z.enum(WORK_TYPES).optional(),
  status: z.enum(ITEM_STATUSES).optional(),
  /** A sprint id, or `backlog` for items in no sprint. */
  sprintId: z.string().trim().min(1).max(64).optional(),
  teamId: z.string().trim().min(1).max(64).optional(),
  label: z.string().trim().min(1).max(40).optional(),
  externalKey: z.string().trim().min(1).max(100).optional(),
})
export type WorkItemListQuery = z.infer<typeof workItemListQuerySchema>

const itemParams = z.object({ id: idField('work item') })

const BULK_MAX = 500
export const workItemBulkUpsertSchema = z
  .object({
    items: z
      .array(createWorkItemSchema.extend({ externalKey: z.string().trim().min(1, 'Every item needs an external key').max(100) }))
      .min(1, 'Send at least one item')
      .max(BULK_MAX, `Send at most ${BULK_MAX} items at once`),
  })
  .refine((v) => new Set(v.items.map((i) => i.externalKey)).size === v.items.length, {
    message: 'Each external key may appear once',
    path: ['items'],
  })
export type WorkItemBulkUpsert = z.infer<typeof workItemBulkUpsertSchema>

const tag = 'Work items'
export const workItemOperations = [
  defineOperation({
    id: 'listWorkItems',
    method: 'get',
    path: '/work-items',
    summary: 'List work items, filtered and sorted, a page at a time (cursor pagination)',
    tag,
    permission: 'work-item:read',
    query: workItemListQuerySchema,
    response: pageOf(apiWorkItemSchema, 'WorkItemPage'),
  }),
  defineOperation({
    id: 'getWorkItem',
    method: 'get',
    path: '/work-items/{id}',
    summary: 'Get a work item',
    tag,
    permission: 'work-item:read',
    params: itemParams,
    response: apiWorkItemSchema,
  }),
  defineOperation({
    id: 'createWorkItem',
    method: 'post',
    path: '/work-items',
    summary: 'Create a work item',
    tag,
    permission: 'work-item:write',
    body: createWorkItemSchema,
    response: apiWorkItemSchema,
    status: 201,
  }),
  defineOperation({
    id: 'updateWorkItem',
    method: 'put',
    path: '/work-items/{id}',
    summary: 'Replace a work item’s fields',
    tag,
    permission: 'work-item:write',
    params: itemParams,
    body: createWorkItemSchema,
    response: apiWorkItemSchema,
  }),
  defineOperation({
    id: 'deleteWorkItem',
    method: 'delete',
    path: '/work-items/{id}',
    summary: 'Delete a work item',
    tag,
    permission: 'work-item:write',
    params: itemParams,
  }),
  defineOperation({
    id: 'upsertWorkItems',
    method: 'post',
    path: '/work-items/bulk-upsert',
    summary: 'Create or update up to 500 items by external key, all or none',
    tag,
    permission: 'work-item:write',
    body: workItemBulkUpsertSchema,
    response: z
      .object({ created: z.number().int(), updated: z.number().int(), items: z.array(apiWorkItemSchema) })
      .meta({ id: 'BulkUpsertResult' }),
  }),
]
