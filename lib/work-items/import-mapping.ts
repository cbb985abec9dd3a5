import type { ColumnMapping, ImportOptions } from '@/lib/schemas/import'

/**
 * Recognises the header row of the exports managers actually have, so the preview opens with the
 * right columns picked. Matching ignores case, spaces and punctuation ("Issue key" = "issue_key").
 *   Jira:    Summary, Issue key, Issue Type, Priority, Story Points (or Original Estimate), Labels (repeated), Description
 *   Linear:  Title, ID, Estimate, Priority, Labels, Description
 *   Generic: title, type, estimate, priority, labels, key (+ description, status, hours)
 * Jira and Linear estimates are story points; a generic "estimate" or "hours" column is hours. Whether a
 * column holds Jira's seconds depends on its values too: lib/work-items/estimate-units.ts.
 */

export type ImportFormat = 'jira' | 'linear' | 'generic'
type DetectedMapping = { format: ImportFormat; mapping: ColumnMapping; estimateUnit: ImportOptions['estimateUnit'] }

export const normaliseHeader = (h: string) => h.toLowerCase().replace(/[^a-z0-9]+/g, '')

const find = (header: readonly string[], names: readonly string[]): number | null => {
  const normal = header.map(normaliseHeader)
  for (const name of names) {
    const at = normal.indexOf(normaliseHeader(name))
    if (at >= 0) return at
  }
  return null
}

const findAll = (header: readonly string[], names: readonly string[]) => {
  const wanted = new Set(names.map(normaliseHeader))
  return header.flatMap((h, i) => (wanted.has(normaliseHeader(h)) ? [i] : []))
}

function detectFormat(header: readonly string[]): ImportFormat {
  const has = (name: string) => find(header, [name]) !== null
  if (has('Summary') && (has('Issue key') || has('Issue Type'))) return 'jira'
  if (has('Title') && has('ID')) return 'linear'
  return 'generic'
}

export function detectMapping(header: readonly string[]): DetectedMapping {
  const format = detectFormat(header)
  const f = (...names: string[]) => find(header, names)
  if (format === 'jira') {
    return {
      format,
      estimateUnit: 'points',
      mapping: {
        title: f('Summary'),
        key: f('Issue key'),
        // A custom "Work Type" field beats Jira's Issue Type (Story, Bug), which is rarely one of ours.
        type: f('Work Type', 'Custom field (Work Type)', 'Issue Type'),
        // Story points first; a file without them may still have Jira's time tracking (in seconds).
        estimate: f(
          'Story Points',
          'Custom field (Story Points)',
          'Story point estimate',
          'Custom field (Story point estimate)',
          'Original Estimate',
        ),
        priority: f('Priority'),
        labels: findAll(header, ['Labels']),
        description: f('Description'),
        status: f('Status'),
      },
    }
  }
  if (format === 'linear') {
    return {
      format,
      estimateUnit: 'points',
      mapping: {
        title: f('Title'),
        key: f('ID'),
        type: f('Work Type', 'Type'),
        estimate: f('Estimate'),
        priority: f('Priority'),
        labels: findAll(header, ['Labels']),
        description: f('Description'),
        status: f('Status'),
      },
    }
  }
  const estimate = f('estimate', 'hours', 'estimate hours', 'points', 'story points')
  const pointsColumn = estimate !== null && ['points', 'storypoints'].includes(normaliseHeader(header[estimate]))
  return {
    format,
    estimateUnit: pointsColumn ? 'points' : 'hours',
    mapping: {
      title: f('title', 'summary', 'name'),
      key: f('key', 'external key', 'externalkey', 'id'),
      type: f('type', 'work type'),
      estimate,
      priority: f('priority'),
      labels: findAll(header, ['labels', 'label', 'tags']),
      description: f('description', 'body'),
      status: f('status', 'state'),
    },
  }
}
