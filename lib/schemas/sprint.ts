import { z } from 'zod'
import { textField } from './text'
import { idField, optionalIdField } from './id'

// Sprints, availability and closing. Dates travel as YYYY-MM-DD (an <input type="date">) and are
// stored as calendar dates, so no time zone can shift them.

const date = (label: string) =>
  z
    .string({ message: `Enter the ${label}` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Enter the ${label} as a date`)
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), `The ${label} is not a real date`)

const sprintFields = z.object({
  name: textField({ label: 'Name', min: 2, max: 80, missing: 'Enter a name' }),
  startDate: date('start date'),
  endDate: date('end date'),
  /** Closing goes through the close flow (outcomes, unfinished items), never a plain edit. */
  status: z.enum(['PLANNING', 'ACTIVE']).default('PLANNING'),
})

const datesInOrder = <T extends { startDate: string; endDate: string }>(s: T) => s.endDate >= s.startDate
const datesMessage = { message: 'The end date must be on or after the start date', path: ['endDate'] }

export const createSprintSchema = sprintFields.extend({ teamId: idField('team') }).refine(datesInOrder, datesMessage)
export type CreateSprintInput = z.infer<typeof createSprintSchema>

export const updateSprintSchema = sprintFields.extend({ id: idField('sprint') }).refine(datesInOrder, datesMessage)
export type UpdateSprintInput = z.infer<typeof updateSprintSchema>

export const setAvailabilitySchema = z.object({
  sprintId: idField('sprint'),
  membershipId: idField('team member'),
  hours: z.coerce.number({ message: 'Enter hours' }).min(0, 'Hours cannot be negative').max(200, 'At most 200 hours in a sprint'),
  note: z.string().trim().max(200, 'Keep the note under 200 characters').default(''),
})
export type SetAvailabilityInput = z.infer<typeof setAvailabilitySchema>

/** The close form's choices per item; SLIPPED is shown as "Late" (delivered, after the sprint's end). */
export const CLOSE_DELIVERIES = ['ON_TIME', 'SLIPPED', 'NOT_DELIVERED'] as const
export type CloseDelivery = (typeof CLOSE_DELIVERIES)[number]
export const CLOSE_DELIVERY_LABELS: Record<CloseDelivery, string> = { ON_TIME: 'On time', SLIPPED: 'Late', NOT_DELIVERED: 'Not delivered' }

const closeItemSchema = z.object({
  workItemId: idField('work item'),
  delivery: z.enum(CLOSE_DELIVERIES, { message: 'Choose a delivery: On time, Late or Not delivered' }),
  reworkHours: z.coerce
    .number({ message: 'Enter rework hours' })
    .min(0, 'Rework hours cannot be negative')
    .max(1000, 'At most 1000 rework hours'),
  defects: z.coerce
    .number({ message: 'Enter defects' })
    .int('Defects is a whole number')
    .min(0, 'Defects cannot be negative')
    .max(1000, 'At most 1000 defects'),
  note: z.string().trim().max(500, 'Keep the note under 500 characters').default(''),
  /** Where a not-delivered item goes: an open sprint of the same team, or null for the backlog. Ignored when delivered. */
  targetSprintId: optionalIdField('sprint to move it to').default(null),
})
export type CloseItemInput = z.infer<typeof closeItemSchema>

/** One decision per item of the sprint; lib/db checks that none is missing and every destination is allowed. */
export const closeSprintSchema = z.object({
  sprintId: idField('sprint'),
  items: z.array(closeItemSchema).max(2_000, 'At most 2000 items can be closed at once'),
})
export type CloseSprintInput = z.infer<typeof closeSprintSchema>
