import 'server-only'
import { parseJiraSearchPage, parseJiraUserSearch, jiraSearchParams } from '@/lib/connectors/jira'
import type { UpstreamIssue } from '@/lib/connectors/types'
import type { JiraScope } from '@/lib/schemas/connector'
import { callTracker, parsed } from './http'
import type { TrackerClient } from './tracker-client'

// Jira Cloud REST v3 over HTTP (docs/connectors/jira.md): Basic auth with the account e-mail and an
// API token, the enhanced JQL search page by page, user search by e-mail and the assignee endpoint.

export type JiraConnection = { baseUrl: string; account: string; token: string; scope: JiraScope }

/** Pages are followed until Jira says it is the last; a runaway token chain stops at this many issues. */
const MAX_ISSUES = 20_000

export function jiraClient(connection: JiraConnection): TrackerClient {
  const base = connection.baseUrl.replace(/\/+$/, '')
  const headers = {
    Authorization: `Basic ${Buffer.from(`${connection.account}:${connection.token}`).toString('base64')}`,
    Accept: 'application/json',
  }
  const get = (path: string) => callTracker('jira', `${base}${path}`, { headers })
  return {
    async check() {
      await get('/rest/api/3/myself')
    },
    async listIssues() {
      const issues: UpstreamIssue[] = []
      let token: string | null = null
      do {
        const params = jiraSearchParams(connection.scope.jql, connection.scope.storyPointsField, token)
        const { body } = await get(`/rest/api/3/search/jql?${params}`)
        const page = parsed(() => parseJiraSearchPage(body, connection.scope.storyPointsField))
        issues.push(...page.issues)
        token = page.next
      } while (token && issues.length < MAX_ISSUES)
      return issues
    },
    async findUser(email) {
      const { body } = await get(`/rest/api/3/user/search?${new URLSearchParams({ query: email })}`)
      return parsed(() => parseJiraUserSearch(body, email))
    },
    async assign(upstreamId, userRef) {
      await callTracker('jira', `${base}/rest/api/3/issue/${encodeURIComponent(upstreamId)}/assignee`, {
        method: 'PUT',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify({ accountId: userRef }),
      })
    },
  }
}
