import { z } from 'zod'
import { parsePriority } from '../work-items/import'
import { MalformedResponseError, type UpstreamIssue } from './types'

// GitHub REST as Plural uses it (docs/connectors/github.md): a repository's issues with state=all,
// filtered by labels or milestone, 100 a page, following the Link header; pull requests (which the
// issues endpoint also lists) left out. GitHub has no priority or estimate field: labels such as
// "priority: high" and "estimate: 3" (story points) carry them where a team uses them.

export const GITHUB_PAGE_SIZE = 100

export function githubIssuesPath(scope: { repository: string; labels: string; milestone: string }) {
  const params = new URLSearchParams({ state: 'all', per_page: String(GITHUB_PAGE_SIZE) })
  if (scope.labels) params.set('labels', scope.labels)
  if (scope.milestone) params.set('milestone', scope.milestone)
  return `/repos/${scope.repository}/issues?${params}`
}

/** The rel="next" address of a Link header (RFC 8288), or null on the last page. */
export function nextLink(link: string | null): string | null {
  for (const part of (link ?? '').split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim())
    if (match && match[2].split(/\s+/).includes('next')) return match[1]
  }
  return null
}

const label = z.union([z.string(), z.object({ name: z.string() })])
const issueSchema = z.object({
  number: z.number(),
  title: z.string(),
  body: z.string().nullish(),
  state: z.enum(['open', 'closed']),
  labels: z.array(label),
  pull_request: z.unknown().optional(),
})

const PRIORITY_LABEL = /^priority[:\s/-]+(.+)$/i
const ESTIMATE_LABEL = /^(?:estimate|points?)[:\s/-]+(\d+(?:\.\d+)?)$/i

export function parseGithubIssues(body: unknown, repository: string): UpstreamIssue[] {
  const issues = z.array(issueSchema).safeParse(body)
  if (!issues.success) throw new MalformedResponseError(`GitHub issues page: ${issues.error.issues[0]?.message ?? 'unexpected shape'}`)
  return issues.data
    .filter((issue) => issue.pull_request === undefined)
    .map((issue): UpstreamIssue => {
      const labels = issue.labels.map((l) => (typeof l === 'string' ? l : l.name))
      const priority = labels.map((l) => PRIORITY_LABEL.exec(l)?.[1]).find(Boolean)
      const points = labels.map((l) => ESTIMATE_LABEL.exec(l)?.[1]).find(Boolean)
      return {
        externalKey: `${repository}#${issue.number}`,
        upstreamId: String(issue.number),
        title: issue.title,
        description: issue.body ?? '',
        issueType: null,
        labels,
        priority: (priority && parsePriority(priority)) || 2,
        estimate: points ? { value: Number(points), unit: 'points' } : null,
        status: issue.state === 'closed' ? 'DONE' : 'TODO',
      }
    })
}

const userSearchSchema = z.object({ total_count: z.number(), items: z.array(z.object({ login: z.string() })) })

/** GET /search/users?q=<e-mail> in:email finds users whose public e-mail it is; only a single match counts. */
export function parseGithubUserSearch(body: unknown): string | null {
  const result = userSearchSchema.safeParse(body)
  if (!result.success) throw new MalformedResponseError('GitHub user search: unexpected shape')
  return result.data.total_count === 1 && result.data.items.length === 1 ? result.data.items[0].login : null
}
