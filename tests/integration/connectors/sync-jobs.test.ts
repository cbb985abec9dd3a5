import PgBoss from 'pg-boss'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { syncConnectionAction } from '@/app/(app)/settings/connectors/actions'
import { syncStateOf } from '@/lib/connectors/schedule'
import { prisma } from '@/lib/db/client'
import { listConnections, updateConnectionSettings } from '@/lib/db/connectors/connections'
import { stopJobQueue } from '@/lib/db/jobs/queue'
import { env } from '@/lib/env'
import { createTrackerConnection } from '@/lib/server/connectors/manage'
import { queueDueSyncs, requestConnectionSync, runConnectionSyncJob } from '@/lib/server/connectors/sync-jobs'
import { startWorker } from '@/lib/server/jobs'
import { createTestOrg, signInAs, type TestOrg } from '../../support/factories'
import { JIRA_ACCOUNT, JIRA_TOKEN, startJiraStandIn, type JiraIssueSeed } from '../../support/trackers/jira-stand-in'
import { ok } from '../work-items/helpers'
import { countItems } from './helpers'

// Syncs run as connector.sync jobs: "Sync now" queues one and settings follows it (queued, running,
// the result); one sync per connection waits and one runs, whatever the clicks and workers; the
// connector.schedule job queues the connections whose schedule is due.

const seeds: JiraIssueSeed[] = Array.from({ length: 250 }, (_, i) => ({ key: `SYN-${i + 1}`, summary: `Task ${i + 1}`, issueType: 'Task' }))
const HOUR = 3_600_000

let org: TestOrg
let jira: Awaited<ReturnType<typeof startJiraStandIn>>
let connectionId: string
let secondWorker: PgBoss | null = null
const owner = () => org.members.OWNER.userId
const connection = async () => (await listConnections(org.orgId)).find((c) => c.id === connectionId)!
const searches = () => jira.requests.filter((r) => r.path.startsWith('/rest/api/3/search/jql'))

async function until(done: () => Promise<boolean>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the sync job')
    await new Promise((r) => setTimeout(r, 100))
  }
}
const synced = async (after: Date) => ((await connection()).lastSyncAt?.getTime() ?? 0) > after.getTime()
const stateNow = async () => syncStateOf(await connection(), new Date())

beforeAll(async () => {
  org = await createTestOrg()
  jira = await startJiraStandIn(seeds)
  ;({ id: connectionId } = await createTrackerConnection(org.orgId, owner(), {
    kind: 'JIRA',
    name: 'Jira SYN',
    baseUrl: jira.url,
    account: JIRA_ACCOUNT,
    token: JIRA_TOKEN,
    jql: 'project = SYN',
    storyPointsField: 'customfield_10016',
    pointsToHours: 4,
    defaultHours: 2,
  }))
})
afterAll(async () => {
  await secondWorker?.stop({ graceful: false, wait: true })
  await stopJobQueue()
  await jira.close()
})

describe('tracker syncs as jobs', () => {
  it('"Sync now" queues a job that settings shows as queued, and a second click while it waits adds nothing', async () => {
    await signInAs(org.members.OWNER)
    expect(ok(await syncConnectionAction({ connectionId }))).toEqual({ queued: true })
    expect(ok(await syncConnectionAction({ connectionId }))).toEqual({ queued: false })
    expect(await stateNow()).toBe('queued')
    expect(searches()).toHaveLength(0) // nothing ran yet: no worker in this process so far
  })

  it('a worker runs it: 250 items, the result recorded, the connection idle again', async () => {
    const before = new Date(0)
    await startWorker({ NODE_ENV: 'test' })
    await until(() => synced(before))
    expect(await countItems(org.orgId)).toBe(250)
    expect(await connection()).toMatchObject({ lastSyncStatus: 'ok', lastSyncCounts: { created: 250 } })
    expect(await stateNow()).toBe('idle')
    // The queued duplicate was never added, so exactly one run read the 3 pages.
    await new Promise((r) => setTimeout(r, 1_500))
    expect(searches()).toHaveLength(3)
  })

  it('a 429 in the job is retried after the Retry-After it names', async () => {
    jira.failNext(/search\/jql/, { status: 429, headers: { 'Retry-After': '2' }, body: '{"errorMessages":["Rate limit exceeded"]}' })
    const before = new Date()
    const from = jira.requests.length
    expect(await requestConnectionSync(org.orgId, owner(), connectionId)).toEqual({ queued: true })
    await until(() => synced(before))
    expect((await connection()).lastSyncStatus).toBe('ok')
    const [limited, retried] = jira.requests.slice(from)
    expect(limited.path).toBe(retried.path)
    expect(retried.at - limited.at).toBeGreaterThanOrEqual(2000)
  })

  it('never runs one connection twice at once, even with a second worker polling: a click during a run waits for it', async () => {
    secondWorker = new PgBoss({ connectionString: env().DATABASE_URL, schema: env().JOB_QUEUE_SCHEMA, max: 2 })
    await secondWorker.start()
    await secondWorker.work('connector.sync', { pollingIntervalSeconds: 1, batchSize: 1 }, async ([job]) => {
      await runConnectionSyncJob((job.data as { connectionId: string }).connectionId)
    })
    jira.load.latencyMs = 400
    jira.load.maxInFlight = 0
    const from = searches().length
    const before = new Date()
    expect(await requestConnectionSync(org.orgId, owner(), connectionId)).toEqual({ queued: true })
    await until(async () => (await stateNow()) === 'running')
    // One waits while one runs; a third request while both exist adds nothing.
    expect(await requestConnectionSync(org.orgId, owner(), connectionId)).toEqual({ queued: true })
    expect(await requestConnectionSync(org.orgId, owner(), connectionId)).toEqual({ queued: false })
    await until(async () => (await synced(before)) && (await stateNow()) === 'idle', 30_000)
    await new Promise((r) => setTimeout(r, 2_500))
    expect(await stateNow()).toBe('idle')
    expect(jira.load.maxInFlight).toBe(1)
    expect(searches().length - from).toBe(6) // two runs of 3 pages, one after the other
    jira.load.latencyMs = 0
  })

  it('the schedule queues a connection once per interval, and never one whose schedule is off', async () => {
    const now = new Date()
    expect(await queueDueSyncs(now)).toBe(0) // off
    await updateConnectionSettings(org.orgId, owner(), {
      connectionId,
      writeBack: false,
      pointsToHours: 4,
      defaultHours: 2,
      syncSchedule: 'hourly',
    })
    expect(await queueDueSyncs(new Date(now.getTime() + 30 * 60_000))).toBe(0) // synced less than an hour ago
    const later = new Date(now.getTime() + HOUR + 60_000)
    expect(await queueDueSyncs(later)).toBe(1)
    expect(await queueDueSyncs(later)).toBe(0) // queued counts as the last attempt
    await until(() => synced(now))
    const schedules = await prisma.$queryRawUnsafe<{ name: string; cron: string }[]>(
      `SELECT name, cron FROM "${env().JOB_QUEUE_SCHEMA}".schedule WHERE name = 'connector.schedule'`,
    )
    expect(schedules).toEqual([{ name: 'connector.schedule', cron: '*/5 * * * *' }])
  })

  it('a job whose connection was removed meanwhile does nothing', async () => {
    const other = await createTrackerConnection(org.orgId, owner(), {
      kind: 'JIRA',
      name: 'Jira gone',
      baseUrl: jira.url,
      account: JIRA_ACCOUNT,
      token: JIRA_TOKEN,
      jql: 'project = SYN',
      storyPointsField: 'customfield_10016',
      pointsToHours: 4,
      defaultHours: 2,
    })
    await prisma.trackerConnection.delete({ where: { id: other.id } })
    const from = jira.requests.length
    await expect(runConnectionSyncJob(other.id)).resolves.toBeUndefined()
    expect(jira.requests.length).toBe(from)
  })
})
