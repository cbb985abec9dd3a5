import { describe, expect, it } from 'vitest'
import { renameTeamAction } from '@/app/(app)/settings/teams/actions'
import { POST as remind } from '@/app/api/cron/reminders/route'
import { GET as orgCsv } from '@/app/api/dashboard/[section]/route'
import { prisma } from '@/lib/db/client'
import { getCachedDashboard } from '@/lib/db/dashboards/dashboard'
import { createTestOrg, signInAs, signOut } from '../../support/factories'

describe('cached dashboard reads', () => {
  it('shares one view between requests until a write in the organisation', async () => {
    const mine = await createTestOrg()
    const theirs = await createTestOrg()
    const first = await getCachedDashboard(mine.orgId, null)
    expect(await getCachedDashboard(mine.orgId, null)).toBe(first)
    const theirView = await getCachedDashboard(theirs.orgId, null)

    // A change that bypasses the app's writes is not seen until the entry expires...
    await prisma.team.update({ where: { id: mine.teamId }, data: { name: 'Renamed behind our back' } })
    expect((await getCachedDashboard(mine.orgId, null)).teams.map((t) => t.name)).not.toContain('Renamed behind our back')

    // ...but any successful action in the organisation drops its entries at once.
    await signInAs(mine.members.ADMIN)
    const renamed = await renameTeamAction({ teamId: mine.teamId, name: 'Platform' })
    expect(renamed.ok).toBe(true)
    expect((await getCachedDashboard(mine.orgId, null)).teams.map((t) => t.name)).toContain('Platform')
    // Another organisation's entry is untouched.
    expect(await getCachedDashboard(theirs.orgId, null)).toBe(theirView)

    // A refused action changes nothing, so it keeps the entry.
    const kept = await getCachedDashboard(mine.orgId, null)
    expect((await renameTeamAction({ teamId: mine.teamId, name: '' })).ok).toBe(false)
    expect(await getCachedDashboard(mine.orgId, null)).toBe(kept)
    signOut()
  })

  it('drops the entries after a writing route handler, not after a read', async () => {
    const org = await createTestOrg()
    const view = await getCachedDashboard(org.orgId, org.teamId)
    await signInAs(org.members.MANAGER)
    const csv = await orgCsv(new Request('http://test/api/dashboard/mode-mix'), { params: Promise.resolve({ section: 'mode-mix' }) })
    expect(csv.status).toBe(200)
    expect(await getCachedDashboard(org.orgId, org.teamId)).toBe(view)
    const response = await remind(new Request('http://test/api/cron/reminders', { method: 'POST' }), { params: Promise.resolve({}) })
    expect(response.status).toBeLessThan(400)
    expect(await getCachedDashboard(org.orgId, org.teamId)).not.toBe(view)
    signOut()
  })

  it('never keeps a refusal: an unknown team is looked up again', async () => {
    const org = await createTestOrg()
    await expect(getCachedDashboard(org.orgId, 'no-such-team')).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getCachedDashboard(org.orgId, 'no-such-team')).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})
