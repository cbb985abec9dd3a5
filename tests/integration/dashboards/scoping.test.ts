import { describe, expect, it } from 'vitest'
import { GET as orgCsv } from '@/app/api/dashboard/[section]/route'
import { GET as teamCsv } from '@/app/api/dashboard/teams/[teamId]/[section]/route'
import { prisma } from '@/lib/db/client'
import { getDashboard } from '@/lib/db/dashboards/dashboard'
import { createTestOrg, signInAs, signOut } from '../../support/factories'
import { buildKnownOrg, NOW } from './known-org'

const call = <P>(route: (request: Request, context: { params: Promise<P> }) => Promise<Response>, params: P, query = '') =>
  route(new Request(`http://test/api/dashboard${query}`), { params: Promise.resolve(params) })

describe('dashboard tenant scoping', () => {
  it("never counts another organisation's rows, and refuses its team ids", async () => {
    const mine = await buildKnownOrg()
    const before = await getDashboard(mine.org.orgId, null, NOW)
    // A second organisation with the same shape (same dates, slots and types) must change nothing.
    const theirs = await buildKnownOrg()
    const after = await getDashboard(mine.org.orgId, null, NOW)
    expect(after).toEqual(before)
    await expect(getDashboard(mine.org.orgId, theirs.coreId, NOW)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getDashboard(mine.org.orgId, 'no-such-team', NOW)).rejects.toMatchObject({ code: 'NOT_FOUND' })

    await signInAs(mine.org.members.LEAD)
    const other = await call(teamCsv, { teamId: theirs.coreId, section: 'mode-mix' })
    expect(other.status).toBe(404)
    const own = await call(teamCsv, { teamId: mine.coreId, section: 'deep-work' })
    expect(own.status).toBe(200)
    expect(own.headers.get('content-type')).toContain('text/csv')
    expect(own.headers.get('content-disposition')).toMatch(/attachment; filename="Core-deep-work-\d{4}-\d\d-\d\d\.csv"/)
    const text = await own.text()
    expect(text.split('\r\n')[0]).toBe(
      'Team,Person,Primary type,Capacity (h),Planned (h),Orchestration (h),Deep-work share (%),Target (%),Parallel items,Flags',
    )
    expect(text).toContain('Core,Bo,Deep craft,15,12,8,46.7,60,2,Below deep-work target')
    expect((await call(orgCsv, { section: 'nope' })).status).toBe(404)
    signOut()
  })

  it('gives a collapsed table its first rows as JSON, from the same view and scope as the CSV', async () => {
    const mine = await buildKnownOrg()
    const theirs = await buildKnownOrg()
    await signInAs(mine.org.members.LEAD)
    const own = await call(teamCsv, { teamId: mine.coreId, section: 'deep-work' }, '?format=json')
    expect(own.status).toBe(200)
    expect(own.headers.get('content-type')).toContain('application/json')
    const page = await own.json()
    expect(page.totalRows).toBe(page.rows.length)
    expect(page.rows).toContainEqual(
      expect.objectContaining({ team: 'Core', person: 'Bo', type: 'Deep craft', capacity: 15, planned: 12, share: 46.7 }),
    )
    expect((await call(teamCsv, { teamId: theirs.coreId, section: 'deep-work' }, '?format=json')).status).toBe(404)
    const badFormat = await call(orgCsv, { section: 'deep-work' }, '?format=xml')
    expect(badFormat.status).toBe(422)
    expect((await badFormat.json()).error.fieldErrors).toHaveProperty('format')
    signOut()
  })

  it('lets only leads, managers, admins and owners download', async () => {
    const org = await createTestOrg()
    for (const role of ['LEAD', 'MANAGER', 'ADMIN', 'OWNER'] as const) {
      await signInAs(org.members[role])
      expect((await call(orgCsv, { section: 'mode-mix' })).status).toBe(200)
    }
    await signInAs(org.members.ENGINEER)
    expect((await call(orgCsv, { section: 'mode-mix' })).status).toBe(403)
    expect((await call(teamCsv, { teamId: org.teamId, section: 'mode-mix' })).status).toBe(403)
    signOut()
    expect((await call(orgCsv, { section: 'mode-mix' })).status).toBe(401)
  })

  it('escapes cells that a spreadsheet would run as a formula', async () => {
    const org = await createTestOrg()
    await prisma.team.update({ where: { id: org.teamId }, data: { name: '=HYPERLINK("http://evil")' } })
    await signInAs(org.members.LEAD)
    const text = await (await call(orgCsv, { section: 'mode-mix' })).text()
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")",0,0,0,1,0`)
    signOut()
  })

  it('renders an organisation with no data as empty figures, not an error', async () => {
    const org = await createTestOrg()
    const view = await getDashboard(org.orgId, null, NOW)
    expect(view.mix.total).toMatchObject({ profiled: 0, missing: 1 })
    expect(view.supply.current).toEqual([])
    expect(view.deepWork.people).toEqual([])
    expect(view.trends.points).toEqual([])
    expect(view.outcomes.total.items).toBe(0)
  })
})
