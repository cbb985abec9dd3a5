import { z } from 'zod'
import { parsePriority } from '../work-items/import'
import { MalformedResponseError, type IssuePage, type UpstreamIssue, type UpstreamStatus } from './types'

// Jira Cloud REST v3, enhanced JQL search (GET /rest/api/3/search/jql; the startAt search was retired
// in 2025). docs/connectors/jira.md lists the endpoints and fields with Atlassian's references.

/** Jira's team-managed projects keep "Story point estimate" here; company-managed sites name theirs in the scope. */
export const DEFAULT_STORY_POINTS_FIELD = 'customfield_10016'
/** Jira Cloud returns at most 100 issues per page when fields are requested. */
export const JIRA_PAGE_SIZE = 100

export const jiraFieldsFor = (storyPointsField: string) =>
  ['summary', 'description', 'issuetype', 'labels', 'priority', 'timeoriginalestimate', 'status', storyPointsField].join(',')

/** The query string of one search page; `nextPageToken` is absent on the first. */
export function jiraSearchParams(jql: string, storyPointsField: string, nextPageToken: string | null) {
  const params = new URLSearchParams({ jql, fields: jiraFieldsFor(storyPointsField), maxResults: String(JIRA_PAGE_SIZE) })
  if (nextPageToken) params.set('nextPageToken', nextPageToken)
  return params
}

const named = z.object({ name: z.string() }).nullish()

const issueSchema = z.object({
  id: z.string(),
  key: z.string(),
  fields: z
    .object({
      summary: z.string(),
      description: z.unknown().optional(),
      issuetype: named,
      labels: z.array(z.string()).nullish(),
      priority: named,
      timeoriginalestimate: z.number().nullish(),
      status: z.object({ statusCategory: z.object({ key: z.string() }).nullish() }).nullish(),
    })
    .catchall(z.unknown()),
})

const searchPageSchema = z.object({
  issues: z.array(issueSchema),
  // Jira leaves the token out of the last page (JRACLOUD-92184) instead of sending null; isLast says it too.
  nextPageToken: z.string().nullish(),
  isLast: z.boolean().optional(),
})

/** Atlassian Document Format → plain text: the text nodes in order, a line break after each block. */
export function adfToText(node: unknown): string {
  if (typeof node === 'string') return node
  if (!node || typeof node !== 'object') return ''
  const { type, text, content } = node as { type?: unknown; text?: unknown; content?: unknown }
  if (typeof text === 'string') return text
  if (type === 'hardBreak') return '\n'
  const inner = Array.isArray(content) ? content.map(adfToText).join('') : ''
  const isBlock = type === 'paragraph' || type === 'heading' || type === 'listItem' || type === 'codeBlock' || type === 'blockquote'
  return isBlock ? `${inner.trimEnd()}\n` : inner
}

const STATUS_BY_CATEGORY: Record<string, UpstreamStatus> = { new: 'TODO', indeterminate: 'IN_PROGRESS', done: 'DONE' }

/** One page of the enhanced search, or MalformedResponseError when the body is not the documented shape. */
export function parseJiraSearchPage(body: unknown, storyPointsField: string): IssuePage<string> {
  const page = searchPageSchema.safeParse(body)
  if (!page.success) throw new MalformedResponseError(`Jira search page: ${page.error.issues[0]?.message ?? 'unexpected shape'}`)
  const issues = page.data.issues.map((issue): UpstreamIssue => {
    const f = issue.fields
    const points = f[storyPointsField]
    const estimate =
      typeof points === 'number' && points > 0
        ? { value: points, unit: 'points' as const }
        : f.timeoriginalestimate
          ? { value: f.timeoriginalestimate, unit: 'seconds' as const }
          : null
    return {
      externalKey: issue.key,
      upstreamId: issue.key,
      title: f.summary,
      description: adfToText(f.description).trim(),
      issueType: f.issuetype?.name ?? null,
      labels: f.labels ?? [],
      priority: parsePriority(f.priority?.name ?? '') ?? 2,
      estimate,
      status: STATUS_BY_CATEGORY[f.status?.statusCategory?.key ?? 'new'] ?? 'TODO',
    }
  })
  const next = page.data.isLast === true ? null : (page.data.nextPageToken ?? null)
  return { issues, next }
}

const userSchema = z.array(z.object({ accountId: z.string(), emailAddress: z.string().nullish() }))

/**
 * GET /rest/api/3/user/search?query=<e-mail> matches display names too, and hides e-mails by privacy
 * setting: only a user whose visible address is the one asked for counts, or the only user found.
 */
export function parseJiraUserSearch(body: unknown, email: string): string | null {
  const users = userSchema.safeParse(body)
  if (!users.success) throw new MalformedResponseError('Jira user search: unexpected shape')
  const exact = users.data.find((u) => u.emailAddress?.toLowerCase() === email.toLowerCase())
  if (exact) return exact.accountId
  return users.data.length === 1 && !users.data[0].emailAddress ? users.data[0].accountId : null
}
