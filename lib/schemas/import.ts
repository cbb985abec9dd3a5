import { z } from 'zod'
import { WORK_TYPES } from '@/lib/core/work-types'
import { idField } from './id'
import { ITEM_STATUSES } from './work-item'

// CSV import: the shape of one converted row (checked for every row) and of the import request.

/** A converted row, before it is written; every row of a file must pass this. */
export const importRowSchema = z.object({
  title: z.string().trim().min(1, 'the title is empty').max(200, 'the title is longer than 200 characters'),
  externalKey: z.string().trim().max(100, 'the key is longer than 100 characters').nullable(),
  description: z.string().max(20_000, 'the description is longer than 20,000 characters'),
  type: z.enum(WORK_TYPES),
  hours: z.number().positive('the estimate must be more than 0').max(1000, 'the estimate is more than 1,000 hours'),
  priority: z.number().int().min(1).max(4),
  labels: z.array(z.string().max(40, 'a label is longer than 40 characters')).max(20, 'more than 20 labels'),
  status: z.enum(ITEM_STATUSES),
})
export type ImportRow = z.infer<typeof importRowSchema>

const column = z.number().int().min(0).max(500).nullable()

const columnMappingSchema = z.object({
  title: column,
  key: column,
  type: column,
  estimate: column,
  priority: column,
  description: column,
  status: column,
  /** Jira repeats a "Labels" column once per label, so labels may come from several columns. */
  labels: z.array(z.number().int().min(0).max(500)).max(50),
})
export type ColumnMapping = z.infer<typeof columnMappingSchema>

/** What the estimate column counts; the server converts with the same unit, so hours cannot be smuggled in. */
export const ESTIMATE_UNITS = ['seconds', 'minutes', 'hours', 'days', 'points'] as const
export type EstimateUnit = (typeof ESTIMATE_UNITS)[number]

const importOptionsSchema = z.object({
  estimateUnit: z.enum(ESTIMATE_UNITS, { message: 'The estimate unit must be seconds, minutes, hours, days or story points' }),
  pointsToHours: z.number().positive('The story-point factor must be more than 0').max(100, 'The story-point factor must be at most 100'),
  /** Converts an estimate in days; a working day, not 24 hours. */
  hoursPerDay: z.number().positive('Hours per day must be more than 0').max(24, 'Hours per day must be at most 24'),
  /** Used for rows without an estimate; null makes a missing estimate an error. */
  defaultHours: z.number().positive().max(1000).nullable(),
})
export type ImportOptions = z.infer<typeof importOptionsSchema>

/** 10,000 rows of a typical export fit well inside this; the parser caps rows separately. */
export const MAX_IMPORT_CHARS = 16 * 1024 * 1024

export const importRequestSchema = z.object({
  csv: z.string().min(1, 'The file is empty').max(MAX_IMPORT_CHARS, 'The file is larger than 16 MB; split it into smaller files'),
  mapping: columnMappingSchema,
  options: importOptionsSchema,
  /** Row number → type the manager picked in the preview (corrects a suggestion). */
  typeOverrides: z.record(z.string().regex(/^\d+$/), z.enum(WORK_TYPES)).default({}),
  /**
   * Row number → the classifier's suggestion the preview showed and the manager accepted. Trusting
   * it is safe (the manager may pick any type anyway) and spares the server re-classifying 10,000 rows.
   */
  suggestedTypes: z.record(z.string().regex(/^\d+$/), z.enum(WORK_TYPES)).default({}),
  /** Where new items go: a sprint of the organisation, or null for the backlog. */
  sprintId: idField('sprint').nullable().default(null),
})
export type ImportRequest = z.infer<typeof importRequestSchema>
