import { z } from 'zod'
import { exportFormatField } from './export'
import { idField } from './id'
import { dayOffRangeSchema } from './sprint'

// Inputs of the planner's actions. Every change names the plan version and the revision it was
// made on, so a change based on a stale board is refused instead of silently overwriting.

const revision = z.coerce.number().int().min(0)

export const createPlanSchema = z.object({
  sprintId: idField('sprint'),
  /** The newest version the manager saw (0 = none yet); another manager's newer plan makes this stale. */
  baseVersion: z.coerce.number().int().min(0),
})

const planId = idField('plan version')
const itemId = idField('work item')
const membershipId = idField('team member')

export const planRefSchema = z.object({ planId, revision })

export const moveItemSchema = planRefSchema.extend({ itemId, toMembershipId: membershipId.nullable() })
export const setLockSchema = planRefSchema.extend({ itemId, locked: z.boolean() })
export const setPinSchema = planRefSchema.extend({ itemId, pinned: z.boolean() })
/** "Got it" on My sprint: the published version the engineer has now seen (decision 0055). */
export const planSeenSchema = z.object({ planId })
/** Reading one card's explanation changes nothing, so it needs no revision. */
export const explainCardSchema = z.object({ planId, itemId })

const scenarioSchema = z.object({
  capacity: z.record(membershipId, z.number().min(0, 'Hours cannot be negative').max(400, 'At most 400 hours')).default({}),
  removed: z.array(membershipId).max(200).default([]),
})

export const whatIfSchema = planRefSchema.extend({
  scenario: scenarioSchema,
  /** Days off to try, per person: their capacity is derived from dates again with these days off too. */
  daysOff: z.record(membershipId, z.array(dayOffRangeSchema).max(10, 'At most 10 ranges of days off per person')).default({}),
  /** When saving: also record these days off in availability, in the same transaction as the version. */
  recordDaysOff: z.boolean().default(false),
})

const VERSION_MESSAGE = 'version must be a whole number from 1'

/** GET /api/export/plans?sprintId=…[&version=…][&format=csv|json]: a version of the sprint's plan, the newest by default. */
export const planExportQuerySchema = z.object({
  sprintId: idField('sprint'),
  version: z.coerce.number({ message: VERSION_MESSAGE }).int(VERSION_MESSAGE).min(1, VERSION_MESSAGE).optional(),
  format: exportFormatField,
})

/** GET /api/plans/<planId>/focus[?member=…]: whose focus blocks; the caller's own when absent. */
export const focusBlocksQuerySchema = z.object({ member: idField('team member').optional() })

export type CreatePlanInput = z.infer<typeof createPlanSchema>
export type PlanRefInput = z.infer<typeof planRefSchema>
export type MoveItemInput = z.infer<typeof moveItemSchema>
export type SetLockInput = z.infer<typeof setLockSchema>
export type SetPinInput = z.infer<typeof setPinSchema>
export type WhatIfInput = z.infer<typeof whatIfSchema>

const BALANCE_MESSAGE = 'Balance may cost up to (% of objective) must be a number from 0 to 5'

/**
 * The organisation's balance budget, entered as a percentage (0.5 = 0.5% of the objective) and stored
 * as a share. More than 5% would let balance override the fit the planner exists to maximise.
 */
export const balanceBudgetSchema = z
  .object({
    balancePercent: z.preprocess(
      (raw) => (typeof raw === 'string' && raw.trim() === '' ? undefined : raw),
      z.coerce.number({ message: BALANCE_MESSAGE }).min(0, BALANCE_MESSAGE).max(5, BALANCE_MESSAGE),
    ),
  })
  .transform(({ balancePercent }) => ({ balanceCostShare: balancePercent / 100 }))
