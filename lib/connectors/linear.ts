import { z } from 'zod'
import { MalformedResponseError, type IssuePage, type SyncFailure, type UpstreamIssue, type UpstreamStatus } from './types'

// Linear's GraphQL API (POST https://api.linear.app/graphql) as Plural uses it: a team's or a cycle's
// issues 100 at a time with first/after and pageInfo, users by e-mail, and issueUpdate for write-back.
// docs/connectors/linear.md lists the operations and fields with Linear's references.

export const LINEAR_PAGE_SIZE = 100

const ISSUE_FIELDS = 'id identifier title description priority estimate labels { nodes { name } } state { type }'
const connection = `issues(first: ${LINEAR_PAGE_SIZE}, after: $after) { nodes { ${ISSUE_FIELDS} } pageInfo { hasNextPage endCursor } }`

/** The GraphQL request for one page: a cycle's issues when the scope names a cycle, else the team's. */
export function linearIssuesRequest(scope: { teamId: string; cycleId: string }, after: string | null) {
  return scope.cycleId
    ? {
        operationName: 'CycleIssues',
        query: `query CycleIssues($id: String!, $after: String) { cycle(id: $id) { ${connection} } }`,
        variables: { id: scope.cycleId, after },
      }
    : {
        operationName: 'TeamIssues',
        query: `query TeamIssues($id: String!, $after: String) { team(id: $id) { ${connection} } }`,
        variables: { id: scope.teamId, after },
      }
}

export const linearViewerRequest = { operationName: 'Viewer', query: 'query Viewer { viewer { id } }', variables: {} }

export const linearUserRequest = (email: string) => ({
  operationName: 'UserByEmail',
  query: 'query UserByEmail($email: String!) { users(filter: { email: { eq: $email } }) { nodes { id email } } }',
  variables: { email },
})

export const linearAssignRequest = (issueId: string, assigneeId: string) => ({
  operationName: 'AssignIssue',
  query: 'mutation AssignIssue($id: String!, $assigneeId: String) { issueUpdate(id: $id, input: { assigneeId: $assigneeId }) { success } }',
  variables: { id: issueId, assigneeId },
})

const errorsSchema = z.object({
  errors: z.array(z.object({ message: z.string().optional(), extensions: z.object({ code: z.string().optional() }).optional() })),
})

const FAILURE_BY_CODE: Record<string, SyncFailure> = {
  AUTHENTICATION_ERROR: 'unauthorized',
  FORBIDDEN: 'forbidden',
  RATELIMITED: 'rate-limited',
}

/** What a GraphQL error answer means for the sync (Linear sends them with 200 or 400); null when there is none. */
export function linearFailureOf(body: unknown): SyncFailure | null {
  const parsed = errorsSchema.safeParse(body)
  if (!parsed.success || parsed.data.errors.length === 0) return null
  const codes = parsed.data.errors.map((e) => e.extensions?.code ?? '')
  return codes.map((code) => FAILURE_BY_CODE[code]).find(Boolean) ?? 'unavailable'
}

const issueSchema = z.object({
  id: z.string(),
  identifier: z.string(),
  title: z.string(),
  description: z.string().nullish(),
  priority: z.number(),
  estimate: z.number().nullish(),
  labels: z.object({ nodes: z.array(z.object({ name: z.string() })) }),
  state: z.object({ type: z.string() }),
})
const issuesSchema = z.object({
  nodes: z.array(issueSchema),
  pageInfo: z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullish() }),
})
const pageSchema = z.object({
  data: z.object({ team: z.object({ issues: issuesSchema }).nullish(), cycle: z.object({ issues: issuesSchema }).nullish() }),
})

/** Linear's 0 = no priority, 1 = urgent … 4 = low, on Plural's 1 (low) … 4 (urgent). */
const PRIORITY: Record<number, number> = { 0: 2, 1: 4, 2: 3, 3: 2, 4: 1 }
const STATUS_BY_STATE: Record<string, UpstreamStatus> = { started: 'IN_PROGRESS', completed: 'DONE', canceled: 'DONE' }

/** One page, null when the team or cycle does not exist (Linear answers null for an unknown id). */
export function parseLinearIssuesPage(body: unknown): IssuePage<string> | null {
  const page = pageSchema.safeParse(body)
  if (!page.success) throw new MalformedResponseError(`Linear issues page: ${page.error.issues[0]?.message ?? 'unexpected shape'}`)
  const issues = (page.data.data.team ?? page.data.data.cycle)?.issues
  if (!issues) return null
  return {
    issues: issues.nodes.map((issue): UpstreamIssue => ({
      externalKey: issue.identifier,
      upstreamId: issue.id,
      title: issue.title,
      description: issue.description ?? '',
      issueType: null,
      labels: issue.labels.nodes.map((l) => l.name),
      priority: PRIORITY[issue.priority] ?? 2,
      estimate: issue.estimate ? { value: issue.estimate, unit: 'points' } : null,
      status: STATUS_BY_STATE[issue.state.type] ?? 'TODO',
    })),
    next: issues.pageInfo.hasNextPage ? (issues.pageInfo.endCursor ?? null) : null,
  }
}

const usersSchema = z.object({ data: z.object({ users: z.object({ nodes: z.array(z.object({ id: z.string(), email: z.string() })) }) }) })

export function parseLinearUser(body: unknown, email: string): string | null {
  const users = usersSchema.safeParse(body)
  if (!users.success) throw new MalformedResponseError('Linear users: unexpected shape')
  return users.data.data.users.nodes.find((u) => u.email.toLowerCase() === email.toLowerCase())?.id ?? null
}
