import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listConnections } from '@/lib/db/connectors/connections'
import { createTrackerConnection } from '@/lib/server/connectors/manage'
import { syncConnection } from '@/lib/server/connectors/sync'
import { createTestOrg, type TestOrg } from '../../support/factories'
import { LINEAR_KEY, startLinearStandIn, type LinearIssueSeed } from '../../support/trackers/linear-stand-in'
import { countItems, editLocally, itemByKey } from './helpers'

// The Linear connector on a smaller set: 30 issues of a team over 3 pages of 10, a cycle's issues, a
// re-sync after upstream changes, Linear's RATELIMITED answer and a 429 honoured, a revoked key.

const TEAM = 'team-eng'
const seeds: LinearIssueSeed[] = Array.from({ length: 30 }, (_, i) => ({
  identifier: `ENG-${i + 1}`,
  title: i % 2 ? `Write unit tests for the billing service ${i + 1}` : `Terraform module for the event queues ${i + 1}`,
  labels: i % 10 === 0 ? ['spike'] : [],
  priority: i % 5,
  estimate: i % 3 === 0 ? null : (i % 4) + 1,
  state: i % 7 === 0 ? 'started' : 'unstarted',
  cycleId: i < 8 ? 'cycle-1' : undefined,
}))

let org: TestOrg
let linear: Awaited<ReturnType<typeof startLinearStandIn>>
const owner = () => org.members.OWNER.userId
const connect = async (cycleId = '', teamId = TEAM, into = org) =>
  (
    await createTrackerConnection(into.orgId, into.members.OWNER.userId, {
      kind: 'LINEAR',
      name: `Linear ${cycleId || teamId}`,
      baseUrl: linear.graphqlUrl,
      token: LINEAR_KEY,
      teamId,
      cycleId,
      pointsToHours: 2,
      defaultHours: 3,
    })
  ).id
let teamConnection: string

beforeAll(async () => {
  org = await createTestOrg()
  linear = await startLinearStandIn(TEAM, seeds, [], 10)
  teamConnection = await connect()
})
afterAll(() => linear.close())

describe('Linear sync', () => {
  it('syncs a team’s 30 issues over 3 pages with estimates × hours per point, priorities and states', async () => {
    const outcome = await syncConnection(org.orgId, owner(), teamConnection)
    expect(outcome).toMatchObject({ status: 'ok', counts: { created: 30 } })
    expect(linear.requests.filter((r) => r.method === 'POST')).toHaveLength(3)
    expect(await countItems(org.orgId)).toBe(30)
    expect(await itemByKey(org.orgId, 'ENG-2')).toMatchObject({ hours: 4, priority: 4, type: 'TEST_GENERATION', status: 'TODO' })
    expect(await itemByKey(org.orgId, 'ENG-1')).toMatchObject({ hours: 3, priority: 2, type: 'INFRASTRUCTURE', status: 'IN_PROGRESS' })
  })

  it('after upstream changes updates 3, closes 1 and flags the locally edited item', async () => {
    for (const id of ['ENG-3', 'ENG-4', 'ENG-5']) linear.issues.get(id)!.estimate = 8
    linear.issues.get('ENG-6')!.state = 'canceled'
    await editLocally(org.orgId, 'ENG-9', { title: 'Our own title' })
    linear.issues.get('ENG-9')!.title = 'Terraform module for the event queues, renamed'
    const outcome = await syncConnection(org.orgId, owner(), teamConnection)
    expect(outcome.counts).toMatchObject({ created: 0, updated: 3, closed: 1, flagged: 1 })
    expect(await itemByKey(org.orgId, 'ENG-4')).toMatchObject({ hours: 16 })
    expect(await itemByKey(org.orgId, 'ENG-9')).toMatchObject({
      title: 'Our own title',
      syncedItem: { pending: { title: 'Terraform module for the event queues, renamed' } },
    })
  })

  it('waits out Linear’s RATELIMITED answer and a 429, then finishes', async () => {
    linear.failNext(/graphql/, {
      status: 400,
      headers: { 'x-ratelimit-requests-reset': String(Date.now() + 300) },
      body: JSON.stringify({ errors: [{ message: 'Rate limit exceeded', extensions: { code: 'RATELIMITED' } }] }),
    })
    linear.failNext(/graphql/, { status: 429, headers: { 'Retry-After': '1' } })
    const started = Date.now()
    expect((await syncConnection(org.orgId, owner(), teamConnection)).status).toBe('ok')
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000)
  })

  it('reads only a cycle’s issues when the connection names one, and reports an unknown team or a malformed body', async () => {
    const other = await createTestOrg()
    const cycle = await connect('cycle-1', TEAM, other)
    expect((await syncConnection(other.orgId, other.members.OWNER.userId, cycle)).counts).toMatchObject({ created: 8 })
    expect(await countItems(other.orgId)).toBe(8)
    expect((await syncConnection(org.orgId, owner(), await connect('', 'team-unknown'))).status).toBe('not-found')
    linear.failNext(/graphql/, { status: 200, body: '{"data":{"team":{"issues":{"nodes":"many"}}}}' })
    expect((await syncConnection(org.orgId, owner(), teamConnection)).status).toBe('malformed')
  })

  it('a revoked key asks to reconnect', async () => {
    linear.revokeKey()
    expect((await syncConnection(org.orgId, owner(), teamConnection)).status).toBe('unauthorized')
    const shown = (await listConnections(org.orgId)).find((c) => c.id === teamConnection)
    expect(shown).toMatchObject({ lastSyncStatus: 'unauthorized' })
    expect(JSON.stringify(shown)).not.toContain(LINEAR_KEY)
  })
})
