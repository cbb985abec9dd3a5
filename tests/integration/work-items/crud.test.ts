import { beforeAll, describe, expect, it } from 'vitest'
import { bulkWorkItemsAction, createWorkItemAction, deleteWorkItemAction, updateWorkItemAction } from '@/app/(app)/work-items/actions'
import { prisma } from '@/lib/db/client'
import { listWorkItems } from '@/lib/db/work-items/list'
import { parseWorkItemFilter } from '@/lib/work-items/filters'
import { createTestOrg, signInAs, type TestOrg } from '../../support/factories'
import { createSprintRow, ok, seedItems } from './helpers'

let org: TestOrg
let other: TestOrg

beforeAll(async () => {
  org = await createTestOrg()
  other = await createTestOrg()
})

const base = {
  title: 'Fix OAuth login redirect loop',
  type: 'SECURITY_AUTH',
  hours: '5',
  priority: '3',
  description: 'See **logs**',
  labels: 'auth, web',
}

describe('work item CRUD', () => {
  it('creates, edits and deletes an item of the organisation', async () => {
    await signInAs(org.members.MANAGER)
    const sprint = await createSprintRow(org.orgId, org.teamId, 'CRUD sprint')
    const { id } = ok(
      await createWorkItemAction({ ...base, sprintId: sprint.id, pinnedToId: org.members.ENGINEER.membershipId, externalKey: 'SEC-1' }),
    )
    const created = await prisma.workItem.findUniqueOrThrow({ where: { id } })
    expect(created).toMatchObject({
      organizationId: org.orgId,
      sprintId: sprint.id,
      teamId: org.teamId,
      labels: ['auth', 'web'],
      hours: 5,
      priority: 3,
    })

    ok(
      await updateWorkItemAction({
        ...base,
        id,
        title: 'Fix OAuth login loop',
        status: 'IN_PROGRESS',
        modeOverride: 'hybrid',
        sprintId: '',
      }),
    )
    expect(await prisma.workItem.findUniqueOrThrow({ where: { id } })).toMatchObject({
      title: 'Fix OAuth login loop',
      status: 'IN_PROGRESS',
      modeOverride: 'hybrid',
      sprintId: null,
    })

    ok(await deleteWorkItemAction({ id }))
    expect(await prisma.workItem.findUnique({ where: { id } })).toBeNull()
    const audit = await prisma.auditEvent.findFirst({ where: { organizationId: org.orgId, action: 'work-items.deleted', targetId: id } })
    expect(audit?.data).toMatchObject({ count: 1 })
  })

  it('rejects a duplicate external key with CONFLICT', async () => {
    await signInAs(org.members.MANAGER)
    ok(await createWorkItemAction({ ...base, externalKey: 'DUP-1' }))
    const again = await createWorkItemAction({ ...base, externalKey: 'DUP-1' })
    expect(again).toMatchObject({ ok: false, code: 'CONFLICT' })
  })

  it('answers NOT_FOUND for ids of another organisation and changes nothing', async () => {
    await signInAs(other.members.MANAGER)
    const { id: foreignItem } = ok(await createWorkItemAction(base))
    const foreignSprint = await createSprintRow(other.orgId, other.teamId, 'Foreign sprint')

    await signInAs(org.members.MANAGER)
    expect(await updateWorkItemAction({ ...base, id: foreignItem })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await deleteWorkItemAction({ id: foreignItem })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await createWorkItemAction({ ...base, sprintId: foreignSprint.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await createWorkItemAction({ ...base, teamId: other.teamId })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await createWorkItemAction({ ...base, pinnedToId: other.members.ENGINEER.membershipId })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    const [mine] = await seedItems(org.orgId, 1, { prefix: 'Mixed' })
    expect(await bulkWorkItemsAction({ op: 'delete', ids: [mine.id, foreignItem] })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await bulkWorkItemsAction({ op: 'move', ids: [mine.id], sprintId: foreignSprint.id })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    expect(await prisma.workItem.count({ where: { id: { in: [mine.id, foreignItem] } } })).toBe(2)
  })

  it('refuses writes from a lead (read-only role)', async () => {
    await signInAs(org.members.LEAD)
    expect(await createWorkItemAction(base)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })
})

describe('bulk actions', () => {
  it('moves, retypes, reprioritises and deletes 1,000 items in one request each', async () => {
    const bulkOrg = await createTestOrg()
    await signInAs(bulkOrg.members.MANAGER)
    const sprint = await createSprintRow(bulkOrg.orgId, bulkOrg.teamId, 'Bulk sprint')
    const ids = (await seedItems(bulkOrg.orgId, 1000, { prefix: 'Bulk' })).map((i) => i.id)

    expect(ok(await bulkWorkItemsAction({ op: 'move', ids, sprintId: sprint.id }))).toEqual({ count: 1000 })
    expect(ok(await bulkWorkItemsAction({ op: 'type', ids, type: 'ARCHITECTURE' }))).toEqual({ count: 1000 })
    expect(ok(await bulkWorkItemsAction({ op: 'priority', ids, priority: 4 }))).toEqual({ count: 1000 })
    expect(
      await prisma.workItem.count({
        where: { organizationId: bulkOrg.orgId, sprintId: sprint.id, type: 'ARCHITECTURE', priority: 4, teamId: bulkOrg.teamId },
      }),
    ).toBe(1000)

    const started = Date.now()
    expect(ok(await bulkWorkItemsAction({ op: 'delete', ids }))).toEqual({ count: 1000 })
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(await prisma.workItem.count({ where: { organizationId: bulkOrg.orgId } })).toBe(0)
    const audit = await prisma.auditEvent.findFirst({ where: { organizationId: bulkOrg.orgId, action: 'work-items.deleted' } })
    expect(audit?.data).toMatchObject({ count: 1000 })
  })
})

describe('list filters', () => {
  it('filters by type, mode, status, sprint, label, assignee and text; sorts and pages', async () => {
    const listOrg = await createTestOrg()
    await signInAs(listOrg.members.MANAGER)
    const sprint = await createSprintRow(listOrg.orgId, listOrg.teamId, 'List sprint')
    const engineer = listOrg.members.ENGINEER.membershipId
    ok(
      await createWorkItemAction({
        ...base,
        title: 'Tune the hot path',
        type: 'PERFORMANCE_CRITICAL',
        priority: '4',
        sprintId: sprint.id,
        labels: 'perf',
      }),
    )
    ok(
      await createWorkItemAction({
        ...base,
        title: 'Write API docs',
        type: 'DOCUMENTATION',
        priority: '1',
        pinnedToId: engineer,
        externalKey: 'DOC-7',
      }),
    )
    ok(await createWorkItemAction({ ...base, title: 'Docs but crafted', type: 'DOCUMENTATION', modeOverride: 'craft', status: 'DONE' }))
    const list = (params: Record<string, string>) => listWorkItems(listOrg.orgId, parseWorkItemFilter(params))

    expect((await list({ type: 'DOCUMENTATION' })).total).toBe(2)
    expect((await list({ mode: 'craft' })).items.map((i) => i.title).sort()).toEqual(['Docs but crafted', 'Tune the hot path'])
    expect((await list({ mode: 'orchestration' })).items.map((i) => i.title)).toEqual(['Write API docs'])
    expect((await list({ status: 'DONE' })).total).toBe(1)
    expect((await list({ sprint: sprint.id })).items[0].title).toBe('Tune the hot path')
    expect((await list({ sprint: 'backlog' })).total).toBe(2)
    expect((await list({ label: 'perf' })).total).toBe(1)
    expect((await list({ assignee: engineer })).items.map((i) => i.title)).toEqual(['Write API docs'])
    expect((await list({ q: 'HOT' })).total).toBe(1)
    expect((await list({ q: 'doc-7' })).total).toBe(1)
    expect((await list({ sort: 'priority', dir: 'desc' })).items[0].title).toBe('Tune the hot path')
    const page2 = await list({ sort: 'title', dir: 'asc', size: '25', page: '2' })
    expect(page2).toMatchObject({ total: 3, items: [] })
  })
})
