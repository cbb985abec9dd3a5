import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listConnections } from '@/lib/db/connectors/connections'
import { createTrackerConnection } from '@/lib/server/connectors/manage'
import { syncConnection } from '@/lib/server/connectors/sync'
import { createTestOrg, type TestOrg } from '../../support/factories'
import { GITHUB_TOKEN, startGithubStandIn, type GithubIssueSeed } from '../../support/trackers/github-stand-in'
import { countItems, editLocally, itemByKey } from './helpers'

// The GitHub connector on a smaller set: 150 issues with the "plural" label over 2 pages, pull requests
// and other labels left out, a milestone filter, a re-sync after upstream changes, GitHub's exhausted
// rate limit (403 with x-ratelimit-remaining 0) and a 429 honoured, a revoked token.

const REPO = 'acme/shop'
const seeds: GithubIssueSeed[] = Array.from({ length: 170 }, (_, i) => ({
  number: i + 1,
  title: i % 2 ? `Update the README for module ${i + 1}` : `Optimise the pricing hot path ${i + 1}`,
  labels: i < 150 ? ['plural', ...(i % 10 === 0 ? ['estimate: 3', 'priority: high'] : [])] : ['other'],
  milestone: i < 5 ? 7 : undefined,
  pullRequest: i >= 160,
}))
// 150 labelled issues; ten of the unlabelled 20 are pull requests.

let org: TestOrg
let github: Awaited<ReturnType<typeof startGithubStandIn>>
let connectionId: string
const owner = () => org.members.OWNER.userId
const connect = async (labels: string, milestone: string) =>
  (
    await createTrackerConnection(org.orgId, owner(), {
      kind: 'GITHUB',
      name: `GitHub ${labels || milestone}`,
      baseUrl: github.url,
      token: GITHUB_TOKEN,
      repository: REPO,
      labels,
      milestone,
      pointsToHours: 4,
      defaultHours: 2,
    })
  ).id

beforeAll(async () => {
  org = await createTestOrg()
  github = await startGithubStandIn(REPO, seeds)
  connectionId = await connect('plural', '')
})
afterAll(() => github.close())

describe('GitHub sync', () => {
  it('syncs the labelled issues over 2 pages, with estimate and priority labels read', async () => {
    const outcome = await syncConnection(org.orgId, owner(), connectionId)
    expect(outcome).toMatchObject({ status: 'ok', counts: { created: 150 } })
    expect(github.requests.filter((r) => r.path.includes('/issues?'))).toHaveLength(2)
    expect(await countItems(org.orgId)).toBe(150)
    expect(await itemByKey(org.orgId, 'acme/shop#1')).toMatchObject({ hours: 12, priority: 3, type: 'PERFORMANCE_CRITICAL' })
    expect(await itemByKey(org.orgId, 'acme/shop#2')).toMatchObject({ hours: 2, priority: 2, type: 'DOCUMENTATION' })
  })

  it('after upstream changes updates 3, closes 1 and flags the locally edited item', async () => {
    for (const n of [3, 4, 5]) github.issues.get(n)!.labels!.push('estimate: 5')
    github.issues.get(6)!.state = 'closed'
    await editLocally(org.orgId, 'acme/shop#8', { title: 'Our README task' })
    github.issues.get(8)!.title = 'Update the README for module 8 again'
    const outcome = await syncConnection(org.orgId, owner(), connectionId)
    expect(outcome.counts).toMatchObject({ created: 0, updated: 3, closed: 1, flagged: 1 })
    expect(await itemByKey(org.orgId, 'acme/shop#6')).toMatchObject({ status: 'DONE', syncedItem: { upstreamState: 'closed' } })
    expect(await itemByKey(org.orgId, 'acme/shop#8')).toMatchObject({
      title: 'Our README task',
      syncedItem: { pending: { title: 'Update the README for module 8 again' } },
    })
  })

  it('waits out an exhausted rate limit and a 429, and a milestone scope reads only its issues', async () => {
    github.failNext(/issues$/, {
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000)) },
    })
    github.failNext(/issues$/, { status: 429, headers: { 'Retry-After': '1' } })
    const started = Date.now()
    expect((await syncConnection(org.orgId, owner(), connectionId)).status).toBe('ok')
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000)
    const milestone = await connect('', '7')
    const outcome = await syncConnection(org.orgId, owner(), milestone)
    expect(github.requests.at(-1)?.path).toContain('milestone=7')
    expect(outcome.counts).toEqual({ created: 0, updated: 0, closed: 0, flagged: 0, unchanged: 0 })
  })

  it('a plain 403, a missing repository and a malformed page are reported; a revoked token asks to reconnect', async () => {
    github.failNext(/issues$/, { status: 403, body: '{"message":"Resource not accessible by integration"}' })
    expect((await syncConnection(org.orgId, owner(), connectionId)).status).toBe('forbidden')
    github.failNext(/issues$/, { status: 404, body: '{"message":"Not Found"}' })
    expect((await syncConnection(org.orgId, owner(), connectionId)).status).toBe('not-found')
    github.failNext(/issues$/, { status: 200, body: '{"message":"not a list"}' })
    expect((await syncConnection(org.orgId, owner(), connectionId)).status).toBe('malformed')
    github.revokeToken()
    expect((await syncConnection(org.orgId, owner(), connectionId)).status).toBe('unauthorized')
    const shown = (await listConnections(org.orgId)).find((c) => c.id === connectionId)
    expect(shown).toMatchObject({ lastSyncStatus: 'unauthorized' })
    expect(JSON.stringify(shown)).not.toContain(GITHUB_TOKEN)
  })
})
