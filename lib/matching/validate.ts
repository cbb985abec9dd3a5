import * as z from 'zod'
import { itemMode, resolvePolicy } from './policy'
import { orchestrationLimit } from './score'
import type { PlanInput } from './types'
import { MODES, PREFERENCES, WORK_TYPES } from './types'

const unit = z.number({ error: 'must be a number' }).min(0, 'must be at least 0').max(1, 'must be at most 1')
const mode = z.enum(MODES, { error: `must be one of ${MODES.join(', ')}` })

const engineerSchema = z.object({
  id: z.string({ error: 'id must be a string' }).min(1, 'id must not be empty'),
  name: z.string().optional(),
  capacityHours: z.number({ error: 'capacityHours must be a number' }).gt(0, 'capacityHours must be greater than 0'),
  affinity: z.object({ orchestration: unit, craft: unit, hybrid: unit }, { error: 'affinity must be an object' }),
  preferences: z
    .partialRecord(
      z.enum(WORK_TYPES, { error: 'preferences has an unknown work type' }),
      z.enum(PREFERENCES, { error: `preference must be one of ${PREFERENCES.join(', ')}` }),
    )
    .optional(),
  preferredMode: mode.optional(),
})

const itemSchema = z.object({
  id: z.string({ error: 'id must be a string' }).min(1, 'id must not be empty'),
  title: z.string().optional(),
  type: z.enum(WORK_TYPES, { error: `type must be one of ${WORK_TYPES.join(', ')}` }),
  hours: z.number({ error: 'hours must be a number' }).gt(0, 'hours must be greater than 0'),
  // One literal of four values: zod checks it with one set lookup, where a union of four literals tries each in turn (20000 items).
  priority: z.literal([1, 2, 3, 4], { error: 'priority must be 1, 2, 3 or 4' }),
  mode: mode.nullish(),
  pinnedTo: z.string().nullish(),
})

const instanceSchema = z.object({
  engineers: z.array(engineerSchema, { error: 'engineers must be a list' }),
  items: z.array(itemSchema, { error: 'items must be a list' }),
  policy: z
    .partialRecord(
      z.enum(WORK_TYPES, { error: 'policy has an unknown work type' }),
      z.union([mode, z.object({ recommended: mode, acceptable: z.array(mode) }).partial()]),
    )
    .optional(),
  previous: z
    .object({
      assignments: z.record(z.string(), z.string()),
      locked: z.array(z.string()).optional(),
      stabilityWeight: z.number().min(0, 'stabilityWeight must be at least 0').optional(),
    })
    .optional(),
})

export type Validation = { ok: true; input: PlanInput } | { ok: false; errors: string[] }

/**
 * Checks shape and meaning; every message names the record it is about
 * (`items[3] (id "t4"): hours must be greater than 0`). Pins and locks must keep
 * the hard rules, since the solver treats them as given.
 */
export function validateInstance(raw: unknown): Validation {
  const parsed = instanceSchema.safeParse(raw)
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((issue) => describe(raw, issue)) }
  const input = parsed.data as PlanInput
  const errors = [...duplicateIds(input), ...unknownReferences(input)]
  if (errors.length === 0) errors.push(...fixedWorkBreaksRules(input))
  return errors.length > 0 ? { ok: false, errors } : { ok: true, input }
}

function describe(raw: unknown, issue: z.core.$ZodIssue): string {
  const [list, index, ...rest] = issue.path
  if ((list === 'engineers' || list === 'items') && typeof index === 'number') {
    const record = (raw as Record<string, unknown[]>)[list][index] as { id?: unknown } | undefined
    const id = typeof record?.id === 'string' ? ` (id "${record.id}")` : ''
    const field = rest.length > 0 ? `${rest.join('.')}: ` : ''
    const message = issue.message.startsWith(String(rest[0])) ? issue.message : `${field}${issue.message}`
    return `${list}[${index}]${id}: ${message}`
  }
  return `${issue.path.join('.') || 'instance'}: ${issue.message}`
}

function duplicateIds(input: PlanInput): string[] {
  const errors: string[] = []
  for (const [list, records] of [
    ['engineers', input.engineers],
    ['items', input.items],
  ] as const) {
    const seen = new Map<string, number>()
    records.forEach((record, k) => {
      const first = seen.get(record.id)
      if (first !== undefined) errors.push(`${list}[${k}] (id "${record.id}"): duplicate id, already used by ${list}[${first}]`)
      else seen.set(record.id, k)
    })
  }
  return errors
}

function unknownReferences(input: PlanInput): string[] {
  const engineers = new Set(input.engineers.map((e) => e.id))
  const items = new Set(input.items.map((i) => i.id))
  const errors: string[] = []
  input.items.forEach((item, k) => {
    if (item.pinnedTo && !engineers.has(item.pinnedTo)) {
      errors.push(`items[${k}] (id "${item.id}"): pinnedTo "${item.pinnedTo}" is not a known engineer`)
    }
  })
  const previous = input.previous?.assignments ?? {}
  for (const id of input.previous?.locked ?? []) {
    if (!items.has(id)) errors.push(`previous.locked: "${id}" is not a known item`)
    else if (!engineers.has(previous[id] ?? '')) {
      errors.push(`previous.locked: item "${id}" is locked but its previous engineer "${previous[id] ?? '(none)'}" is not in the team`)
    }
  }
  return errors
}

/** Pinned (and locked) work alone must fit each engineer's capacity and deep-work limit. */
function fixedWorkBreaksRules(input: PlanInput): string[] {
  const policy = resolvePolicy(input.policy)
  const locked = new Set(input.previous?.locked ?? [])
  const byEngineer = new Map<string, { ids: string[]; hours: number; orchestration: number }>()
  for (const item of input.items) {
    const to = item.pinnedTo || (locked.has(item.id) ? input.previous?.assignments[item.id] : undefined)
    if (!to) continue
    const load = byEngineer.get(to) ?? { ids: [], hours: 0, orchestration: 0 }
    load.ids.push(item.id)
    load.hours += item.hours
    if (itemMode(item, policy) === 'orchestration') load.orchestration += item.hours
    byEngineer.set(to, load)
  }
  const errors: string[] = []
  input.engineers.forEach((engineer, k) => {
    const load = byEngineer.get(engineer.id)
    if (!load) return
    const record = `engineers[${k}] (id "${engineer.id}")`
    if (load.hours > engineer.capacityHours + 1e-9) {
      errors.push(
        `${record}: pinned items ${load.ids.join(', ')} need ${load.hours} h but capacityHours is ${engineer.capacityHours} (capacity rule)`,
      )
    }
    const limit = orchestrationLimit(engineer)
    if (load.orchestration > limit + 1e-9) {
      errors.push(
        `${record}: pinned orchestration work (${load.orchestration} h) exceeds 40% of capacity (${limit} h) for a craftsperson (deep-work rule)`,
      )
    }
  })
  return errors
}
