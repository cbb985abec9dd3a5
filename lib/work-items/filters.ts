import { z } from 'zod'
import { exportFormatField } from '@/lib/schemas/export'
import { ITEM_STATUSES } from '@/lib/schemas/work-item'
import { MODES, WORK_TYPES } from '../core/work-types'

/**
 * The work-item list's filters, sort and page, as they travel in the URL. Parsing never fails:
 * a bad or hand-edited parameter is dropped (or falls back to the default) so a shared link
 * always opens a list.
 *
 * `assignee` matches an item pinned to that member OR assigned to them in the published plan of
 * the item's sprint (see lib/db/work-items/reads.ts), so it answers "what is on Ada's plate".
 * `sprint` is a sprint id or 'backlog' (items in no sprint). `flagged=true` keeps the items a tracker
 * sync flagged.
 */

const SORT_KEYS = ['created', 'updated', 'title', 'priority', 'hours', 'type', 'status'] as const
export type SortKey = (typeof SORT_KEYS)[number]
export const PAGE_SIZES = [25, 50, 100, 200] as const

const text = (max: number) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined), z.string().max(max).optional()).catch(undefined)
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), z.enum(values).optional()).catch(undefined)

const workItemFilterSchema = z.object({
  q: text(200),
  type: oneOf(WORK_TYPES),
  mode: oneOf(MODES),
  status: oneOf(ITEM_STATUSES),
  assignee: text(64),
  sprint: text(64),
  label: text(40),
  /** Only synced items edited here while upstream changed them too (decision 0073). */
  flagged: z.preprocess((v) => (v === 'true' || v === 'on' ? true : undefined), z.literal(true).optional()).catch(undefined),
  sort: z.enum(SORT_KEYS).catch('created'),
  dir: z.enum(['asc', 'desc']).catch('desc'),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  size: z.coerce
    .number()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
    .catch(50),
})
export type WorkItemFilter = z.infer<typeof workItemFilterSchema>

/** GET /api/export/work-items: the list's filters (forgiving, as above) plus the format, which is not: a bad one is refused. */
export const workItemExportQuerySchema = workItemFilterSchema.extend({ format: exportFormatField })

type SearchParams = Record<string, string | string[] | undefined>

/** Next's searchParams → a filter; repeated parameters keep their first value. */
export function parseWorkItemFilter(params: SearchParams): WorkItemFilter {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]))
  return workItemFilterSchema.parse(flat)
}

/** The assignee and sprint boxes pick an id; they also send the text shown in them (`assigneeText`, `sprintText`). */
const PICK_FIELDS = ['assignee', 'sprint'] as const
export type PickField = (typeof PICK_FIELDS)[number]
const typedText = z.preprocess((v) => (typeof v === 'string' ? v.trim() : undefined), z.string().max(100).optional()).catch(undefined)

/**
 * The text in the assignee and sprint boxes when the form was sent. Without JavaScript nobody picks a
 * match, so the text is what says who or which sprint. Absent (a link): the id alone counts; empty:
 * the box was cleared.
 */
export function parseTypedPicks(params: SearchParams): Partial<Record<PickField, string>> {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)
  return Object.fromEntries(
    PICK_FIELDS.map((field) => [field, typedText.parse(first(params[`${field}Text`]))]).filter(([, v]) => v !== undefined),
  )
}

/** The assignee or sprint filter as the list applies it: its value, the text its box shows, and why typed text picked nothing. */
export type FilterPick = { value?: string; label?: string; problem?: string }

/** What typed text picks among the server's matches: the one whose label it is (any case), else the only match; otherwise why none. */
export function pickFromText(text: string, matches: Suggestion[], noun: string): { pick: Suggestion } | { problem: string } {
  const same = matches.filter((m) => m.label.toLowerCase() === text.toLowerCase())
  if (same.length === 1) return { pick: same[0] }
  if (matches.length === 1) return { pick: matches[0] }
  if (matches.length === 0) return { problem: `No ${noun} matches “${text}”.` }
  return { problem: `“${text}” matches more than one ${noun}: type more of the name, or pick one from the list.` }
}

const DEFAULTS: Partial<Record<keyof WorkItemFilter, string | number>> = { sort: 'created', dir: 'desc', page: 1, size: 50 }

/** The URL query for a filter with some values changed; defaults are left out to keep links short. */
export function filterQuery(filter: WorkItemFilter, changes: Partial<WorkItemFilter> = {}): string {
  const merged = { ...filter, ...changes }
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(merged) as [keyof WorkItemFilter, string | number | undefined][]) {
    if (value === undefined || DEFAULTS[key] === value) continue
    params.set(key, String(value))
  }
  const query = params.toString()
  return query ? `?${query}` : ''
}

/** Whether any narrowing filter is set (drives the empty state's wording). */
export const hasFilters = (f: WorkItemFilter) =>
  Boolean(f.q || f.type || f.mode || f.status || f.assignee || f.sprint || f.label || f.flagged)

/** The list's filter comboboxes ask the server for a few matches: which field, and the text typed so far. */
const SUGGEST_FIELDS = ['assignee', 'sprint', 'label'] as const
export const suggestQuerySchema = z.object({
  field: z.enum(SUGGEST_FIELDS),
  q: z.string().trim().max(100).default(''),
})
export type SuggestField = (typeof SUGGEST_FIELDS)[number]
/** One match: the value the filter puts in the URL and the text people see. */
export type Suggestion = { value: string; label: string }
