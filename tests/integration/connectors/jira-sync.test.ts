import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '@/lib/db/client'
import { exportOrganization } from '@/lib/db/accounts/organization-data'
import { listConnections, updateTypeMapping } from '@/lib/db/connectors/connections'
import { createTrackerConnection } from '@/lib/server/connectors/manage'
import { syncConnection } from '@/lib/server/connectors/sync'
import { createTestOrg, type TestOrg } from '../../support/factories'
import { countItems, editLocally, itemByKey as itemOf } from './helpers'
import { JIRA_ACCOUNT, JIRA_TOKEN, startJiraStandIn, type JiraIssueSeed } from '../../support/trackers/jira-stand-in'

// Acceptance for the Jira connector: 250 issues over 3 pages, a re-sync after upstream changes, a 429
// honoured, a revoked token shown as "reconnect", and the failures the contract lists.

const TITLES = [
  ['Fix OAuth login redirect loop', 'SECURITY_AUTH'],
  ['Optimise the pricing hot path', 'PERFORMANCE_CRITICAL'],
  ['Terraform module for the event queues', 'INFRASTRUCTURE'],
  ['Update the README', 'DOCUMENTATION'],
  ['Scaffold CRUD pages for vendors', 'CRUD_SCAFFOLDING'],
] as const

/** Every fifth issue is a Spike (mapped by issue type), every seventh carries the "security" label (mapped). */
function seed(i: number): JiraIssueSeed {
  const n = i + 1
  return {
    key: `PROJ-${n}`,
    summary: `${TITLES[i % 5][0]} ${n}`,
    issueType: n % 5 === 0 ? 'Spike' : 'Story',
    labels: n % 7 === 0 ? ['security'] : ['backend'],
    priority: ['Low', 'Medium', 'High', 'Highest'][i % 4],
    // A third in story points, a third in Original Estimate seconds, a third unestimated.
    storyPoints: n % 3 === 0 ? (n % 4) + 1 : null,
    originalEstimateSeconds: n % 3 === 1 ? 3600 * ((n % 6) + 1) + 1800 : null,
    description: `Issue number ${n}`,
  }
}

const expectedHours = (s: JiraIssueSeed) =>
  s.storyPoints ? s.storyPoints * 3 : s.originalEstimateSeconds ? s.originalEstimateSeconds / 3600 : 5
const expectedType = (s: JiraIssueSeed, i: number) =>
  s.issueType === 'Spike' ? 'NOVEL_PROBLEM' : s.labels?.includes('security') ? 'SECURITY_AUTH' : TITLES[i % 5][1]

let org: TestOrg
let jira: Awaited<ReturnType<typeof startJiraStandIn>>
let connectionId: string
const seeds = Array.from({ length: 250 }, (_, i) => seed(i))
const owner = () => org.members.OWNER.userId
const items = () => prisma.workItem.findMany({ where: { organizationId: org.orgId }, include: { syncedItem: true } })
const itemByKey = (key: string) => itemOf(org.orgId, key)
const searches = () => jira.requests.filter((r) => r.path.startsWith('/rest/api/3/search/jql')).length

beforeAll(async () => {
  org = await createTestOrg()
  jira = await startJiraStandIn(seeds)
  ;({ id: connectionId } = await createTrackerConnection(org.orgId, owner(), {
    kind: 'JIRA',
    name: 'Jira PROJ',
    baseUrl: jira.url,
    account: JIRA_ACCOUNT,
    token: JIRA_TOKEN,
    jql: 'project = PROJ ORDER BY key',
    storyPointsField: 'customfield_10016',
    pointsToHours: 3,
    defaultHours: 5,
  }))
  await updateTypeMapping(org.orgId, owner(), connectionId, [
    { upstream: 'spike', type: 'NOVEL_PROBLEM' },
    { upstream: 'Security', type: 'SECURITY_AUTH' },
  ])
})
afterAll(() => jira.close())

describe('Jira sync', () => {
  it('syncs 250 issues over 3 pages into 250 items with hours by the stated factor and mapped or classified types', async () => {
    const outcome = await syncConnection(org.orgId, owner(), connectionId)
    expect(outcome).toMatchObject({ status: 'ok', counts: { created: 250, updated: 0, closed: 0, flagged: 0 } })
    expect(searches()).toBe(3)
    const synced = await items()
    expect(synced).toHaveLength(250)
    const byKey = new Map(synced.map((item) => [item.externalKey, item]))
    seeds.forEach((s, i) => {
      const item = byKey.get(s.key)
      expect({ key: s.key, hours: item?.hours, type: item?.type }).toEqual({
        key: s.key,
        hours: expectedHours(s),
        type: expectedType(s, i),
      })
    })
    expect(byKey.get('PROJ-4')).toMatchObject({ priority: 4, description: 'Issue number 4', labels: ['backend'], status: 'TODO' })
  })

  it('a second sync without upstream changes changes nothing', async () => {
    const before = await prisma.workItem.findMany({ where: { organizationId: org.orgId }, select: { id: true, updatedAt: true } })
    const outcome = await syncConnection(org.orgId, owner(), connectionId)
    expect(outcome.counts).toEqual({ created: 0, updated: 0, closed: 0, flagged: 0, unchanged: 250 })
    const after = await prisma.workItem.findMany({ where: { organizationId: org.orgId }, select: { id: true, updatedAt: true } })
    expect(after).toEqual(before)
  })

  it('after upstream changes updates 3, closes 1 and flags the locally edited item without overwriting it', async () => {
    for (const key of ['PROJ-10', 'PROJ-11', 'PROJ-12']) jira.issues.get(key)!.summary += ' (renamed)'
    jira.issues.get('PROJ-20')!.statusCategory = 'done'
    await editLocally(org.orgId, 'PROJ-30', { hours: 13 })
    jira.issues.get('PROJ-30')!.storyPoints = 8

    const outcome = await syncConnection(org.orgId, owner(), connectionId)
    expect(outcome.counts).toMatchObject({ created: 0, updated: 3, closed: 1, flagged: 1 })
    expect((await itemByKey('PROJ-11')).title).toBe('Fix OAuth login redirect loop 11 (renamed)')
    expect(await itemByKey('PROJ-20')).toMatchObject({ status: 'DONE', syncedItem: { upstreamState: 'closed' } })
    const flagged = await itemByKey('PROJ-30')
    expect(flagged.hours).toBe(13)
    expect(flagged.syncedItem).toMatchObject({ pending: { hours: 24 } })
    expect(flagged.syncedItem?.flaggedAt).toBeInstanceOf(Date)
    expect((await listConnections(org.orgId))[0]).toMatchObject({ lastSyncStatus: 'ok', flagged: 1 })
  })

  it('an issue deleted upstream is marked done and deleted; the flag is not counted again', async () => {
    jira.issues.delete('PROJ-40')
    const outcome = await syncConnection(org.orgId, owner(), connectionId)
    expect(outcome.counts).toMatchObject({ created: 0, updated: 0, closed: 1, flagged: 0 })
    expect(await itemByKey('PROJ-40')).toMatchObject({ status: 'DONE', syncedItem: { upstreamState: 'deleted' } })
  })

  it('a 429 is retried after the Retry-After it names', async () => {
    jira.failNext(/search\/jql/, { status: 429, headers: { 'Retry-After': '1' }, body: '{"errorMessages":["Rate limit exceeded"]}' })
    const before = jira.requests.length
    const outcome = await syncConnection(org.orgId, owner(), connectionId)
    expect(outcome.status).toBe('ok')
    const [limited, retried] = jira.requests.slice(before)
    expect(limited.path).toBe(retried.path)
    expect(retried.at - limited.at).toBeGreaterThanOrEqual(1000)
  })

  it('a 5xx is retried; a body that is not Jira’s shape, a 403 and a 404 are reported as such', async () => {
    jira.failNext(/search\/jql/, { status: 503 })
    expect((await syncConnection(org.orgId, owner(), connectionId)).status).toBe('ok')
    jira.failNext(/search\/jql/, { status: 200, body: '<html>Gateway login</html>' })
    expect((await syncConnection(org.orgId, owner(), connectionId)).status).toBe('malformed')
    jira.failNext(/search\/jql/, { status: 200, body: '{"issues":[{"key":7}]}' })
    expect((await syncConnection(org.orgId, owner(), connectionId)).status).toBe('malformed')
    jira.failNext(/search\/jql/, { status: 403, body: '{"errorMessages":["No permission"]}' })
    expect((await syncConnection(org.orgId, owner(), connectionId)).status).toBe('forbidden')
    jira.failNext(/search\/jql/, { status: 404, body: '{"errorMessages":["No project"]}' })
    expect((await syncConnection(org.orgId, owner(), connectionId)).status).toBe('not-found')
    expect(await countItems(org.orgId)).toBe(250)
  })

  it('a revoked token leaves the connection asking to reconnect, and never shows the token', async () => {
    jira.revokeToken()
    const outcome = await syncConnection(org.orgId, owner(), connectionId)
    expect(outcome.status).toBe('unauthorized')
    const [connection] = await listConnections(org.orgId)
    expect(connection).toMatchObject({ lastSyncStatus: 'unauthorized', lastSyncMessage: expect.stringMatching(/reconnect/i) })
    expect(JSON.stringify(connection)).not.toContain(JIRA_TOKEN)
    expect(connection).not.toHaveProperty('credential')
    const stored = await prisma.trackerConnection.findFirstOrThrow({ where: { id: connectionId } })
    expect(stored.credential).not.toContain(JIRA_TOKEN)
    const exported = await exportOrganization(org.orgId)
    expect(exported.trackerConnections).toEqual([expect.objectContaining({ id: connectionId, kind: 'JIRA', name: 'Jira PROJ' })])
    expect(exported.syncedItems).toHaveLength(250)
    const text = JSON.stringify(exported)
    expect(text).not.toContain(JIRA_TOKEN)
    expect(text).not.toContain(stored.credential)
  })
})
