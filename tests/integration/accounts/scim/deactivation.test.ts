import { beforeAll, describe, expect, it } from 'vitest'
import { authenticateApiToken } from '@/lib/db/api/tokens'
import { prisma } from '@/lib/db/client'
import { getModeMix } from '@/lib/db/dashboards/mix'
import { loadMemberRows } from '@/lib/db/planner/input'
import { listAvailability } from '@/lib/db/sprints/availability'
import { listMemberProfiles } from '@/lib/db/survey/profiles'
import { listMembers } from '@/lib/db/accounts/memberships'
import { listTeamsWithMembers } from '@/lib/db/accounts/teams'
import { suggestAssignees } from '@/lib/db/work-items/filters'
import { createTestOrg, type TestOrg } from '../../../support/factories'
import { tokenFor } from '../../api/api-client'
import { scimClient, scimTokenFor } from './scim-client'

// A person the identity provider deactivated is no longer offered anywhere people are chosen or counted
// as the current team (availability, the planner, filters, team lists, the dashboards' mode mix), and the
// API tokens they made stop; the members page still lists them, marked. Re-activation undoes all of it.

let org: TestOrg
let scim: ReturnType<typeof scimClient>
let sprint: { id: string; teamId: string; startDate: Date; endDate: Date }
const engineer = () => org.members.ENGINEER

beforeAll(async () => {
  org = await createTestOrg()
  scim = scimClient((await scimTokenFor(org)).secret)
  sprint = await prisma.sprint.create({
    data: { organizationId: org.orgId, teamId: org.teamId, name: 'S1', startDate: new Date('2026-03-02'), endDate: new Date('2026-03-13') },
    select: { id: true, teamId: true, startDate: true, endDate: true },
  })
})

async function offered() {
  const id = engineer().membershipId
  const [availability, planner, profiles, suggestions, teams, mix] = await Promise.all([
    listAvailability(org.orgId, sprint.id, { withReasons: true }),
    loadMemberRows(org.orgId, sprint),
    listMemberProfiles(org.orgId, 'OWNER'),
    suggestAssignees(org.orgId, 'ENGINEER'),
    listTeamsWithMembers(org.orgId),
    getModeMix(org.orgId, null, new Date()),
  ])
  return {
    availability: availability!.rows.some((r) => r.membershipId === id),
    planner: planner.some((r) => r.membershipId === id),
    profiles: profiles.some((p) => p.membershipId === id),
    suggestions: suggestions.some((s) => s.value === id),
    teams: teams[0].members.some((m) => m.membershipId === id),
    engineersCounted: mix.total.missing,
  }
}

const setActive = (active: boolean) =>
  scim.patch(`/Users/${engineer().membershipId}`, { Operations: [{ op: 'replace', path: 'active', value: active }] })

describe('a deactivated member', () => {
  it('is not offered in availability, planner, filters or team lists, nor counted in the mode mix; re-activation brings them back', async () => {
    const everywhere = { availability: true, planner: true, profiles: true, suggestions: true, teams: true, engineersCounted: 1 }
    expect(await offered()).toEqual(everywhere)
    expect((await setActive(false)).json.active).toBe(false)
    expect(await offered()).toEqual({
      availability: false,
      planner: false,
      profiles: false,
      suggestions: false,
      teams: false,
      engineersCounted: 0,
    })
    const listed = (await listMembers(org.orgId)).find((m) => m.membershipId === engineer().membershipId)
    expect(listed?.active).toBe(false)
    expect((await setActive(true)).json.active).toBe(true)
    expect(await offered()).toEqual(everywhere)
  })

  it('stops the API tokens they made, which work again after re-activation', async () => {
    const { secret } = await tokenFor(org, 'READ', org.members.ADMIN)
    expect((await authenticateApiToken(secret, null)).ok).toBe(true)
    await scim.patch(`/Users/${org.members.ADMIN.membershipId}`, { Operations: [{ op: 'Replace', path: 'active', value: 'False' }] })
    expect(await authenticateApiToken(secret, null)).toEqual({ ok: false, reason: 'revoked' })
    await scim.patch(`/Users/${org.members.ADMIN.membershipId}`, { Operations: [{ op: 'Replace', path: 'active', value: 'True' }] })
    expect((await authenticateApiToken(secret, null)).ok).toBe(true)
  })
})
