import { z } from 'zod'
import { textField } from './text'
import { MODES, WORK_TYPES } from '@/lib/core/work-types'
import { idField, optionalIdField } from './id'
import { labelled } from './field-label'

// Isomorphic: the work-item forms, the list's URL filters and the server actions share these.

export const ITEM_STATUSES = ['TODO', 'IN_PROGRESS', 'DONE'] as const
export type ItemStatus = (typeof ITEM_STATUSES)[number]

/** Empty form values ('' from a select's "none") mean null. */
const blankToNull = (v: unknown) => (v === '' || v === undefined ? null : v)

/** "a, b ,c" → ['a', 'b', 'c']; arrays pass through. Duplicates are dropped. */
const labelsSchema = labelled(
  z.preprocess(
    (v) => (typeof v === 'string' ? v.split(',') : v),
    z
      .array(z.string().trim().max(40, 'Each label must be at most 40 characters'))
      .transform((labels) => [...new Set(labels.filter((l) => l !== ''))])
      .pipe(z.array(z.string()).max(20, 'At most 20 labels')),
  ),
  'Labels',
)

const workItemFieldsSchema = z.object({
  title: textField({ label: 'Title', min: 3, max: 200, missing: 'Enter a title' }),
  description: labelled(z.string().max(20_000, 'Description must be at most 20,000 characters'), 'Description').default(''),
  type: labelled(z.enum(WORK_TYPES, { message: 'Choose a work type' }), 'Work type'),
  hours: labelled(
    z.coerce
      .number({ message: 'Enter the estimate in hours' })
      .positive('Hours must be more than 0')
      .max(1000, 'Hours must be at most 1,000'),
    'Hours',
  ),
  priority: labelled(
    z.coerce.number().int().min(1, 'Priority is 1 (low) to 4 (urgent)').max(4, 'Priority is 1 (low) to 4 (urgent)'),
    'Priority',
  ),
  modeOverride: labelled(
    z.preprocess(blankToNull, z.enum(MODES, { message: 'Choose a mode or the policy' }).nullable()),
    'Mode override',
  ).default(null),
  pinnedToId: labelled(optionalIdField('team member'), 'Pinned engineer').default(null),
  status: labelled(z.enum(ITEM_STATUSES, { message: 'Choose a status' }), 'Status').default('TODO'),
  teamId: optionalIdField('team').default(null),
  sprintId: optionalIdField('sprint').default(null),
  labels: labelsSchema.default([]),
  externalKey: labelled(
    z.preprocess(blankToNull, z.string().trim().max(100, 'External key must be at most 100 characters').nullable()),
    'External key',
  ).default(null),
})

export const createWorkItemSchema = workItemFieldsSchema
export type CreateWorkItemInput = z.infer<typeof createWorkItemSchema>

export const updateWorkItemSchema = workItemFieldsSchema.extend({ id: idField('work item') })
export type UpdateWorkItemInput = z.infer<typeof updateWorkItemSchema>

export const deleteWorkItemSchema = z.object({ id: idField('work item') })

/** Bulk actions run in one request on up to this many selected items. */
const BULK_LIMIT = 5_000
const ids = z.array(idField('work item')).min(1, 'Select at least one item').max(BULK_LIMIT, `Select at most ${BULK_LIMIT} items`)

export const bulkWorkItemsSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('move'), ids, sprintId: optionalIdField('sprint') }),
  z.object({ op: z.literal('type'), ids, type: z.enum(WORK_TYPES) }),
  z.object({ op: z.literal('priority'), ids, priority: z.coerce.number().int().min(1).max(4) }),
  z.object({ op: z.literal('status'), ids, status: z.enum(ITEM_STATUSES, { message: 'Choose a status' }) }),
  z
    .object({ op: z.literal('labels'), ids, add: labelsSchema.default([]), remove: labelsSchema.default([]) })
    .refine((v) => v.add.length + v.remove.length > 0, { message: 'Enter at least one label', path: ['labels'] }),
  z.object({ op: z.literal('delete'), ids }),
])
export type BulkWorkItemsInput = z.infer<typeof bulkWorkItemsSchema>
