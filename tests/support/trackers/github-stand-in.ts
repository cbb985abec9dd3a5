import { startStandIn, type StandInRequest, type StandInReply } from './stand-in'

// GitHub's REST API as Plural uses it (docs/connectors/github.md): Bearer token, GET /repos/{o}/{r},
// GET /repos/{o}/{r}/issues with state, labels (all must match), milestone (number, * or none), per_page
// and page, a Link header to the next page, pull requests listed among issues (as GitHub does),
// GET /search/users by public e-mail and PATCH /repos/{o}/{r}/issues/{n} with assignees.

export const GITHUB_TOKEN = 'ghp_standInTokenThatMustNeverLeak0001'

export type GithubIssueSeed = {
  number: number
  title: string
  labels?: string[]
  milestone?: number
  state?: 'open' | 'closed'
  pullRequest?: boolean
}
export type GithubUser = { login: string; email: string }

export async function startGithubStandIn(repository: string, seeds: GithubIssueSeed[], users: GithubUser[] = []) {
  const issues = new Map(seeds.map((s) => [s.number, s]))
  const assignees = new Map<number, string[]>()
  const state = { token: GITHUB_TOKEN }
  let origin = ''

  function listIssues(url: URL): StandInReply {
    const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean)
    const milestone = url.searchParams.get('milestone')
    const wanted = url.searchParams.get('state') ?? 'open'
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30))
    const page = Number(url.searchParams.get('page') ?? 1)
    const matching = [...issues.values()].filter(
      (s) =>
        (wanted === 'all' || (s.state ?? 'open') === wanted) &&
        labels.every((l) => s.labels?.includes(l)) &&
        (milestone === null || milestone === '*'
          ? milestone !== '*' || s.milestone !== undefined
          : milestone === 'none'
            ? s.milestone === undefined
            : s.milestone === Number(milestone)),
    )
    const slice = matching.slice((page - 1) * perPage, page * perPage)
    const next = new URL(url.pathname + url.search, origin)
    next.searchParams.set('page', String(page + 1))
    return {
      status: 200,
      headers: page * perPage < matching.length ? { link: `<${next}>; rel="next"` } : {},
      body: slice.map((s) => ({
        id: 1000 + s.number,
        number: s.number,
        title: s.title,
        body: null,
        state: s.state ?? 'open',
        labels: (s.labels ?? []).map((name) => ({ name })),
        assignees: (assignees.get(s.number) ?? []).map((login) => ({ login })),
        ...(s.pullRequest ? { pull_request: { url: `${origin}/repos/${repository}/pulls/${s.number}` } } : {}),
      })),
    }
  }

  const handle = (r: StandInRequest): StandInReply => {
    if (r.authorization !== `Bearer ${state.token}`)
      return { status: 401, body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' } }
    const path = r.url.pathname
    const notFound = { status: 404, body: { message: 'Not Found' } }
    if (path === `/repos/${repository}` && r.method === 'GET') return { status: 200, body: { full_name: repository } }
    if (path === `/repos/${repository}/issues` && r.method === 'GET') return listIssues(r.url)
    if (path === '/search/users' && r.method === 'GET') {
      const email = (r.url.searchParams.get('q') ?? '').replace(/\s+in:email$/, '').toLowerCase()
      const found = users.filter((u) => u.email.toLowerCase() === email)
      return { status: 200, body: { total_count: found.length, incomplete_results: false, items: found.map((u) => ({ login: u.login })) } }
    }
    const patch = new RegExp(`^/repos/${repository}/issues/(\\d+)$`).exec(path)
    if (patch && r.method === 'PATCH') {
      const number = Number(patch[1])
      if (!issues.has(number)) return notFound
      assignees.set(number, (r.body as { assignees?: string[] }).assignees ?? [])
      return { status: 200, body: { number } }
    }
    return notFound
  }

  const server = await startStandIn(handle)
  origin = server.url
  return {
    ...server,
    issues,
    assignees,
    revokeToken() {
      state.token = 'revoked'
    },
  }
}
