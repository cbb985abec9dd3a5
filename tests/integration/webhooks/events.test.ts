import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeSprintAction } from '@/app/(app)/sprints/actions'
import { createPlanAction, setLockAction, setPinAction } from '@/app/(app)/sprints/[sprintId]/planner/actions'
import { submitSurveyAction } from '@/app/(app)/survey/actions'
import { bulkWorkItemsAction, createWorkItemAction, deleteWorkItemAction, updateWorkItemAction } from '@/app/(app)/work-items/actions'
import { prisma } from '@/lib/db/client'
import { syncIssues } from '@/lib/db/connectors/synced-items'
import { importWorkItems } from '@/lib/db/work-items/imports'
import { toCsv } from '@/lib/csv'
import { startWorker } from '@/lib/server/jobs'
import { registerWebhookEndpoint } from '@/lib/server/webhooks/endpoints'
import { webhookEventTypes } from '@/lib/webhooks/events'
import { detectMapping } from '@/lib/work-items/import-mapping'
import { createTestOrg, signInAs } from '../../support/factories'
import { callApi, tokenFor } from '../api/api-client'
import { createPlanningOrg, unwrap, type PlanningOrg } from '../planner/fixtures'
import { submission } from '../survey/helpers'
import { startReceiver, until, verifiedEvents, type Event } from './receiver'

// Every webhook event from the change that causes it, on every path that makes the change: the
// event reaches a local receiver signed (verified with the reference library) with its type and
// data; nothing is recorded while no endpoint wants it, nor when the change is refused.

let receiver: Awaited<ReturnType<typeof startReceiver>>
let org: PlanningOrg
let secret = ''

beforeAll(async () => {
  receiver = await startReceiver()
  await startWorker({ NODE_ENV: 'test' })
  org = await createPlanningOrg()
  ;({ secret } = await registerWebhookEndpoint(org.orgId, org.members.OWNER.userId, {
    url: receiver.url,
    description: 'everything',
    events: [...webhookEventTypes],
  }))
  await signInAs(org.members.MANAGER)
})
afterAll(() => receiver.close())

/** The events received from now on, waited for until `done` holds for them. */
async function eventsAfter(change: () => Promise<unknown>, done: (events: Event[]) => boolean): Promise<Event[]> {
  const from = receiver.received.length
  await change()
  let events: Event[] = []
  await until(() => done((events = verifiedEvents(receiver.received.slice(from), secret))))
  return events
}
const ofType = (events: Event[], type: string) => events.filter((e) => e.type === type)
const itemsOf = (events: Event[], type: string) => ofType(events, type).flatMap((e) => e.data.items ?? [])
const item = { title: 'Rotate signing keys', type: 'SECURITY_AUTH', hours: 3, priority: 2 } as const

describe('webhook events', () => {
  it('records nothing while no enabled endpoint wants the event', async () => {
    const quiet = await createTestOrg()
    await registerWebhookEndpoint(quiet.orgId, quiet.members.OWNER.userId, {
      url: receiver.url,
      description: '',
      events: ['plan.published'],
    })
    await signInAs(quiet.members.MANAGER)
    const { id } = unwrap(await createWorkItemAction(item))
    unwrap(await updateWorkItemAction({ ...item, id, title: 'Rotate the keys' }))
    unwrap(await deleteWorkItemAction({ id }))
    expect(await prisma.webhookEvent.count({ where: { organizationId: quiet.orgId } })).toBe(0)
    await signInAs(org.members.MANAGER)
  })

  it('work_item.created, updated and deleted from the forms and the bulk edit, with the changed fields', async () => {
    let id = ''
    const [created] = await eventsAfter(
      async () => (id = unwrap(await createWorkItemAction(item)).id),
      (e) => e.length > 0,
    )
    expect(created).toMatchObject({ type: 'work_item.created', data: { source: 'app', items: [{ id, title: item.title, hours: 3 }] } })
    const [updated] = await eventsAfter(
      () => updateWorkItemAction({ ...item, id, title: 'Rotate the keys', hours: 3 }),
      (e) => e.length > 0,
    )
    expect(updated.data).toEqual({
      source: 'app',
      items: [{ id, externalKey: null, changes: { title: { from: item.title, to: 'Rotate the keys' } } }],
    })
    const [bulk] = await eventsAfter(
      () => bulkWorkItemsAction({ op: 'priority', ids: [id, org.itemIds[0]], priority: 3 }),
      (e) => e.length > 0,
    )
    expect(bulk).toMatchObject({ type: 'work_item.updated', data: { source: 'bulk' } })
    expect(bulk.data.items?.map((i) => i.id).sort()).toEqual([id, org.itemIds[0]].sort())
    const [deleted] = await eventsAfter(
      () => deleteWorkItemAction({ id }),
      (e) => e.length > 0,
    )
    expect(deleted).toMatchObject({ type: 'work_item.deleted', data: { source: 'app', items: [{ id, title: 'Rotate the keys' }] } })
  })

  it('work item events from a CSV import (at most 50 items an event), the API’s bulk upsert and a tracker sync', async () => {
    const header = ['Summary', 'Issue key', 'Issue Type', 'Priority', 'Story Points', 'Labels', 'Description']
    const csv = toCsv([
      header,
      ...Array.from({ length: 60 }, (_, i) => [`Update the README part ${i}`, `HOOK-${i}`, 'Story', 'Medium', '1', 'hooks', '']),
    ])
    const imported = await eventsAfter(
      () =>
        importWorkItems(org.orgId, org.members.MANAGER.userId, {
          csv,
          mapping: detectMapping(header).mapping,
          options: { estimateUnit: 'points', pointsToHours: 4, hoursPerDay: 8, defaultHours: null },
          typeOverrides: {},
          suggestedTypes: {},
          sprintId: null,
        }),
      (e) => itemsOf(e, 'work_item.created').length === 60,
    )
    expect(ofType(imported, 'work_item.created').map((e) => [e.data.source, e.data.items?.length])).toEqual([
      ['import', 50],
      ['import', 10],
    ])

    const { secret: token } = await tokenFor(org, 'PLANNING')
    const upserted = await eventsAfter(
      () =>
        callApi('POST', '/work-items/bulk-upsert', {
          token,
          body: {
            items: [
              { ...item, externalKey: 'HOOK-0', hours: 7 },
              { ...item, externalKey: 'API-1' },
            ],
          },
        }),
      (e) => e.length === 2,
    )
    expect(ofType(upserted, 'work_item.updated')[0].data).toMatchObject({
      source: 'api',
      items: [
        { externalKey: 'HOOK-0', changes: { hours: { from: 4, to: 7 }, title: { from: 'Update the README part 0', to: item.title } } },
      ],
    })
    expect(ofType(upserted, 'work_item.created')[0].data).toMatchObject({ source: 'api', items: [{ externalKey: 'API-1' }] })

    const connection = await prisma.trackerConnection.create({
      data: { organizationId: org.orgId, kind: 'JIRA', name: 'Jira', baseUrl: 'http://127.0.0.1:1', scope: {}, credential: 'sealed' },
    })
    const fields = {
      title: 'From Jira',
      description: '',
      type: 'DOCUMENTATION' as const,
      hours: 2,
      priority: 2,
      labels: [] as string[],
      status: 'TODO' as const,
    }
    const [synced] = await eventsAfter(
      () => syncIssues(org.orgId, null, connection.id, [{ externalKey: 'JIRA-9', upstreamId: '10009', fields }]),
      (e) => e.length > 0,
    )
    expect(synced).toMatchObject({
      type: 'work_item.created',
      data: { source: 'sync', items: [{ externalKey: 'JIRA-9', title: 'From Jira' }] },
    })
  })

  it('plan.changed for a new version and each edit; a pin is a work_item.updated too', async () => {
    let planId = ''
    const [planned] = await eventsAfter(
      async () => (planId = unwrap(await createPlanAction({ sprintId: org.sprintId, baseVersion: 0 })).planId),
      (e) => e.length > 0,
    )
    expect(planned).toMatchObject({
      type: 'plan.changed',
      data: { planId, sprintId: org.sprintId, version: 1, revision: 0, change: 'plan' },
    })
    const assigned = await prisma.assignment.findFirstOrThrow({ where: { planId, membershipId: { not: null } } })
    const [locked] = await eventsAfter(
      () => setLockAction({ planId, revision: 0, itemId: assigned.workItemId, locked: true }),
      (e) => e.length > 0,
    )
    expect(locked.data).toMatchObject({ planId, revision: 1, change: 'lock', workItemId: assigned.workItemId, newDraft: false })
    const pinned = await eventsAfter(
      () => setPinAction({ planId, revision: 1, itemId: assigned.workItemId, pinned: true }),
      (e) => e.length === 2,
    )
    expect(ofType(pinned, 'plan.changed')[0].data).toMatchObject({ change: 'pin', pinnedToMembershipId: assigned.membershipId })
    expect(ofType(pinned, 'work_item.updated')[0].data).toEqual({
      source: 'planner',
      items: [{ id: assigned.workItemId, externalKey: null, changes: { pinnedToId: { from: null, to: assigned.membershipId } } }],
    })
  })

  it('sprint.closed with each item’s delivery, and work_item.updated for the items it moved', async () => {
    const sprint = await prisma.sprint.create({
      data: {
        organizationId: org.orgId,
        teamId: org.teamId,
        name: 'Closing',
        startDate: new Date('2026-01-05'),
        endDate: new Date('2026-01-16'),
      },
    })
    const [done, left] = await Promise.all(
      ['Shipped', 'Left over'].map((title) =>
        prisma.workItem.create({
          data: { organizationId: org.orgId, teamId: org.teamId, sprintId: sprint.id, title, type: 'DOCUMENTATION', hours: 1, priority: 2 },
        }),
      ),
    )
    const events = await eventsAfter(
      async () =>
        unwrap(
          await closeSprintAction({
            sprintId: sprint.id,
            items: [
              { workItemId: done.id, delivery: 'ON_TIME', reworkHours: 0, defects: 0 },
              { workItemId: left.id, delivery: 'NOT_DELIVERED', reworkHours: 0, defects: 0, targetSprintId: null },
            ],
          }),
        ),
      (e) => e.length === 2,
    )
    expect(ofType(events, 'sprint.closed')[0].data).toEqual({
      sprintId: sprint.id,
      name: 'Closing',
      teamId: org.teamId,
      delivered: 1,
      onTime: 1,
      late: 0,
      items: [
        { workItemId: done.id, delivery: 'ON_TIME' },
        { workItemId: left.id, delivery: 'NOT_DELIVERED', movedToSprintId: null },
      ],
    })
    const moved = itemsOf(events, 'work_item.updated')
    expect(moved).toHaveLength(2)
    expect(moved).toEqual(
      expect.arrayContaining([
        { id: done.id, externalKey: null, changes: { status: { from: 'TODO', to: 'DONE' } } },
        { id: left.id, externalKey: null, changes: { sprintId: { from: sprint.id, to: null } } },
      ]),
    )
  })

  it('survey.completed says who and when, never the answers', async () => {
    await signInAs(org.members.ENGINEER)
    const from = receiver.received.length
    const [completed] = await eventsAfter(
      () => submitSurveyAction(submission()),
      (e) => e.length > 0,
    )
    await signInAs(org.members.MANAGER)
    expect(completed.type).toBe('survey.completed')
    expect(Object.keys(completed.data).sort()).toEqual(['membershipId', 'responseId', 'submittedAt', 'version'])
    expect(completed.data.membershipId).toBe(org.members.ENGINEER.membershipId)
    expect(receiver.received[from].body).not.toContain('mornings')
  })

  it('a refused change records no event', async () => {
    const count = () => prisma.webhookEvent.count({ where: { organizationId: org.orgId } })
    const before = await count()
    const { secret: token } = await tokenFor(org, 'PLANNING')
    // The second item names a sprint of no one: the whole upsert, the first item included, is refused.
    const refused = await callApi('POST', '/work-items/bulk-upsert', {
      token,
      body: {
        items: [
          { ...item, externalKey: 'NEVER-1' },
          { ...item, externalKey: 'NEVER-2', sprintId: 'c00000000000000000000000' },
        ],
      },
    })
    expect(refused.status).toBe(404)
    expect(await closeSprintAction({ sprintId: org.sprintId, items: [] })).toMatchObject({ ok: false })
    expect(await bulkWorkItemsAction({ op: 'delete', ids: [org.itemIds[0], 'c00000000000000000000000'] })).toMatchObject({ ok: false })
    expect(await count()).toBe(before)
    expect(await prisma.workItem.count({ where: { organizationId: org.orgId, externalKey: { startsWith: 'NEVER-' } } })).toBe(0)
  })
})
