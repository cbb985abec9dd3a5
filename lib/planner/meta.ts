import { z } from 'zod'
import type { Alternative } from '@/lib/matching'
import type { ColumnSummary, PlanMeta } from './types'

// Plan.summary is JSON written by several generations of code (the seed stores only the engine's
// engineer summaries), so reading it is tolerant: every field has a default.

const scenarioSchema = z.object({ capacity: z.record(z.string(), z.number()).default({}), removed: z.array(z.string()).default([]) })
const alternativeSchema = z.object({
  engineerId: z.string().nullable(),
  fit: z.number(),
  value: z.number(),
  objectiveCost: z.number(),
  note: z.string(),
})

const balanceSchema = z.object({
  budgetShare: z.number(),
  cost: z.number(),
  costShare: z.number(),
  moves: z.array(z.object({ itemId: z.string(), from: z.string(), to: z.string(), cost: z.number() })),
  aboveBefore: z.array(z.string()),
  aboveAfter: z.array(z.string()),
  stoppedBy: z.enum(['done', 'budget', 'room']),
})

const metaSchema = z.object({
  kind: z.enum(['plan', 'replan', 'what-if', 'seed', 'edit']).catch('seed'),
  basedOnVersion: z.number().int().nullable().catch(null),
  movedCount: z.number().int().catch(0),
  movedItemIds: z.array(z.string()).catch([]),
  why: z.array(z.string()).catch([]),
  scenario: scenarioSchema.catch({ capacity: {}, removed: [] }),
  unplanned: z.array(z.object({ membershipId: z.string(), name: z.string(), reason: z.string() })).catch([]),
  notes: z.array(z.string()).catch([]),
  balance: balanceSchema.nullable().catch(null),
})
const summarySchema = metaSchema.extend({ alternatives: z.record(z.string(), alternativeSchema).catch({}) })

export type StoredSummary = PlanMeta & { alternatives: Record<string, Alternative> }

export function parseSummary(raw: unknown): StoredSummary {
  const source = raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {}
  const parsed = summarySchema.safeParse({ kind: 'seed', basedOnVersion: null, ...source })
  return parsed.success ? parsed.data : { ...EMPTY_META, alternatives: {} }
}

const EMPTY_META: PlanMeta = {
  kind: 'seed',
  basedOnVersion: null,
  movedCount: 0,
  movedItemIds: [],
  why: [],
  scenario: { capacity: {}, removed: [] },
  unplanned: [],
  notes: [],
  balance: null,
}

/** The version's description without its per-item alternatives (the board reads those one card at a time). */
export function parseMeta(raw: unknown): PlanMeta {
  const source = raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {}
  const parsed = metaSchema.safeParse({ kind: 'seed', basedOnVersion: null, ...source })
  return parsed.success ? parsed.data : EMPTY_META
}

/** One item's next-best place from the stored summary, or null. */
export function parseAlternative(raw: unknown, itemId: string): Alternative | null {
  const alternatives = raw && typeof raw === 'object' && 'alternatives' in raw ? (raw as { alternatives: unknown }).alternatives : null
  const entry =
    alternatives && typeof alternatives === 'object' && Object.hasOwn(alternatives, itemId)
      ? (alternatives as Record<string, unknown>)[itemId]
      : undefined
  const parsed = alternativeSchema.safeParse(entry)
  return parsed.success ? parsed.data : null
}

/** Reasons are stored as a JSON array of strings; anything else reads as no reasons. */
export function parseReasons(raw: unknown): string[] {
  return Array.isArray(raw) ? raw.filter((r): r is string => typeof r === 'string') : []
}

const engineerSummarySchema = z.object({
  engineerId: z.string(),
  name: z.string().optional(),
  primaryType: z.enum(['orchestration', 'craft', 'hybrid']),
  preferredMode: z.enum(['orchestration', 'craft', 'hybrid']).nullable().optional(),
  capacityHours: z.number(),
  plannedHours: z.number(),
  hoursByMode: z.object({ orchestration: z.number(), craft: z.number(), hybrid: z.number() }),
  deepWorkShare: z.number(),
  warnings: z.array(z.string()).catch([]),
})

/** The per-engineer balance stored with a version (older plans lack names: they come from `names`). */
export function parseEngineerSummaries(raw: unknown, names: Readonly<Record<string, string>>): ColumnSummary[] {
  const list = raw && typeof raw === 'object' && 'engineers' in raw ? (raw as { engineers: unknown }).engineers : []
  if (!Array.isArray(list)) return []
  return list.flatMap((entry) => {
    const parsed = engineerSummarySchema.safeParse(entry)
    if (!parsed.success) return []
    const s = parsed.data
    return [{ ...s, name: s.name ?? names[s.engineerId] ?? 'Former member', preferredMode: s.preferredMode ?? null }]
  })
}
