import 'server-only'
import {
  linearAssignRequest,
  linearFailureOf,
  linearIssuesRequest,
  linearUserRequest,
  linearViewerRequest,
  parseLinearIssuesPage,
  parseLinearUser,
} from '@/lib/connectors/linear'
import type { UpstreamIssue } from '@/lib/connectors/types'
import type { LinearScope } from '@/lib/schemas/connector'
import { callTracker, parsed, TrackerError } from './http'
import type { TrackerClient } from './tracker-client'

// Linear's GraphQL API over HTTP (docs/connectors/linear.md): a personal API key in Authorization (no
// "Bearer"; that is for OAuth tokens), one POST per operation, failures read from the errors' codes.

export type LinearConnection = { baseUrl: string; token: string; scope: LinearScope }

const MAX_ISSUES = 20_000

export function linearClient(connection: LinearConnection): TrackerClient {
  const post = (request: object) =>
    callTracker(
      'linear',
      connection.baseUrl,
      { method: 'POST', headers: { Authorization: connection.token, 'Content-Type': 'application/json' }, body: JSON.stringify(request) },
      linearFailureOf,
    )
  return {
    async check() {
      await post(linearViewerRequest)
    },
    async listIssues() {
      const issues: UpstreamIssue[] = []
      let after: string | null = null
      do {
        const { body } = await post(linearIssuesRequest(connection.scope, after))
        const page = parsed(() => parseLinearIssuesPage(body))
        if (!page) throw new TrackerError('not-found')
        issues.push(...page.issues)
        after = page.next
      } while (after && issues.length < MAX_ISSUES)
      return issues
    },
    async findUser(email) {
      const { body } = await post(linearUserRequest(email))
      return parsed(() => parseLinearUser(body, email))
    },
    async assign(upstreamId, userRef) {
      await post(linearAssignRequest(upstreamId, userRef))
    },
  }
}
