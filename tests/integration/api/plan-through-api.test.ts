import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '@/lib/db/client'
import { createPlanningOrg, type PlanningOrg } from '../planner/fixtures'
import { callApi, tokenFor } from './api-client'

// The issue's acceptance path: a token, then through the API 20 new items, a plan, and its publication
// under the board's optimistic concurrency (ETag / If-Match).

let org: PlanningOrg
let token: string

beforeAll(async () => {
  org = await createPlanningOrg()
  token = (await tokenFor(org, 'PLANNING')).secret
})

type Item = { id: string; title: string }
type Page = { data: Item[]; nextCursor: string | null }
type Version = { id: string; version: number; revision: number; status: string }

describe('planning a sprint through /api/v1', () => {
  it('creates 20 items, lists them page by page, plans and publishes', async () => {
    for (let i = 1; i <= 20; i++) {
      const created = await callApi('POST', '/work-items', {
        token,
        body: { title: `API item ${i}`, type: i % 2 ? 'CRUD_SCAFFOLDING' : 'COMPLEX_STATE', hours: 2, priority: 2, sprintId: org.sprintId },
      })
      expect(created.status, created.text).toBe(201)
      expect(created.headers.get('content-type')).toMatch(/^application\/json/)
    }

    const seen: string[] = []
    let cursor: string | null = null
    do {
      const query: string = `/work-items?sprintId=${org.sprintId}&sort=title&order=asc&limit=7${cursor ? `&cursor=${cursor}` : ''}`
      const page = await callApi('GET', query, { token })
      expect(page.status, page.text).toBe(200)
      const body = page.json as Page
      seen.push(...body.data.map((i) => i.title))
      cursor = body.nextCursor
    } while (cursor)
    const expected = await prisma.workItem.findMany({
      where: { sprintId: org.sprintId },
      orderBy: [{ title: 'asc' }, { id: 'asc' }],
      select: { title: true },
    })
    expect(seen).toEqual(expected.map((i) => i.title))
    expect(seen.filter((t) => t.startsWith('API item'))).toHaveLength(20)

    const planned = await callApi('POST', `/sprints/${org.sprintId}/plans`, { token, body: { baseVersion: 0 } })
    expect(planned.status, planned.text).toBe(201)
    const v1 = planned.json as Version
    expect(v1).toMatchObject({ version: 1, status: 'DRAFT' })

    const read = await callApi('GET', `/sprints/${org.sprintId}/plans/1`, { token })
    expect(read.status).toBe(200)
    const detail = read.json as Version & { assignments: { workItemId: string; reasons: string[] }[] }
    expect(detail.assignments).toHaveLength(expected.length)
    expect(detail.assignments.every((a) => a.reasons.length > 0)).toBe(true)
    const etag = read.headers.get('etag')
    expect(etag).toBe(`"${detail.revision}"`)

    const missing = await callApi('POST', `/sprints/${org.sprintId}/plans/1/publish`, { token })
    expect(missing.status).toBe(428)
    const stale = await callApi('POST', `/sprints/${org.sprintId}/plans/1/publish`, {
      token,
      headers: { 'if-match': `"${detail.revision + 1}"` },
    })
    expect(stale.status).toBe(412)
    expect(stale.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(await prisma.plan.findUniqueOrThrow({ where: { id: v1.id }, select: { status: true, revision: true } })).toEqual({
      status: 'DRAFT',
      revision: detail.revision,
    })

    const published = await callApi('POST', `/sprints/${org.sprintId}/plans/1/publish`, { token, headers: { 'if-match': etag! } })
    expect(published.status, published.text).toBe(200)
    expect(published.json).toMatchObject({ version: 1, status: 'PUBLISHED' })
    const actions = await prisma.auditEvent.findMany({ where: { organizationId: org.orgId }, select: { action: true, actorId: true } })
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['api-token.created', 'plan.plan', 'plan.publish']))
  })

  it('re-plans only from the ETag it was given', async () => {
    const versions = await callApi('GET', `/sprints/${org.sprintId}/plans`, { token })
    const [newest] = (versions.json as { data: Version[] }).data
    const stale = await callApi('POST', `/sprints/${org.sprintId}/plans/${newest.version}/replan`, {
      token,
      headers: { 'if-match': `"${newest.revision + 5}"` },
    })
    expect(stale.status).toBe(412)
    expect(await prisma.plan.count({ where: { sprintId: org.sprintId } })).toBe(1)
    const replanned = await callApi('POST', `/sprints/${org.sprintId}/plans/${newest.version}/replan`, {
      token,
      headers: { 'if-match': `W/"${newest.revision}"` },
    })
    expect(replanned.status, replanned.text).toBe(201)
    expect(replanned.json).toMatchObject({ version: newest.version + 1, status: 'DRAFT', basedOnVersion: newest.version })
  })
})
