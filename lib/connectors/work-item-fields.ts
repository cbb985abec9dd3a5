import type { WorkType } from '../core/work-types'
import { suggestWorkType } from '../work-items/classify'
import { roundHours, toHours, DEFAULT_HOURS_PER_DAY } from '../work-items/estimate-units'
import type { TypeMappingRow, UpstreamEstimate, UpstreamIssue, UpstreamStatus } from './types'

// An upstream issue as the work item fields a sync owns. The rules, stated once for settings and the
// contract documents: hours = Original Estimate seconds ÷ 3,600, or story points × the connection's
// hours per point, or the connection's default hours when there is no estimate; the type comes from
// the mapping table (issue type first, then labels in order), then from the classifier.

/** The work item fields a sync writes; a local change to any of them is an edit the sync must respect. */
export interface SyncedFields {
  title: string
  description: string
  type: WorkType
  hours: number
  priority: number
  labels: string[]
  status: UpstreamStatus
}

export const SYNCED_FIELD_NAMES = ['title', 'description', 'type', 'hours', 'priority', 'labels', 'status'] as const
export type SyncedFieldName = (typeof SYNCED_FIELD_NAMES)[number]

export type FieldOptions = { typeMapping: readonly TypeMappingRow[]; pointsToHours: number; defaultHours: number }

/** Work items carry 0 < hours ≤ 1,000 (lib/schemas/work-item.ts). */
const MAX_HOURS = 1000
const MAX_TITLE = 200
const MIN_TITLE = 3
const MAX_DESCRIPTION = 20_000
const MAX_LABELS = 20
const MAX_LABEL = 40

export function hoursOf(estimate: UpstreamEstimate | null, options: Pick<FieldOptions, 'pointsToHours' | 'defaultHours'>): number {
  if (!estimate || !(estimate.value > 0)) return options.defaultHours
  const hours = toHours(estimate.value, estimate.unit, { pointsToHours: options.pointsToHours, hoursPerDay: DEFAULT_HOURS_PER_DAY })
  // A few seconds round to 0 hours, which a work item cannot have: the smallest step stands in.
  return Math.min(MAX_HOURS, Math.max(0.01, roundHours(hours)))
}

export type TypeSource = 'mapping' | 'classifier'

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase()

/**
 * The mapping table decides first (the issue type, then each label in order); otherwise the classifier's
 * suggestion, or when it is not sure its likeliest type, or, with no evidence at all, a novel problem:
 * work nobody could describe is planned as work that needs thought.
 */
export function typeOf(issue: Pick<UpstreamIssue, 'issueType' | 'labels' | 'title' | 'description'>, mapping: readonly TypeMappingRow[]) {
  for (const name of [issue.issueType, ...issue.labels]) {
    const row = name === null ? undefined : mapping.find((m) => sameName(m.upstream, name))
    if (row) return { type: row.type, source: 'mapping' as TypeSource }
  }
  const suggestion = suggestWorkType(issue.title, issue.description)
  const type = suggestion?.type ?? suggestion?.alternatives[0]?.type ?? 'NOVEL_PROBLEM'
  return { type, source: 'classifier' as TypeSource }
}

/** Titles must be 3-200 characters: a shorter one is prefixed with its key, a longer one cut with an ellipsis. */
function titleOf(issue: UpstreamIssue) {
  const title = issue.title.trim().replace(/\s+/g, ' ')
  const full = title.length < MIN_TITLE ? `${issue.externalKey} ${title}`.trim() : title
  return full.length > MAX_TITLE ? `${full.slice(0, MAX_TITLE - 1)}…` : full
}

function labelsOf(labels: readonly string[]) {
  const kept = labels.map((l) => l.trim().slice(0, MAX_LABEL)).filter((l) => l !== '')
  return [...new Set(kept)].slice(0, MAX_LABELS)
}

export function toSyncedFields(issue: UpstreamIssue, options: FieldOptions): SyncedFields {
  return {
    title: titleOf(issue),
    description: issue.description.slice(0, MAX_DESCRIPTION),
    type: typeOf(issue, options.typeMapping).type,
    hours: hoursOf(issue.estimate, options),
    priority: Math.min(4, Math.max(1, Math.round(issue.priority))),
    labels: labelsOf(issue.labels),
    status: issue.status,
  }
}
