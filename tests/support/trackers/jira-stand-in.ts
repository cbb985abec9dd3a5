import { startStandIn, type StandInRequest, type StandInReply } from './stand-in'

// Jira Cloud REST v3 as Plural uses it (docs/connectors/jira.md): Basic auth with e-mail and API token,
// GET /rest/api/3/search/jql with nextPageToken/isLast (maxResults capped at 100 when fields are asked
// for), GET /rest/api/3/myself, GET /rest/api/3/user/search and PUT /rest/api/3/issue/{key}/assignee.

export const JIRA_ACCOUNT = 'sync-bot@plural.test'
export const JIRA_TOKEN = 'jira-api-token-do-not-leak-1234'
export const STORY_POINTS_FIELD = 'customfield_10016'

export type JiraIssueSeed = {
  key: string
  summary: string
  issueType: string
  labels?: string[]
  priority?: string
  storyPoints?: number | null
  originalEstimateSeconds?: number | null
  statusCategory?: 'new' | 'indeterminate' | 'done'
  description?: string
}
export type JiraUser = { accountId: string; emailAddress: string; displayName: string }

const adf = (text: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })

function issueJson(seed: JiraIssueSeed, index: number, assignee: string | undefined) {
  return {
    id: String(10_000 + index),
    key: seed.key,
    self: `https://stand-in/rest/api/3/issue/${10_000 + index}`,
    fields: {
      summary: seed.summary,
      description: seed.description ? adf(seed.description) : null,
      issuetype: { name: seed.issueType },
      labels: seed.labels ?? [],
      priority: seed.priority ? { name: seed.priority } : null,
      timeoriginalestimate: seed.originalEstimateSeconds ?? null,
      status: { name: seed.statusCategory === 'done' ? 'Done' : 'To Do', statusCategory: { key: seed.statusCategory ?? 'new' } },
      [STORY_POINTS_FIELD]: seed.storyPoints ?? null,
      assignee: assignee ? { accountId: assignee } : null,
    },
  }
}

export async function startJiraStandIn(seeds: JiraIssueSeed[], users: JiraUser[] = []) {
  const issues = new Map(seeds.map((s) => [s.key, s]))
  const assignees = new Map<string, string>()
  const state = { token: JIRA_TOKEN }
  const authorised = (r: StandInRequest) => r.authorization === `Basic ${Buffer.from(`${JIRA_ACCOUNT}:${state.token}`).toString('base64')}`

  const handle = (r: StandInRequest): StandInReply => {
    if (!authorised(r)) return { status: 401, body: { errorMessages: ['You are not authenticated.'], errors: {} } }
    const path = r.url.pathname
    if (r.method === 'GET' && path === '/rest/api/3/myself') return { status: 200, body: { accountId: 'bot', emailAddress: JIRA_ACCOUNT } }
    if (r.method === 'GET' && path === '/rest/api/3/search/jql') {
      const max = Math.min(100, Number(r.url.searchParams.get('maxResults') ?? 50))
      const token = r.url.searchParams.get('nextPageToken')
      const start = token ? Number(Buffer.from(token, 'base64url').toString()) : 0
      const all = [...issues.values()]
      const page = all.slice(start, start + max).map((s, i) => issueJson(s, start + i, assignees.get(s.key)))
      const isLast = start + max >= all.length
      return {
        status: 200,
        body: { issues: page, isLast, ...(isLast ? {} : { nextPageToken: Buffer.from(String(start + max)).toString('base64url') }) },
      }
    }
    if (r.method === 'GET' && path === '/rest/api/3/user/search') {
      const query = (r.url.searchParams.get('query') ?? '').toLowerCase()
      return {
        status: 200,
        body: users.filter((u) => u.emailAddress.toLowerCase() === query || u.displayName.toLowerCase().includes(query)),
      }
    }
    const assign = /^\/rest\/api\/3\/issue\/([^/]+)\/assignee$/.exec(path)
    if (r.method === 'PUT' && assign) {
      const key = decodeURIComponent(assign[1])
      if (!issues.has(key))
        return { status: 404, body: { errorMessages: ['Issue does not exist or you do not have permission to see it.'] } }
      const accountId = (r.body as { accountId?: unknown } | undefined)?.accountId
      if (typeof accountId !== 'string') return { status: 400, body: { errorMessages: ['accountId is required'] } }
      assignees.set(key, accountId)
      return { status: 204 }
    }
    return { status: 404, body: { errorMessages: ['Not found'] } }
  }

  const server = await startStandIn(handle)
  return {
    ...server,
    issues,
    assignees,
    /** Revokes the token the connection holds: every call answers 401 from now on. */
    revokeToken() {
      state.token = 'rotated-token'
    },
  }
}
