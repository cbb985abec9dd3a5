import { importRowSchema, type ColumnMapping, type ImportOptions, type ImportRow } from '@/lib/schemas/import'
import type { ItemStatus } from '@/lib/schemas/work-item'
import { suggestWorkType } from './classify'
import { CsvError, readCsv, type UnreadableRecord } from './csv'
import { toHours } from './estimate-units'
import { detectMapping, type ImportFormat } from './import-mapping'
import { WORK_TYPE_LABELS, WORK_TYPES, type WorkType } from '../core/work-types'

/**
 * Turns CSV records into work items, checking every row. The browser runs it for the preview and
 * the server runs it again before writing (the server never trusts the preview). Row numbers
 * count the header as row 1, like a spreadsheet; blank lines are skipped.
 */

type TypeSource = 'file' | 'suggested' | 'chosen'
export type PreparedRow = ImportRow & { row: number; typeSource: TypeSource; typeReason: string | null; rawType: string }
/** `needsType`: the row has no usable work type, so the preview offers a picker for it. */
export type RowError = { row: number; message: string; needsType: boolean }
type PreparedImport = { header: string[]; format: ImportFormat; rows: PreparedRow[]; errors: RowError[] }

const normalise = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '')
const TYPE_NAMES = new Map<string, WorkType>(
  WORK_TYPES.flatMap(
    (t) =>
      [
        [normalise(t), t],
        [normalise(WORK_TYPE_LABELS[t]), t],
      ] as [string, WorkType][],
  ),
)

/** "SECURITY_AUTH", "Security & auth" or "security-auth" → SECURITY_AUTH; anything else → null. */
export const parseWorkType = (raw: string): WorkType | null => TYPE_NAMES.get(normalise(raw)) ?? null

const PRIORITY_NAMES: Record<string, number> = {
  urgent: 4,
  highest: 4,
  critical: 4,
  blocker: 4,
  p0: 4,
  p1: 4,
  high: 3,
  major: 3,
  p2: 3,
  medium: 2,
  normal: 2,
  nopriority: 2,
  none: 2,
  p3: 2,
  low: 1,
  lowest: 1,
  minor: 1,
  trivial: 1,
  p4: 1,
}

/** Jira / Linear names or 1-4 (low..urgent); blank → Medium (2); anything else → null (an error). */
export function parsePriority(raw: string): number | null {
  const value = raw.trim()
  if (value === '') return 2
  if (/^[1-4]$/.test(value)) return Number(value)
  return PRIORITY_NAMES[normalise(value)] ?? null
}

const DONE = new Set(['done', 'closed', 'resolved', 'completed', 'complete', 'canceled', 'cancelled'])
const STARTED = new Set(['inprogress', 'inreview', 'started', 'review', 'doing', 'active'])

export function parseStatus(raw: string): ItemStatus {
  const value = normalise(raw)
  if (DONE.has(value)) return 'DONE'
  if (STARTED.has(value)) return 'IN_PROGRESS'
  return 'TODO'
}

/** Labels from one or more cells, split on , ; or | (exports differ), trimmed and de-duplicated. */
export const parseLabels = (cells: readonly string[]) => [
  ...new Set(
    cells
      .flatMap((c) => c.split(/[,;|]/))
      .map((l) => l.trim())
      .filter(Boolean),
  ),
]

/** "3", "3.5" or "3,5" → a number; blank → null; anything else → NaN. */
function parseNumber(raw: string): number | null {
  const value = raw.trim()
  if (value === '') return null
  const normalised = value.includes('.') ? value : value.replace(',', '.')
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN
}

function hoursOf(raw: string, options: ImportOptions, problems: string[]): number {
  const n = parseNumber(raw)
  if (n === null) {
    if (options.defaultHours !== null) return options.defaultHours
    problems.push('the estimate is empty (set default hours in the preview, or fill it in)')
    return 0
  }
  if (Number.isNaN(n)) {
    problems.push(`the estimate “${raw.trim()}” is not a number`)
    return 0
  }
  return toHours(n, options.estimateUnit, options)
}

type TypeHints = { overrides?: Readonly<Record<string, WorkType>>; suggested?: Readonly<Record<string, WorkType>> }
type Suggest = (title: string, description: string) => ReturnType<typeof suggestWorkType>

function convertRecord(
  record: readonly string[],
  row: number,
  mapping: ColumnMapping,
  options: ImportOptions,
  hints: TypeHints = {},
  suggest: Suggest = suggestWorkType,
): { error: RowError } | { row: PreparedRow } {
  const cell = (index: number | null) => (index === null ? '' : (record[index] ?? ''))
  const problems: string[] = []
  const title = cell(mapping.title).trim()
  const description = cell(mapping.description).trim()
  const rawType = cell(mapping.type).trim()
  const override = hints.overrides?.[String(row)]
  let type: WorkType | null = override ?? parseWorkType(rawType)
  let typeSource: TypeSource = override ? 'chosen' : 'file'
  let typeReason: string | null = null
  let needsType = false
  const accepted = hints.suggested?.[String(row)]
  if (!type && accepted) {
    type = accepted
    typeSource = 'suggested'
  } else if (!type && title) {
    const suggestion = suggest(title, description)
    // A "not sure" suggestion (type null) is not applied: the preview asks a person to pick.
    if (suggestion?.type) {
      type = suggestion.type
      typeSource = 'suggested'
      typeReason = suggestion.reason
    } else {
      needsType = true
      problems.push(`no usable work type${rawType ? ` (“${rawType}”)` : ''} and none could be suggested; pick one in the preview`)
    }
  }
  const priority = parsePriority(cell(mapping.priority))
  if (priority === null) problems.push(`the priority “${cell(mapping.priority).trim()}” is not 1–4 or a name like High`)
  const candidate = {
    title,
    description,
    externalKey: cell(mapping.key).trim() || null,
    type: type ?? WORK_TYPES[0],
    hours: hoursOf(cell(mapping.estimate), options, problems),
    priority: priority ?? 2,
    labels: parseLabels(mapping.labels.map((i) => record[i] ?? '')),
    status: parseStatus(cell(mapping.status)),
  }
  const parsed = importRowSchema.safeParse(candidate)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      // Our own checks above already explained a bad estimate; do not repeat it.
      if (issue.path[0] === 'hours' && problems.some((p) => p.startsWith('the estimate'))) continue
      problems.push(issue.message)
    }
  }
  if (problems.length > 0) return { error: { row, message: `Row ${row}: ${problems.join('; ')}.`, needsType } }
  return { row: { ...candidate, row, typeSource, typeReason, rawType } satisfies PreparedRow }
}

/**
 * Converts every data record; each bad row is reported once, with all of its reasons. A record the
 * parser could not read (`unreadable`, indexed with the header as 0) is reported as the parser put it.
 */
export function convertRecords(
  records: readonly string[][],
  mapping: ColumnMapping,
  options: ImportOptions,
  hints: TypeHints = {},
  unreadable: readonly UnreadableRecord[] = [],
) {
  const rows: PreparedRow[] = []
  const errors: RowError[] = []
  const keys = new Map<string, number>()
  // Exports often repeat titles (sub-tasks, templates); classify each distinct text once.
  const memo = new Map<string, ReturnType<typeof suggestWorkType>>()
  const suggest: Suggest = (title, description) => {
    const key = `${title}\u0000${description}`
    if (!memo.has(key)) memo.set(key, suggestWorkType(title, description))
    return memo.get(key) ?? null
  }
  const unreadableRows = new Map(unreadable.map((u) => [u.index + 1, u.message]))
  records.forEach((record, index) => {
    const rowNumber = index + 2
    const unreadableMessage = unreadableRows.get(rowNumber)
    if (unreadableMessage) return errors.push({ row: rowNumber, message: unreadableMessage, needsType: false })
    const result = convertRecord(record, rowNumber, mapping, options, hints, suggest)
    if ('error' in result) return errors.push(result.error)
    const converted = result.row
    const key = converted.externalKey
    const first = key === null ? undefined : keys.get(key)
    if (first !== undefined)
      return errors.push({
        row: rowNumber,
        message: `Row ${rowNumber}: the key “${key}” is also on row ${first}; keys must be unique.`,
        needsType: false,
      })
    if (key !== null) keys.set(key, rowNumber)
    rows.push(converted)
  })
  return { rows, errors }
}

export type Suggestion = { type: WorkType; reason: string }

/**
 * The classifier's suggestion for every row whose type column is missing or unusable, keyed by
 * row number. The preview computes this once per file and mapping, then sends the accepted ones.
 */
export function suggestTypes(records: readonly string[][], mapping: ColumnMapping): Map<string, Suggestion> {
  const out = new Map<string, Suggestion>()
  const memo = new Map<string, Suggestion | null>()
  records.forEach((record, index) => {
    const cell = (i: number | null) => (i === null ? '' : (record[i] ?? '').trim())
    const title = cell(mapping.title)
    if (!title || parseWorkType(cell(mapping.type))) return
    const description = cell(mapping.description)
    const key = `${title}\u0000${description}`
    if (!memo.has(key)) {
      const s = suggestWorkType(title, description)
      memo.set(key, s?.type ? { type: s.type, reason: s.reason } : null)
    }
    const suggestion = memo.get(key)
    if (suggestion) out.set(String(index + 2), suggestion)
  })
  return out
}

/**
 * CSV text → header, data records and the records that could not be read (each in its row's slot).
 * Throws CsvError for a file that is not a CSV, or whose header row cannot be read.
 */
export function readImportFile(csv: string) {
  const {
    records: [header = [], ...records],
    unreadable,
  } = readCsv(csv)
  const brokenHeader = unreadable.find((u) => u.index === 0)
  if (brokenHeader) throw new CsvError(`${brokenHeader.message} The header row must be readable to match the columns.`)
  return { header, records, unreadable }
}

/** CSV text → header, format and converted rows; throws CsvError for a file that is not a CSV. */
export function prepareImport(csv: string, mapping: ColumnMapping | null, options: ImportOptions, hints: TypeHints = {}): PreparedImport {
  const { header, records, unreadable } = readImportFile(csv)
  const detected = detectMapping(header)
  const used = mapping ?? detected.mapping
  if (used.title === null) {
    return {
      header,
      format: detected.format,
      rows: [],
      errors: [{ row: 1, message: 'Row 1: no column is mapped to the title; choose the title column.', needsType: false }],
    }
  }
  return { header, format: detected.format, ...convertRecords(records, used, options, hints, unreadable) }
}
