import { beforeAll, describe, expect, it } from 'vitest'
import { bulkWorkItemsAction, createWorkItemAction, updateWorkItemAction } from '@/app/(app)/work-items/actions'
import { GET as typeSuggestion } from '@/app/api/work-items/type-suggestion/route'
import { toCsv } from '@/lib/csv'
import { prisma } from '@/lib/db/client'
import { importWorkItems } from '@/lib/db/work-items/imports'
import { refreshWorkTypeModel } from '@/lib/db/work-items/type-examples'
import type { ImportRequest } from '@/lib/schemas/import'
import { detectMapping } from '@/lib/work-items/import-mapping'
import type { WorkTypeSuggestion } from '@/lib/work-items/classify'
import { createTestOrg, signInAs, type TestOrg } from '../../support/factories'
import { ok } from './helpers'

// Each organisation's work-type model learns from the types its people saved, and from nobody else's.

let learner: TestOrg
let bystander: TestOrg
beforeAll(async () => {
  learner = await createTestOrg()
  bystander = await createTestOrg()
})

const item = (title: string, type: string) => ({ title, type, hours: '2', priority: '2', description: '' })

async function ask(org: TestOrg, title: string) {
  await signInAs(org.members.LEAD)
  const response = await typeSuggestion(new Request(`http://test/api/work-items/type-suggestion?title=${encodeURIComponent(title)}`), {
    params: Promise.resolve({}),
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { suggestion: WorkTypeSuggestion | null }).suggestion
}

const examplesOf = (org: TestOrg) =>
  prisma.workTypeExample.findMany({
    where: { organizationId: org.orgId },
    select: { title: true, type: true, weight: true },
    orderBy: { title: 'asc' },
  })

describe('work-type learning', () => {
  it('records create, edit and bulk retype as labelled examples of that organisation, a kept suggestion at half weight', async () => {
    await signInAs(learner.members.MANAGER)
    const { id } = ok(await createWorkItemAction(item('zorbl flange 1', 'ARCHITECTURE')))
    ok(await createWorkItemAction(item('Fix OAuth login redirect loop', 'SECURITY_AUTH')))
    expect(await examplesOf(learner)).toEqual([
      { title: 'Fix OAuth login redirect loop', type: 'SECURITY_AUTH', weight: 0.5 },
      { title: 'zorbl flange 1', type: 'ARCHITECTURE', weight: 1 },
    ])
    ok(await updateWorkItemAction({ ...item('zorbl flange 1', 'BOILERPLATE'), id }))
    const { id: second } = ok(await createWorkItemAction(item('zorbl flange 2', 'ARCHITECTURE')))
    ok(await bulkWorkItemsAction({ op: 'type', ids: [second], type: 'BOILERPLATE' }))
    expect((await examplesOf(learner)).filter((e) => e.title.startsWith('zorbl'))).toEqual([
      { title: 'zorbl flange 1', type: 'BOILERPLATE', weight: 1 },
      { title: 'zorbl flange 2', type: 'BOILERPLATE', weight: 1 },
    ])
    expect(await examplesOf(bystander)).toEqual([])
  })

  it('records imported rows, by key on re-import', async () => {
    const header = ['Summary', 'Issue key', 'Issue Type', 'Priority', 'Story Points']
    const request = (type: string): ImportRequest => ({
      csv: toCsv([header, ['zorbl gasket', 'ZG-1', type, 'Medium', '1'], ['zorbl sprocket', '', type, 'Medium', '1']]),
      mapping: detectMapping(header).mapping,
      options: { estimateUnit: 'points', pointsToHours: 4, hoursPerDay: 8, defaultHours: null },
      typeOverrides: {},
      suggestedTypes: {},
      sprintId: null,
    })
    await importWorkItems(learner.orgId, learner.members.MANAGER.userId, request('BOILERPLATE'))
    await importWorkItems(learner.orgId, learner.members.MANAGER.userId, request('BOILERPLATE'))
    const rows = (await examplesOf(learner)).filter((e) => e.title === 'zorbl gasket' || e.title === 'zorbl sprocket')
    // The keyed row is one item both times; the unkeyed row is a new item each time.
    expect(rows).toEqual([
      { title: 'zorbl gasket', type: 'BOILERPLATE', weight: 1 },
      { title: 'zorbl sprocket', type: 'BOILERPLATE', weight: 1 },
      { title: 'zorbl sprocket', type: 'BOILERPLATE', weight: 1 },
    ])
  })

  it("learns one organisation's words without changing another's suggestions, and never waits for training", async () => {
    const title = 'zorbl flange 3'
    expect(await ask(learner, title)).toBeNull()
    await refreshWorkTypeModel(learner.orgId)
    const learned = await ask(learner, title)
    expect(learned?.alternatives[0].type).toBe('BOILERPLATE')
    expect(learned?.reasons.join(' ')).toMatch(/Your team labelled a similar item \(“zorbl flange \d”\) as Boilerplate\./)

    await refreshWorkTypeModel(bystander.orgId)
    expect(await ask(bystander, title)).toBeNull()
    // The bystander's own labels never reach the learner either.
    await signInAs(bystander.members.MANAGER)
    for (let i = 0; i < 5; i++) ok(await createWorkItemAction(item(`zorbl flange ${10 + i}`, 'DOCUMENTATION')))
    await refreshWorkTypeModel(bystander.orgId)
    await refreshWorkTypeModel(learner.orgId)
    expect((await ask(learner, title))?.alternatives[0].type).toBe('BOILERPLATE')
    expect((await ask(bystander, title))?.alternatives[0].type).toBe('DOCUMENTATION')
  })
})
