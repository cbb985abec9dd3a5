import { beforeAll, describe, expect, it } from 'vitest'
import { bulkWorkItemsAction } from '@/app/(app)/work-items/actions'
import { prisma } from '@/lib/db/client'
import { createTestOrg, signInAs, type TestOrg } from '../../support/factories'
import { ok, seedItems } from './helpers'

let org: TestOrg
let other: TestOrg

beforeAll(async () => {
  org = await createTestOrg()
  other = await createTestOrg()
})

const labelsOf = async (ids: string[]) =>
  (await prisma.workItem.findMany({ where: { id: { in: ids } }, select: { labels: true }, orderBy: { title: 'asc' } })).map((i) => i.labels)

describe('bulk status and labels', () => {
  it('sets the status of every selected item in one request', async () => {
    await signInAs(org.members.MANAGER)
    const ids = (await seedItems(org.orgId, 3, { prefix: 'Status' })).map((i) => i.id)
    expect(ok(await bulkWorkItemsAction({ op: 'status', ids, status: 'IN_PROGRESS' }))).toEqual({ count: 3 })
    expect(await prisma.workItem.count({ where: { id: { in: ids }, status: 'IN_PROGRESS' } })).toBe(3)
  })

  it('adds and removes labels per item, keeping each item’s other labels', async () => {
    await signInAs(org.members.MANAGER)
    const ids = (await seedItems(org.orgId, 2, { prefix: 'Labels' })).map((i) => i.id)
    await prisma.workItem.update({ where: { id: ids[0] }, data: { labels: ['web', 'auth'] } })
    expect(ok(await bulkWorkItemsAction({ op: 'labels', ids, add: 'urgent, web', remove: '' }))).toEqual({ count: 2 })
    expect(await labelsOf(ids)).toEqual([
      ['web', 'auth', 'urgent'],
      ['urgent', 'web'],
    ])
    ok(await bulkWorkItemsAction({ op: 'labels', ids, add: [], remove: ['web'] }))
    expect(await labelsOf(ids)).toEqual([['auth', 'urgent'], ['urgent']])
  })

  it('refuses an empty label edit and an item that would pass the label limit, changing nothing', async () => {
    await signInAs(org.members.MANAGER)
    const ids = (await seedItems(org.orgId, 2, { prefix: 'Full' })).map((i) => i.id)
    const twenty = Array.from({ length: 20 }, (_, i) => `l${i}`)
    await prisma.workItem.update({ where: { id: ids[1] }, data: { labels: twenty } })
    expect(await bulkWorkItemsAction({ op: 'labels', ids, add: ' , ', remove: '' })).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { labels: ['Enter at least one label'] },
    })
    const refused = await bulkWorkItemsAction({ op: 'labels', ids, add: ['extra'], remove: [] })
    expect(refused).toMatchObject({ ok: false, code: 'INVALID', message: '“Full 2” would have 21 labels; an item has at most 20' })
    expect(await labelsOf(ids)).toEqual([[], twenty])
  })

  it('answers NOT_FOUND for another organisation’s items and changes neither organisation', async () => {
    await signInAs(other.members.MANAGER)
    const [foreign] = await seedItems(other.orgId, 1, { prefix: 'Foreign' })
    await signInAs(org.members.MANAGER)
    const [mine] = await seedItems(org.orgId, 1, { prefix: 'Mine' })
    const ids = [mine.id, foreign.id]
    expect(await bulkWorkItemsAction({ op: 'status', ids, status: 'DONE' })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await bulkWorkItemsAction({ op: 'labels', ids, add: ['taken'], remove: [] })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await prisma.workItem.findMany({ where: { id: { in: ids } }, select: { status: true, labels: true } })).toEqual([
      { status: 'TODO', labels: [] },
      { status: 'TODO', labels: [] },
    ])
  })

  it('refuses a lead (read-only role)', async () => {
    await signInAs(org.members.LEAD)
    const [item] = await seedItems(org.orgId, 1, { prefix: 'Lead' })
    expect(await bulkWorkItemsAction({ op: 'status', ids: [item.id], status: 'DONE' })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })
})
