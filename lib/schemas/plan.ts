import { z } from 'zod'

// Inputs of the planner's actions. Every change names the plan version and the revision it was
// made on, so a change based on a stale board is refused instead of silently overwriting.

const id = z.string().trim().min(1, 'Missing id').max(64)
const revision = z.coerce.number().int().min(0)

export const createPlanSchema = z.object({
  sprintId: id,
  /** The newest version the manager saw (0 = none yet); another manager's newer plan makes this stale. */
  baseVersion: z.coerce.number().int().min(0),
})

export const planRefSchema = z.object({ planId: id, revision })

export const moveItemSchema = planRefSchema.extend({ itemId: id, toMembershipId: id.nullable() })
export const setLockSchema = planRefSchema.extend({ itemId: id, locked: z.boolean() })
export const setPinSchema = planRefSchema.extend({ itemId: id, pinned: z.boolean() })
/** Reading one card's explanation changes nothing, so it needs no revision. */
export const explainCardSchema = z.object({ planId: id, itemId: id })

export const HOURS_PER_DAY = 8

export const scenarioSchema = z.object({
  capacity: z.record(id, z.number().min(0, 'Hours cannot be negative').max(400, 'At most 400 hours')).default({}),
  removed: z.array(id).max(200).default([]),
})

export const whatIfSchema = planRefSchema.extend({ scenario: scenarioSchema })

export type CreatePlanInput = z.infer<typeof createPlanSchema>
export type PlanRefInput = z.infer<typeof planRefSchema>
export type MoveItemInput = z.infer<typeof moveItemSchema>
export type SetLockInput = z.infer<typeof setLockSchema>
export type SetPinInput = z.infer<typeof setPinSchema>
export type WhatIfInput = z.infer<typeof whatIfSchema>
