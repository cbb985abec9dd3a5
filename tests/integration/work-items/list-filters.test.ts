import { beforeAll, describe, expect, it } from 'vitest'
import { GET as suggest } from '@/app/api/work-items/suggest/route'
import { prisma } from '@/lib/db/client'
import { getSprintFilterLabel, listOpenSprints, resolveFilterPick } from '@/lib/db/work-items/filters'
import { listWorkItems } from '@/lib/db/work-items/list'
import { parseWorkItemFilter, type Suggestion } from '@/lib/work-items/filters'
import { createTestOrg, createUser, signInAs, type TestOrg } from '../../support/factories'
import { createSprintRow, seedItems } from './helpers'

// The list page's filters at the database: the assignee filter (pinned or planned), the one-query
// page + total, and the suggestion endpoint that replaced the page-long member and label lists.

let org: TestOrg
let other: TestOrg
const list = (params: Record<string, string>) => listWorkItems(org.orgId, parseWorkItemFilter(params))

async function addEngineer(target: TestOrg, name: string) {
  const user = await createUser(name)
  return prisma.membership.create({ data: { organizationId: target.orgId, userId: user.id, role: 'ENGINEER' } })
}

async function planWith(sprintId: string, status: 'DRAFT' | 'PUBLISHED', itemId: string, membershipId: string) {
  const version = (await prisma.plan.count({ where: { sprintId } })) + 1
  const plan = await prisma.plan.create({ data: { organizationId: org.orgId, sprintId, version, status, objective: 0 } })
  await prisma.assignment.create({
    data: { organizationId: org.orgId, planId: plan.id, workItemId: itemId, membershipId, mode: 'craft', fit: 1, value: 1 },
  })
}

beforeAll(async () => {
  org = await createTestOrg()
  other = await createTestOrg()
})

describe('assignee filter', () => {
  it('matches items pinned to the member or assigned to them in a published plan of a sprint still open', async () => {
    const ada = await addEngineer(org, 'Ada Filter')
    const open = await createSprintRow(org.orgId, org.teamId, 'Open sprint', 'ACTIVE')
    const closed = await createSprintRow(org.orgId, org.teamId, 'Closed sprint', 'CLOSED')
    const [pinned, planned, drafted, old] = await seedItems(org.orgId, 4, { prefix: 'Assignee case' })
    await prisma.workItem.update({ where: { id: pinned.id }, data: { pinnedToId: ada.id } })
    await planWith(open.id, 'PUBLISHED', planned.id, ada.id)
    await planWith(open.id, 'DRAFT', drafted.id, ada.id)
    await planWith(closed.id, 'PUBLISHED', old.id, ada.id)

    const { items, total } = await list({ assignee: ada.id })
    expect(total).toBe(2)
    expect(items.map((i) => i.id).sort()).toEqual([pinned.id, planned.id].sort())
    expect(items.find((i) => i.id === pinned.id)?.pinnedTo).toBe('Ada Filter')
    // Another organisation's member id matches nothing here.
    expect((await list({ assignee: other.members.ENGINEER.membershipId })).total).toBe(0)
  })
})

describe('list query', () => {
  it('answers the total with the page, also past the last page, and reads the effective mode', async () => {
    const sprint = await createSprintRow(org.orgId, org.teamId, 'Paging sprint')
    await seedItems(org.orgId, 7, { prefix: 'Paging', sprintId: sprint.id })
    const page2 = await list({ sprint: sprint.id, size: '25', page: '1', sort: 'title', dir: 'asc' })
    expect(page2.total).toBe(7)
    expect(page2.items.map((i) => i.title)).toEqual(['Paging 1', 'Paging 2', 'Paging 3', 'Paging 4', 'Paging 5', 'Paging 6', 'Paging 7'])
    expect(page2.items[0]).toMatchObject({
      sprint: 'Paging sprint',
      pinnedTo: null,
      type: 'DOCUMENTATION',
      mode: 'orchestration',
      modeOverridden: false,
    })
    expect(await list({ sprint: sprint.id, page: '9' })).toEqual({ items: [], total: 7 })
  })

  it('treats % and _ in the search as text, and finds items by label', async () => {
    const [percent, plain] = await seedItems(org.orgId, 2, { prefix: 'Wildcard' })
    await prisma.workItem.update({ where: { id: percent.id }, data: { title: 'Cut p95 by 50% now', labels: ['perf', 'q3'] } })
    await prisma.workItem.update({ where: { id: plain.id }, data: { title: 'Cut p95 by 50 percent', labels: ['perf'] } })
    expect((await list({ q: '50%' })).items.map((i) => i.id)).toEqual([percent.id])
    expect((await list({ q: 'p9_' })).total).toBe(0)
    expect((await list({ label: 'q3' })).items.map((i) => i.id)).toEqual([percent.id])
    expect((await list({ label: 'perf' })).total).toBe(2)
  })
})

describe('mode filter', () => {
  it("follows the organisation's policy for items without an override", async () => {
    const modeOrg = await createTestOrg()
    const [byPolicy, overridden] = await seedItems(modeOrg.orgId, 2, { prefix: 'Mode case' })
    await prisma.workItem.update({ where: { id: overridden.id }, data: { modeOverride: 'hybrid' } })
    const modes = async (mode: string) => (await listWorkItems(modeOrg.orgId, parseWorkItemFilter({ mode }))).items.map((i) => i.id)
    expect(await modes('orchestration')).toEqual([byPolicy.id])
    await prisma.workTypePolicy.updateMany({ where: { organizationId: modeOrg.orgId, workType: 'DOCUMENTATION' }, data: { mode: 'craft' } })
    expect(await modes('orchestration')).toEqual([])
    expect(await modes('craft')).toEqual([byPolicy.id])
    expect(await modes('hybrid')).toEqual([overridden.id])
    expect((await listWorkItems(modeOrg.orgId, parseWorkItemFilter({ mode: 'craft' }))).items[0]).toMatchObject({
      mode: 'craft',
      modeOverridden: false,
    })
  })
})

describe('filter sprints', () => {
  it('lists the sprints a bulk move can target: not closed, this organisation only', async () => {
    const sprintOrg = await createTestOrg()
    const open = await createSprintRow(sprintOrg.orgId, sprintOrg.teamId, 'Still planning')
    await createSprintRow(sprintOrg.orgId, sprintOrg.teamId, 'Long done', 'CLOSED')
    await createSprintRow(other.orgId, other.teamId, 'Foreign')
    expect(await listOpenSprints(sprintOrg.orgId)).toEqual([{ id: open.id, name: 'Still planning' }])
  })

  it("names the filtered sprint, says when it is closed, and knows nothing of other organisations' sprints", async () => {
    const sprintOrg = await createTestOrg()
    const open = await createSprintRow(sprintOrg.orgId, sprintOrg.teamId, 'Still planning')
    const closed = await createSprintRow(sprintOrg.orgId, sprintOrg.teamId, 'Long done', 'CLOSED')
    const foreign = await createSprintRow(other.orgId, other.teamId, 'Foreign')
    expect(await getSprintFilterLabel(sprintOrg.orgId, open.id)).toBe('Still planning')
    expect(await getSprintFilterLabel(sprintOrg.orgId, closed.id)).toBe('Long done (closed)')
    expect(await getSprintFilterLabel(sprintOrg.orgId, 'backlog')).toBe('Backlog')
    expect(await getSprintFilterLabel(sprintOrg.orgId, foreign.id)).toBeNull()
  })
})

describe('filters from what was typed in the boxes (forms sent without JavaScript)', () => {
  it('keeps a picked id while its name is in the box, and otherwise picks by the text', async () => {
    const pickOrg = await createTestOrg()
    const ada = await addEngineer(pickOrg, 'Ada Okafor')
    const adam = await addEngineer(pickOrg, 'Adam Smith')
    await addEngineer(other, 'Ada Elsewhere')
    const sprint = await createSprintRow(pickOrg.orgId, pickOrg.teamId, 'Sprint Borealis')
    const pick = (field: 'assignee' | 'sprint', id: string | undefined, text: string | undefined) =>
      resolveFilterPick(pickOrg.orgId, field, id, text)

    // A link carries the id alone; a form sends the id and the name shown for it.
    expect(await pick('assignee', ada.id, undefined)).toEqual({ value: ada.id, label: 'Ada Okafor' })
    expect(await pick('assignee', ada.id, 'ada okafor')).toEqual({ value: ada.id, label: 'Ada Okafor' })
    // Without JavaScript the hidden id is the old one: the text changed, and the text wins.
    expect(await pick('assignee', ada.id, 'smith')).toEqual({ value: adam.id, label: 'Adam Smith' })
    expect(await pick('assignee', undefined, 'Ada Okafor')).toEqual({ value: ada.id, label: 'Ada Okafor' })
    expect(await pick('assignee', ada.id, '')).toEqual({})
    expect(await pick('assignee', undefined, 'Ada')).toEqual({
      label: 'Ada',
      problem: '“Ada” matches more than one member: type more of the name, or pick one from the list.',
    })
    expect(await pick('assignee', undefined, 'Elsewhere')).toEqual({ label: 'Elsewhere', problem: 'No member matches “Elsewhere”.' })
    // An id that is not the organisation's stays, so the list says nothing matches.
    const unknown = '00000000-0000-4000-8000-000000000000'
    expect(await pick('assignee', unknown, undefined)).toEqual({ value: unknown, label: undefined })
    expect(await pick('sprint', undefined, 'borealis')).toEqual({ value: sprint.id, label: 'Sprint Borealis' })
    expect(await pick('sprint', sprint.id, 'Backlog')).toEqual({ value: 'backlog', label: 'Backlog' })
  })
})

describe('GET /api/work-items/suggest', () => {
  const ask = async (query: string) => {
    const response = await suggest(new Request(`http://test/api/work-items/suggest?${query}`), { params: Promise.resolve({}) })
    return { status: response.status, body: (await response.json()) as { options?: Suggestion[]; error?: { code: string } } }
  }

  it("suggests the organisation's plannable members by name, names that start with the text first, at most 8", async () => {
    const suggestOrg = await createTestOrg()
    const grace = await addEngineer(suggestOrg, 'Grace Hopper')
    const hop = await addEngineer(suggestOrg, 'Ann Hopkins')
    for (let i = 0; i < 10; i++) await addEngineer(suggestOrg, `Hopeful ${i}`)
    await addEngineer(other, 'Hopper Elsewhere')
    await signInAs(suggestOrg.members.LEAD)

    const { status, body } = await ask('field=assignee&q=hop')
    expect(status).toBe(200)
    expect(body.options).toHaveLength(8)
    expect(body.options?.every((o) => o.label.startsWith('Hope'))).toBe(true)
    expect((await ask('field=assignee&q=HOPP')).body.options).toEqual([{ value: grace.id, label: 'Grace Hopper' }])
    expect((await ask('field=assignee&q=Ann')).body.options).toEqual([{ value: hop.id, label: 'Ann Hopkins' }])
    // Managers are not plannable, and the other organisation's engineer is never offered.
    expect((await ask('field=assignee&q=MANAGER')).body.options).toEqual([])
    expect((await ask('field=assignee&q=Elsewhere')).body.options).toEqual([])
    expect((await ask('field=assignee&q=%25')).body.options).toEqual([])
  })

  it("suggests the backlog and sprints by name, open ones first, never another organisation's", async () => {
    const sprintOrg = await createTestOrg()
    const open = await createSprintRow(sprintOrg.orgId, sprintOrg.teamId, 'Sprint Aurora')
    const closed = await createSprintRow(sprintOrg.orgId, sprintOrg.teamId, 'Sprint Aurora old', 'CLOSED')
    await createSprintRow(other.orgId, other.teamId, 'Sprint Aurora elsewhere')
    await signInAs(sprintOrg.members.LEAD)
    expect((await ask('field=sprint&q=aurora')).body.options).toEqual([
      { value: open.id, label: 'Sprint Aurora' },
      { value: closed.id, label: 'Sprint Aurora old (closed)' },
    ])
    expect((await ask('field=sprint&q=back')).body.options).toEqual([{ value: 'backlog', label: 'Backlog' }])
    expect((await ask('field=sprint&q=')).body.options?.[0]).toEqual({ value: 'backlog', label: 'Backlog' })
  })

  it('suggests labels in use, refuses an unknown field, and answers only roles that read work items', async () => {
    await signInAs(org.members.MANAGER)
    expect((await ask('field=label&q=q')).body.options).toEqual([{ value: 'q3', label: 'q3' }])
    expect((await ask('field=label&q=PER')).body.options).toEqual([{ value: 'perf', label: 'perf' }])
    expect(await ask('field=email&q=a')).toMatchObject({ status: 422, body: { error: { code: 'INVALID' } } })
    await signInAs(org.members.ENGINEER)
    expect(await ask('field=assignee&q=a')).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } })
  })
})
