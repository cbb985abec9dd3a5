import { z } from 'zod'
import { textField } from './text'
import { idField, optionalIdField } from './id'
import { labelled, sentenceCase } from './field-label'

// Sprints, availability and closing. Dates travel as YYYY-MM-DD (an <input type="date">) and are
// stored as calendar dates, so no time zone can shift them.

const date = (label: string) =>
  labelled(
    z
      .string({ message: `Enter the ${label}` })
      .regex(/^\d{4}-\d{2}-\d{2}$/, `Enter the ${label} as a date`)
      .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), `The ${label} is not a real date`),
    sentenceCase(label),
  )

const sprintFields = z.object({
  name: textField({ label: 'Name', min: 2, max: 80, missing: 'Enter a name' }),
  startDate: date('start date'),
  endDate: date('end date'),
  /** Closing goes through the close flow (outcomes, unfinished items), never a plain edit. */
  status: labelled(z.enum(['PLANNING', 'ACTIVE'], { message: 'Choose Planning or Active' }), 'Status').default('PLANNING'),
})

const datesInOrder = <T extends { startDate: string; endDate: string }>(s: T) => s.endDate >= s.startDate
const datesMessage = { message: 'End date must be on or after the start date', path: ['endDate'] }

export const createSprintSchema = sprintFields.extend({ teamId: idField('team') }).refine(datesInOrder, datesMessage)
export type CreateSprintInput = z.infer<typeof createSprintSchema>

export const updateSprintSchema = sprintFields.extend({ id: idField('sprint') }).refine(datesInOrder, datesMessage)
export type UpdateSprintInput = z.infer<typeof updateSprintSchema>

/** A number a form may leave blank: '' and a missing value both mean null ("not stated"). */
const optionalHours = (label: string, max: number) =>
  z.preprocess(
    (v) => (v === '' || v === undefined || v === null ? null : v),
    z.coerce
      .number({ message: `Enter the ${label} as a number` })
      .min(0, `The ${label} cannot be negative`)
      .max(max, `The ${label} is at most ${max}`)
      .nullable(),
  )

const reason = (label: string) => z.string().trim().max(200, `Keep the ${label} under 200 characters`).default('')

/**
 * One engineer's hours per working day (blank: the profile's capacity spread over the sprint) and an
 * optional total that replaces the derived capacity; an override must say why, since the dates no
 * longer explain it.
 */
export const availabilityRowSchema = z
  .object({
    membershipId: idField('team member'),
    hoursPerDay: optionalHours('hours per day', 24),
    overrideHours: optionalHours('override hours', 200),
    note: reason('override reason'),
  })
  .refine((v) => v.overrideHours === null || v.note !== '', {
    message: 'Enter the override reason: say why the dates do not tell the capacity',
    path: ['note'],
  })

/** The whole team's hours and overrides, saved together: all rows or none. */
export const setTeamAvailabilitySchema = z.object({
  sprintId: idField('sprint'),
  rows: z
    .array(availabilityRowSchema)
    .min(1, 'There is nobody to save')
    .max(500, 'At most 500 engineers can be saved at once')
    .refine((rows) => new Set(rows.map((r) => r.membershipId)).size === rows.length, 'Each engineer may appear only once'),
})
export type SetTeamAvailabilityInput = z.infer<typeof setTeamAvailabilitySchema>

/** Days off as a range of calendar dates, both included; the reason is shown to managers only. */
const dayOffFields = { startDate: date('first day off'), endDate: date('last day off') }
const dayOffOrder = { message: 'The last day off must be on or after the first', path: ['endDate'] }

export const dayOffRangeSchema = z.object(dayOffFields).refine(datesInOrder, dayOffOrder)

export const addDaysOffSchema = z
  .object({ sprintId: idField('sprint'), membershipId: idField('team member'), ...dayOffFields, reason: reason('reason') })
  .refine(datesInOrder, dayOffOrder)
export type AddDaysOffInput = z.infer<typeof addDaysOffSchema>

export const removeDaysOffSchema = z.object({ sprintId: idField('sprint'), timeOffId: idField('days off') })
export type RemoveDaysOffInput = z.infer<typeof removeDaysOffSchema>

// The organisation's calendar that capacity is derived from (settings, admins only).

export const WEEKDAY_LABELS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const

export const setWorkingDaysSchema = z.object({
  workingDays: z
    .array(z.coerce.number().int().min(1).max(7), { message: 'Choose at least one working day' })
    .min(1, 'Choose at least one working day')
    .transform((days) => [...new Set(days)].sort((a, b) => a - b)),
})
export type SetWorkingDaysInput = z.infer<typeof setWorkingDaysSchema>

export const addHolidaySchema = z.object({
  date: date('date'),
  name: textField({ label: 'Name', min: 2, max: 80, missing: 'Enter the holiday’s name' }),
})
export type AddHolidayInput = z.infer<typeof addHolidaySchema>

export const removeHolidaySchema = z.object({ holidayId: idField('holiday') })
export type RemoveHolidayInput = z.infer<typeof removeHolidaySchema>

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
