import { startStandIn, type StandInRequest, type StandInReply } from './stand-in'

// Linear's GraphQL endpoint as Plural uses it (docs/connectors/linear.md): POST /graphql with a personal
// API key in Authorization, the operations Plural sends (Viewer, TeamIssues, CycleIssues, UserByEmail,
// AssignIssue) with first/after cursors and pageInfo, and errors as Linear sends them: HTTP 400 with
// extensions.code AUTHENTICATION_ERROR for a bad key.

export const LINEAR_KEY = 'lin_api_stand_in_key_never_log_me'

export type LinearIssueSeed = {
  identifier: string
  title: string
  labels?: string[]
  priority?: number
  estimate?: number | null
  state?: 'backlog' | 'unstarted' | 'started' | 'completed' | 'canceled'
  cycleId?: string
}
export type LinearUser = { id: string; email: string }

const graphqlError = (code: string, message: string): StandInReply => ({
  status: 400,
  body: { errors: [{ message, extensions: { code } }] },
})

export async function startLinearStandIn(teamId: string, seeds: LinearIssueSeed[], users: LinearUser[] = [], pageSize = 100) {
  const issues = new Map(seeds.map((s) => [s.identifier, s]))
  const assignees = new Map<string, string>()
  const state = { key: LINEAR_KEY }
  const idOf = (s: LinearIssueSeed) => `uuid-${s.identifier}`

  function page(list: LinearIssueSeed[], first: number, after: string | null) {
    const start = after ? Number(after.replace('cursor-', '')) : 0
    const slice = list.slice(start, start + first)
    const end = start + slice.length
    return {
      nodes: slice.map((s) => ({
        id: idOf(s),
        identifier: s.identifier,
        title: s.title,
        description: null,
        priority: s.priority ?? 0,
        estimate: s.estimate ?? null,
        labels: { nodes: (s.labels ?? []).map((name) => ({ name })) },
        state: { type: s.state ?? 'unstarted' },
      })),
      pageInfo: { hasNextPage: end < list.length, endCursor: slice.length ? `cursor-${end}` : null },
    }
  }

  const handle = (r: StandInRequest): StandInReply => {
    if (r.method !== 'POST' || r.url.pathname !== '/graphql') return { status: 404, body: 'Not found' }
    if (r.authorization !== state.key) return graphqlError('AUTHENTICATION_ERROR', 'Authentication required, not authenticated')
    const request = r.body as { operationName?: string; query?: string; variables?: Record<string, string | null> }
    const vars = request.variables ?? {}
    // Linear caps `first` at 250; the stand-in pages by the smaller of that and its own page size.
    const first = Math.min(pageSize, Number(/issues\(first: (\d+)/.exec(request.query ?? '')?.[1] ?? 50))
    switch (request.operationName) {
      case 'Viewer':
        return { status: 200, body: { data: { viewer: { id: 'viewer' } } } }
      case 'TeamIssues':
        return {
          status: 200,
          body: { data: { team: vars.id === teamId ? { issues: page([...issues.values()], first, vars.after ?? null) } : null } },
        }
      case 'CycleIssues': {
        const inCycle = [...issues.values()].filter((s) => s.cycleId === vars.id)
        return { status: 200, body: { data: { cycle: inCycle.length ? { issues: page(inCycle, first, vars.after ?? null) } : null } } }
      }
      case 'UserByEmail':
        return {
          status: 200,
          body: { data: { users: { nodes: users.filter((u) => u.email.toLowerCase() === String(vars.email).toLowerCase()) } } },
        }
      case 'AssignIssue': {
        const issue = [...issues.values()].find((s) => idOf(s) === vars.id)
        if (!issue) return graphqlError('INVALID_INPUT', 'Entity not found: Issue')
        assignees.set(issue.identifier, String(vars.assigneeId))
        return { status: 200, body: { data: { issueUpdate: { success: true } } } }
      }
      default:
        return graphqlError('GRAPHQL_VALIDATION_FAILED', `Unknown operation ${request.operationName}`)
    }
  }

  const server = await startStandIn(handle)
  return {
    ...server,
    graphqlUrl: `${server.url}/graphql`,
    issues,
    assignees,
    revokeKey() {
      state.key = 'revoked'
    },
  }
}
