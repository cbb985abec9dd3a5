import { describe, expect, it, vi } from 'vitest'
import { updateAnonymityThresholdAction } from '@/app/(app)/settings/privacy/actions'
import { renameTeamAction } from '@/app/(app)/settings/teams/actions'
import { prisma } from '@/lib/db/client'
import { getCachedDashboard, getDashboard } from '@/lib/db/dashboards/dashboard'
import type { OrgId } from '@/lib/db/org-id'
import { firstRows } from '@/lib/metrics/table'
import { dashboardTables, type DashboardView } from '@/lib/metrics/view'
import { MAX_ANONYMITY_THRESHOLD } from '@/lib/schemas/survey'
import { createReadCache } from '@/lib/db/read-cache'
import { createTestOrg, createUser, signInAs, type TestMember } from '../../support/factories'

// Next bundles route handlers apart from pages and server actions, so one process holds a copy of
// every module per bundle. `vi.resetModules()` and a fresh import give the CSV route such a copy of its
// own: a write through the (other bundle's) server action must still reach its downloads at once.
// Another instance behind the load balancer has a cache of its own: `createReadCache()` stands in for it.

type Section = 'pulse' | 'supply-demand'

async function routeBundle() {
  vi.resetModules()
  const route = await import('@/app/api/dashboard/[section]/route')
  const dashboard = await import('@/lib/db/dashboards/dashboard')
  return {
    getCachedDashboard: dashboard.getCachedDashboard,
    /** The CSV download, or (format=json) the rows an opened table shows. */
    async download(who: TestMember, section: Section, format: 'csv' | 'json' = 'csv'): Promise<string> {
      await signInAs(who)
      const response = await route.GET(new Request(`http://test/api/dashboard/${section}?format=${format}`), {
        params: Promise.resolve({ section }),
      })
      expect(response.status).toBe(200)
      return response.text()
    },
  }
}

/** Team "Core" with a current sprint and three pulse answers from last month, shown while the threshold is three people. */
async function orgWithPulse() {
  const org = await createTestOrg()
  await prisma.organization.update({ where: { id: org.orgId }, data: { anonymityThreshold: 3 } })
  const now = new Date()
  const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 10))
  const sprint = await prisma.sprint.create({
    data: {
      organizationId: org.orgId,
      teamId: org.teamId,
      name: 'Sprint 1',
      status: 'CLOSED',
      startDate: new Date(lastMonth.getTime() - 14 * 86_400_000),
      endDate: lastMonth,
    },
  })
  await prisma.sprint.create({
    data: {
      organizationId: org.orgId,
      teamId: org.teamId,
      name: 'Sprint 2',
      status: 'ACTIVE',
      startDate: lastMonth,
      endDate: new Date(now.getTime() + 7 * 86_400_000),
    },
  })
  for (const [name, energy] of [
    ['Ada', 2],
    ['Bo', 4],
    ['Cy', 5],
  ] as const) {
    const user = await createUser(name)
    const m = await prisma.membership.create({ data: { organizationId: org.orgId, userId: user.id, role: 'ENGINEER' } })
    await prisma.teamMember.create({ data: { organizationId: org.orgId, teamId: org.teamId, membershipId: m.id } })
    await prisma.pulseResponse.create({
      data: {
        organizationId: org.orgId,
        sprintId: sprint.id,
        membershipId: m.id,
        deepWorkShare: 0.5,
        preferredModeShare: 0.7,
        energy,
        createdAt: lastMonth,
      },
    })
  }
  return org
}

const tableOf = (view: DashboardView, section: Section) => dashboardTables(view).find((t) => t.id === section)!
const pulseRows = (view: DashboardView) => tableOf(view, 'pulse').rows

/** The table's rows as the database says they are now, computed without any cache. */
async function freshRows(orgId: OrgId, section: Section) {
  return firstRows(tableOf(await getDashboard(orgId, null), section))
}

describe('dashboard downloads after a write', () => {
  it('show a raised anonymity threshold and a renamed team at once', async () => {
    const org = await orgWithPulse()
    const admin = org.members.ADMIN
    const bundle = await routeBundle()

    const before = await bundle.download(admin, 'pulse')
    expect(JSON.parse(await bundle.download(admin, 'pulse', 'json'))).toEqual(await freshRows(org.orgId, 'pulse'))
    expect(await bundle.download(admin, 'supply-demand')).toContain('Core,Sprint 2')

    await signInAs(admin)
    expect(await updateAnonymityThresholdAction({ anonymityThreshold: MAX_ANONYMITY_THRESHOLD })).toMatchObject({ ok: true })
    const after = await bundle.download(admin, 'pulse')
    expect(after).not.toBe(before)
    expect(JSON.parse(await bundle.download(admin, 'pulse', 'json'))).toEqual(await freshRows(org.orgId, 'pulse'))

    await signInAs(admin)
    expect(await renameTeamAction({ teamId: org.teamId, name: 'Platform' })).toMatchObject({ ok: true })
    const renamed = await bundle.download(admin, 'supply-demand')
    expect(renamed).toContain('Platform,Sprint 2')
    expect(renamed).not.toContain('Core')
  })

  it('share one cache with the pages of the same process', async () => {
    const org = await createTestOrg()
    const bundle = await routeBundle()
    expect(await bundle.getCachedDashboard(org.orgId, null)).toBe(await getCachedDashboard(org.orgId, null))
  })

  it('reach another instance at once, through the organisation’s stamp in Postgres', async () => {
    const org = await orgWithPulse()
    const otherInstance = createReadCache()
    const read = () => otherInstance.get(org.orgId, 'dashboard:org', () => getDashboard(org.orgId, null))
    const first = await read()
    expect(await read()).toBe(first)

    await signInAs(org.members.ADMIN)
    expect(await updateAnonymityThresholdAction({ anonymityThreshold: MAX_ANONYMITY_THRESHOLD })).toMatchObject({ ok: true })
    const raised = await read()
    expect(raised.anonymityThreshold).toBe(MAX_ANONYMITY_THRESHOLD)
    expect(pulseRows(raised)).not.toEqual(pulseRows(first))

    expect(await renameTeamAction({ teamId: org.teamId, name: 'Platform' })).toMatchObject({ ok: true })
    expect((await read()).teams.map((t) => t.name)).toEqual(['Platform'])
  })
})
