import 'server-only'
import { githubIssuesPath, nextLink, parseGithubIssues, parseGithubUserSearch } from '@/lib/connectors/github'
import type { UpstreamIssue } from '@/lib/connectors/types'
import type { GithubScope } from '@/lib/schemas/connector'
import { callTracker, parsed, TrackerError } from './http'
import type { TrackerClient } from './tracker-client'

// GitHub's REST API over HTTP (docs/connectors/github.md): a token as Bearer, the versioned media
// type, pages followed by their Link header (only on the API's own host), and PATCH for assignees.

export type GithubConnection = { baseUrl: string; token: string; scope: GithubScope }

const MAX_PAGES = 200

export function githubClient(connection: GithubConnection): TrackerClient {
  const base = connection.baseUrl.replace(/\/+$/, '')
  const headers = {
    Authorization: `Bearer ${connection.token}`,
    Accept: 'application/vnd.github+json',
    'X-GitHub-Api-Version': '2022-11-28',
  }
  const call = (url: string, init: RequestInit = {}) => callTracker('github', url, { ...init, headers: { ...headers, ...init.headers } })
  return {
    async check() {
      await call(`${base}/repos/${connection.scope.repository}`)
    },
    async listIssues() {
      const issues: UpstreamIssue[] = []
      let url: string | null = `${base}${githubIssuesPath(connection.scope)}`
      for (let page = 0; url && page < MAX_PAGES; page++) {
        // The token goes only to the configured API: a Link pointing elsewhere is not followed.
        if (!url.startsWith(`${base}/`)) throw new TrackerError('malformed')
        const { body, headers: answer } = await call(url)
        issues.push(...parsed(() => parseGithubIssues(body, connection.scope.repository)))
        url = nextLink(answer.get('link'))
      }
      return issues
    },
    async findUser(email) {
      const { body } = await call(`${base}/search/users?${new URLSearchParams({ q: `${email} in:email` })}`)
      return parsed(() => parseGithubUserSearch(body))
    },
    async assign(upstreamId, userRef) {
      await call(`${base}/repos/${connection.scope.repository}/issues/${encodeURIComponent(upstreamId)}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ assignees: [userRef] }),
      })
    },
  }
}
