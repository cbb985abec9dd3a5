import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolveFlaggedItemAction } from '@/app/(app)/work-items/actions'
import { prisma } from '@/lib/db/client'
import { listConnections } from '@/lib/db/connectors/connections'
import { getFlaggedSync } from '@/lib/db/connectors/synced-items'
import { listWorkItems } from '@/lib/db/work-items/list'
import { createTrackerConnection } from '@/lib/server/connectors/manage'
import { syncConnection } from '@/lib/server/connectors/sync'
import { parseWorkItemFilter } from '@/lib/work-items/filters'
import { createTestOrg, signInAs, type TestOrg } from '../../support/factories'
import { JIRA_ACCOUNT, JIRA_TOKEN, startJiraStandIn, type JiraIssueSeed } from '../../support/trackers/jira-stand-in'
import { ok } from '../work-items/helpers'
import { editLocally, itemByKey } from './helpers'

// Items a sync flagged (edited here while upstream changed the same field): the list filters and marks
// them, the connection counts them, and a manager settles each by taking the upstream values or
// keeping theirs, after which the same upstream values never flag it again.

const seeds: JiraIssueSeed[] = Array.from({ length: 5 }, (_, i) => ({
  key: `FLG-${i + 1}`,
  summary: `Build the export page ${i + 1}`,
  issueType: 'Story',
  storyPoints: 2,
}))

let org: TestOrg
let jira: Awaited<ReturnType<typeof startJiraStandIn>>
let connectionId: string
const owner = () => org.members.OWNER.userId
const sync = () => syncConnection(org.orgId, owner(), connectionId)
const flaggedKeys = async () =>
  (await listWorkItems(org.orgId, parseWorkItemFilter({ flagged: 'true', sort: 'title', dir: 'asc' }))).items.map((i) => i.externalKey)
const idOf = async (key: string) => (await itemByKey(org.orgId, key)).id

beforeAll(async () => {
  org = await createTestOrg()
  jira = await startJiraStandIn(seeds)
  ;({ id: connectionId } = await createTrackerConnection(org.orgId, owner(), {
    kind: 'JIRA',
    name: 'Jira FLG',
    baseUrl: jira.url,
    account: JIRA_ACCOUNT,
    token: JIRA_TOKEN,
    jql: 'project = FLG',
    storyPointsField: 'customfield_10016',
    pointsToHours: 4,
    defaultHours: 2,
  }))
  await sync()
  // FLG-2: hours edited here (12) while upstream re-estimated (5 points = 20 h).
  await editLocally(org.orgId, 'FLG-2', { hours: 12 })
  jira.issues.get('FLG-2')!.storyPoints = 5
  // FLG-3: renamed on both sides.
  await editLocally(org.orgId, 'FLG-3', { title: 'Export page, CSV only' })
  jira.issues.get('FLG-3')!.summary = 'Export page with PDF'
  expect((await sync()).counts).toMatchObject({ flagged: 2 })
  await signInAs(org.members.MANAGER)
})
afterAll(() => jira.close())

describe('flagged items', () => {
  it('the list filters and marks them, and the connection counts them', async () => {
    expect(await flaggedKeys()).toEqual(['FLG-2', 'FLG-3'])
    const all = await listWorkItems(org.orgId, parseWorkItemFilter({ sort: 'title', dir: 'asc' }))
    expect(all.items.map((i) => [i.externalKey, i.flagged])).toEqual([
      ['FLG-1', false],
      ['FLG-2', true],
      ['FLG-4', false],
      ['FLG-5', false],
      ['FLG-3', true],
    ])
    expect((await listConnections(org.orgId))[0].flagged).toBe(2)
    expect(await getFlaggedSync(org.orgId, await idOf('FLG-2'))).toMatchObject({ connectionName: 'Jira FLG', pending: { hours: 20 } })
    expect(await getFlaggedSync(org.orgId, await idOf('FLG-1'))).toBeNull()
  })

  it('taking upstream writes the waiting values and clears the flag', async () => {
    ok(await resolveFlaggedItemAction({ workItemId: await idOf('FLG-2'), take: 'upstream' }))
    const item = await itemByKey(org.orgId, 'FLG-2')
    expect(item.hours).toBe(20)
    expect(item.syncedItem).toMatchObject({ pending: null, flaggedAt: null, synced: expect.objectContaining({ hours: 20 }) })
    expect(await flaggedKeys()).toEqual(['FLG-3'])
    const audit = await prisma.auditEvent.findFirst({ where: { organizationId: org.orgId, action: 'connector.flag-resolved' } })
    expect(audit).toMatchObject({ targetId: item.id, data: { take: 'upstream', fields: ['hours'] } })
  })

  it('keeping mine leaves the local value; the next sync keeps it and flags nothing until upstream changes again', async () => {
    ok(await resolveFlaggedItemAction({ workItemId: await idOf('FLG-3'), take: 'local' }))
    expect(await flaggedKeys()).toEqual([])
    expect((await sync()).counts).toMatchObject({ flagged: 0, updated: 0 })
    expect((await itemByKey(org.orgId, 'FLG-3')).title).toBe('Export page, CSV only')
    jira.issues.get('FLG-3')!.summary = 'Export page with PDF and XLSX'
    expect((await sync()).counts).toMatchObject({ flagged: 1 })
    expect((await itemByKey(org.orgId, 'FLG-3')).title).toBe('Export page, CSV only')
    expect(await flaggedKeys()).toEqual(['FLG-3'])
  })

  it('refuses an item that is not flagged, a bad choice naming its field, and an engineer', async () => {
    const notFlagged = await resolveFlaggedItemAction({ workItemId: await idOf('FLG-1'), take: 'upstream' })
    expect(notFlagged).toMatchObject({ ok: false, code: 'CONFLICT', message: expect.stringMatching(/no longer flagged/) })
    const bad = await resolveFlaggedItemAction({ workItemId: await idOf('FLG-3'), take: 'both' })
    expect(bad).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { take: [expect.stringMatching(/upstream values or yours/)] } })
    await signInAs(org.members.ENGINEER)
    expect(await resolveFlaggedItemAction({ workItemId: await idOf('FLG-3'), take: 'local' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(await flaggedKeys()).toEqual(['FLG-3'])
  })
})
