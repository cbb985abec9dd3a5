import { beforeAll, describe, expect, it } from 'vitest'
import { createCalendarFeedAction } from '@/app/(app)/settings/actions'
import { getActor } from '@/lib/auth/actor'
import { revokeScimToken } from '@/lib/db/accounts/scim-tokens'
import { RATE_WINDOW_MS } from '@/lib/db/api/rate-limit'
import { prisma } from '@/lib/db/client'
import { userIdOf } from '@/lib/db/user-id'
import { env } from '@/lib/env'
import { createTestOrg, signInAs, type TestOrg } from '../../../support/factories'
import { callScim, filterQuery, scimClient, scimTokenFor } from './scim-client'

// The request sequences identity providers send, replayed against Postgres. Sources:
// - Okta, "SCIM 2.0 provisioning" reference (developer.okta.com/docs/reference/scim/scim-20/): the
//   connection test GET /Users?startIndex=1&count=2, GET /Users?filter=userName eq "…" before POST /Users,
//   deactivation as PATCH {"op":"replace","value":{"active":false}}, groups pushed with POST /Groups and
//   members changed with PATCH {"op":"add","path":"members",…} and {"op":"remove","path":"members[value eq \"…\"]"}.
// - Microsoft Entra ID, "Tutorial: Develop and plan provisioning for a SCIM endpoint", request examples
//   (learn.microsoft.com/entra/identity/app-provisioning/use-scim-to-provision-users-and-groups): the
//   lookups by userName and externalId, PATCH {"op":"Replace","path":"active","value":"False"},
//   {"op":"Add","path":"members","value":[{"value":…}]}, GET /Groups/{id}?excludedAttributes=members.

let org: TestOrg
let scim: ReturnType<typeof scimClient>

beforeAll(async () => {
  org = await createTestOrg()
  scim = scimClient((await scimTokenFor(org)).secret)
})

const oktaUser = (i: number) => ({
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
  userName: `person${i}.${org.orgId.slice(-6)}@example.test`,
  name: { givenName: `Given${i}`, familyName: `Family${i}` },
  emails: [{ primary: true, value: `person${i}.${org.orgId.slice(-6)}@example.test`, type: 'work' }],
  displayName: `Given${i} Family${i}`,
  locale: 'en-US',
  externalId: `00u${i}okta`,
  groups: [],
  password: 'ignored-by-plural',
  active: true,
})

describe('an Okta-style provisioning run: 20 users, 2 groups, a deactivation and a re-activation', () => {
  const ids: string[] = []
  let groupIds: string[] = []

  it('answers the connection test and finds no one before creating them', async () => {
    const probe = await scim.get('/Users?startIndex=1&count=2')
    expect(probe.status).toBe(200)
    expect(probe.type).toMatch(/^application\/scim\+json/)
    expect(probe.json).toMatchObject({ schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], startIndex: 1, itemsPerPage: 2 })
    // The organisation's five members (from sign-up and invitations) are users already.
    expect(probe.json.totalResults).toBe(5)
  })

  it('creates 20 users after a userName lookup each, as engineers in the organisation', async () => {
    for (let i = 1; i <= 20; i++) {
      const lookup = await scim.get(`/Users?${filterQuery('userName', oktaUser(i).userName)}&startIndex=1&count=100`)
      expect(lookup.json.totalResults).toBe(0)
      const created = await scim.post('/Users', oktaUser(i))
      expect(created.status, created.text).toBe(201)
      expect(created.json).toMatchObject({
        userName: oktaUser(i).userName,
        externalId: `00u${i}okta`,
        active: true,
        name: { givenName: `Given${i}`, familyName: `Family${i}`, formatted: `Given${i} Family${i}` },
        meta: { resourceType: 'User', location: `http://plural.test/scim/v2/Users/${created.json.id}` },
      })
      ids.push(created.json.id)
    }
    const members = await prisma.membership.findMany({ where: { id: { in: ids }, organizationId: org.orgId }, select: { role: true } })
    expect(members).toHaveLength(20)
    expect(new Set(members.map((m) => m.role))).toEqual(new Set(['ENGINEER']))
    const found = await scim.get(`/Users?${filterQuery('userName', oktaUser(7).userName.toUpperCase())}`)
    expect(found.json.Resources.map((r: { id: string }) => r.id)).toEqual([ids[6]])
    const page = await scim.get('/Users?startIndex=21&count=10')
    expect(page.json).toMatchObject({ totalResults: 25, startIndex: 21, itemsPerPage: 5 })
  })

  it('refuses a second user with the same userName with 409 uniqueness', async () => {
    const again = await scim.post('/Users', oktaUser(3))
    expect(again.status).toBe(409)
    expect(again.json).toEqual({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
      status: '409',
      scimType: 'uniqueness',
      detail: expect.stringContaining(oktaUser(3).userName),
    })
  })

  it('creates two groups and changes their members in Okta’s and Entra ID’s forms', async () => {
    const backend = await scim.post('/Groups', {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'],
      displayName: 'Backend',
      members: ids.slice(0, 5).map((value) => ({ value, display: value })),
    })
    const frontend = await scim.post('/Groups', {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'],
      displayName: 'Frontend',
      members: [],
    })
    expect([backend.status, frontend.status]).toEqual([201, 201])
    groupIds = [backend.json.id, frontend.json.id]
    // Okta: add with a value list, remove by a members[value eq] path, rename without a path.
    const okta = await scim.patch(`/Groups/${groupIds[0]}`, {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [
        { op: 'add', path: 'members', value: [{ value: ids[5], display: 'Given6 Family6' }] },
        { op: 'remove', path: `members[value eq "${ids[0]}"]` },
        { op: 'replace', value: { id: groupIds[0], displayName: 'Backend Platform' } },
      ],
    })
    expect(okta.status, okta.text).toBe(200)
    expect(okta.json.displayName).toBe('Backend Platform')
    expect(okta.json.members.map((m: { value: string }) => m.value).sort()).toEqual([...ids.slice(1, 6)].sort())
    // Entra ID: capitalised ops, a members path with a value list on Add and Remove.
    const entra = await scim.patch(`/Groups/${groupIds[1]}`, {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [
        { op: 'Add', path: 'members', value: ids.slice(10, 14).map((value) => ({ value })) },
        { op: 'Remove', path: 'members', value: [{ value: ids[10] }] },
      ],
    })
    expect(entra.status, entra.text).toBe(200)
    const light = await scim.get(`/Groups/${groupIds[1]}?excludedAttributes=members`)
    expect(light.json).not.toHaveProperty('members')
    const teams = await prisma.teamMember.findMany({ where: { teamId: groupIds[1] }, select: { membershipId: true } })
    expect(teams.map((t) => t.membershipId).sort()).toEqual(ids.slice(11, 14).sort())
    const byName = await scim.get(`/Groups?${filterQuery('displayName', 'Frontend')}&excludedAttributes=members`)
    expect(byName.json.Resources.map((g: { id: string }) => g.id)).toEqual([groupIds[1]])
  })

  it('deactivating someone ends their existing session at once and keeps their history; re-activating restores access', async () => {
    const person = await prisma.membership.findUniqueOrThrow({ where: { id: ids[11] }, select: { userId: true } })
    const me = { userId: userIdOf(person.userId) }
    // Their history: an assignment in a published plan.
    const sprint = await prisma.sprint.create({
      data: {
        organizationId: org.orgId,
        teamId: groupIds[1],
        name: 'S1',
        startDate: new Date('2026-03-02'),
        endDate: new Date('2026-03-13'),
      },
    })
    const item = await prisma.workItem.create({
      data: { organizationId: org.orgId, title: 'Login page', type: 'BOILERPLATE', hours: 4, priority: 1 },
    })
    const plan = await prisma.plan.create({
      data: {
        organizationId: org.orgId,
        sprintId: sprint.id,
        version: 1,
        status: 'PUBLISHED',
        objective: 1,
        authorId: org.members.MANAGER.membershipId,
      },
    })
    await prisma.assignment.create({
      data: { organizationId: org.orgId, planId: plan.id, workItemId: item.id, membershipId: ids[11], mode: 'craft', fit: 0.8, value: 1 },
    })
    await signInAs(me, org.orgId)
    expect((await getActor())?.orgId).toBe(org.orgId)

    const off = await scim.patch(`/Users/${ids[11]}`, {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [{ op: 'replace', value: { active: false } }],
    })
    expect(off.status, off.text).toBe(200)
    expect(off.json.active).toBe(false)
    // The same session (same cookie, same session version) is refused on its next request.
    expect(await createCalendarFeedAction({})).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
    // Signing in again gives no access to the organisation either.
    await signInAs(me, org.orgId)
    expect(await getActor()).toBeNull()
    expect(await createCalendarFeedAction({})).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    // History keeps them under their name; SCIM still answers them, inactive.
    const assignment = await prisma.assignment.findFirstOrThrow({
      where: { planId: plan.id },
      select: { membership: { select: { user: { select: { name: true } } } } },
    })
    expect(assignment.membership?.user.name).toBe('Given12 Family12')
    expect((await scim.get(`/Users/${ids[11]}`)).json.active).toBe(false)

    const on = await scim.patch(`/Users/${ids[11]}`, {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [{ op: 'Replace', path: 'active', value: 'True' }],
    })
    expect(on.json.active).toBe(true)
    await signInAs(me, org.orgId)
    expect((await getActor())?.role).toBe('ENGINEER')
    const audit = await prisma.auditEvent.findMany({ where: { organizationId: org.orgId, targetId: ids[11] }, select: { action: true } })
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['member.deactivated', 'member.reactivated']))
  })
})

describe('Entra ID’s forms for users', () => {
  it('finds by externalId, deactivates with the string "False", and updates names by path', async () => {
    const entraOrg = await createTestOrg()
    const entra = scimClient((await scimTokenFor(entraOrg)).secret)
    const userName = `ada.${entraOrg.orgId.slice(-6)}@contoso.test`
    const none = await entra.get(`/Users?${filterQuery('externalId', 'e1c8f7a2-0001')}`)
    expect(none.json).toMatchObject({ totalResults: 0, Resources: [] })
    const created = await entra.post('/Users', {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'],
      externalId: 'e1c8f7a2-0001',
      userName,
      active: true,
      emails: [{ primary: true, type: 'work', value: userName }],
      meta: { resourceType: 'User' },
      name: { formatted: 'Ada Lovelace', familyName: 'Lovelace', givenName: 'Ada' },
      roles: [],
    })
    expect(created.status, created.text).toBe(201)
    const id = created.json.id
    expect((await entra.get(`/Users?${filterQuery('externalId', 'e1c8f7a2-0001')}`)).json.Resources[0].id).toBe(id)
    const renamed = await entra.patch(`/Users/${id}`, {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [
        { op: 'Replace', path: 'name.familyName', value: 'King' },
        { op: 'Add', path: 'emails[type eq "work"].value', value: userName },
        { op: 'Replace', path: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department', value: 'Engines' },
      ],
    })
    expect(renamed.json.name).toEqual({ formatted: 'Ada King', givenName: 'Ada', familyName: 'King' })
    const off = await entra.patch(`/Users/${id}`, {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [{ op: 'Replace', path: 'active', value: 'False' }],
    })
    expect(off.json.active).toBe(false)
    expect(await prisma.membership.findUniqueOrThrow({ where: { id }, select: { deactivatedAt: true } })).not.toEqual({
      deactivatedAt: null,
    })
  })

  it('links a person who joined before provisioning instead of creating a second account', async () => {
    const found = await scimClient((await scimTokenFor(org)).secret).get(`/Users?${filterQuery('userName', org.members.LEAD.email)}`)
    expect(found.json.Resources.map((r: { id: string }) => r.id)).toEqual([org.members.LEAD.membershipId])
  })

  it('lets an existing Plural user of another organisation join with their account and name unchanged', async () => {
    const other = await createTestOrg()
    const created = await scim.post('/Users', {
      userName: other.members.MANAGER.email,
      name: { givenName: 'Renamed', familyName: 'ByIdp' },
    })
    expect(created.status, created.text).toBe(201)
    const membership = await prisma.membership.findUniqueOrThrow({ where: { id: created.json.id }, select: { userId: true, role: true } })
    expect(membership).toEqual({ userId: other.members.MANAGER.userId, role: 'ENGINEER' })
    expect((await prisma.user.findUniqueOrThrow({ where: { id: membership.userId } })).name).toBe('MANAGER')
  })
})

describe('DELETE', () => {
  it('deactivates a user, takes them off their teams and answers 404 from then on; POST brings them back with their history', async () => {
    const created = await scim.post('/Users', { userName: `leaver.${org.orgId.slice(-6)}@example.test`, name: { formatted: 'Lee Leaver' } })
    const id = created.json.id
    await prisma.teamMember.create({ data: { organizationId: org.orgId, teamId: org.teamId, membershipId: id } })
    expect((await scim.delete(`/Users/${id}`)).status).toBe(204)
    expect((await scim.get(`/Users/${id}`)).status).toBe(404)
    const row = await prisma.membership.findUniqueOrThrow({ where: { id }, select: { deactivatedAt: true, teams: true } })
    expect(row.deactivatedAt).toBeInstanceOf(Date)
    expect(row.teams).toEqual([])
    const back = await scim.post('/Users', { userName: `leaver.${org.orgId.slice(-6)}@example.test` })
    expect(back.status).toBe(201)
    expect(back.json).toMatchObject({ id, active: true })
  })

  it('empties a group; the team goes when it has no sprints and stays as an ordinary team when it has', async () => {
    const empty = await scim.post('/Groups', { displayName: 'Short-lived' })
    expect((await scim.delete(`/Groups/${empty.json.id}`)).status).toBe(204)
    expect(await prisma.team.count({ where: { id: empty.json.id } })).toBe(0)
    const used = await scim.post('/Groups', { displayName: 'Has sprints', members: [{ value: org.members.ENGINEER.membershipId }] })
    await prisma.sprint.create({
      data: {
        organizationId: org.orgId,
        teamId: used.json.id,
        name: 'S',
        startDate: new Date('2026-01-05'),
        endDate: new Date('2026-01-16'),
      },
    })
    expect((await scim.delete(`/Groups/${used.json.id}`)).status).toBe(204)
    expect((await scim.get(`/Groups/${used.json.id}`)).status).toBe(404)
    expect(await prisma.team.findUniqueOrThrow({ where: { id: used.json.id }, select: { scimGroup: true, members: true } })).toEqual({
      scimGroup: false,
      members: [],
    })
  })
})

describe('errors and tokens', () => {
  it('refuses the last active owner’s deactivation, an unsupported filter and a wrong patch value in SCIM’s error format', async () => {
    const owner = await scim.patch(`/Users/${org.members.OWNER.membershipId}`, {
      Operations: [{ op: 'replace', path: 'active', value: false }],
    })
    expect(owner).toMatchObject({ status: 400, json: { status: '400', scimType: 'invalidValue' } })
    const filter = await scim.get(`/Users?filter=${encodeURIComponent('userName co "a"')}`)
    expect(filter).toMatchObject({ status: 400, json: { scimType: 'invalidFilter' } })
    const value = await scim.patch(`/Users/${org.members.LEAD.membershipId}`, {
      Operations: [{ op: 'replace', path: 'active', value: 'maybe' }],
    })
    expect(value).toMatchObject({ status: 400, json: { scimType: 'invalidValue' } })
  })

  it('answers 401 to a missing, unknown or revoked token', async () => {
    const token = await scimTokenFor(org, 'To revoke')
    await revokeScimToken(org.orgId, org.members.OWNER.userId, token.id)
    for (const secret of [null, 'scim_abcdefgh_' + 'x'.repeat(43), token.secret]) {
      const response = await callScim('GET', '/Users', { token: secret })
      expect(response.status).toBe(401)
      expect(response.json).toMatchObject({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '401' })
    }
  })

  it('answers 429 with Retry-After in SCIM’s error format once a token’s minute is used up, and creates nothing', async () => {
    const busy = await scimTokenFor(org, 'Runaway sync')
    expect((await callScim('GET', '/Users?count=1', { token: busy.secret })).status).toBe(200)
    const current = Math.floor(Date.now() / RATE_WINDOW_MS) * RATE_WINDOW_MS
    expect(await prisma.scimRateWindow.findMany({ where: { tokenId: busy.id }, select: { windowStart: true, count: true } })).toEqual([
      { windowStart: new Date(current), count: 1 },
    ])
    // Another instance has counted the whole allowance, this minute and the next (in case the minute
    // turns over while the test runs).
    await prisma.scimRateWindow.upsert({
      where: { tokenId_windowStart: { tokenId: busy.id, windowStart: new Date(current) } },
      update: { count: env().SCIM_RATE_LIMIT_PER_MINUTE },
      create: { tokenId: busy.id, windowStart: new Date(current), count: env().SCIM_RATE_LIMIT_PER_MINUTE },
    })
    await prisma.scimRateWindow.create({
      data: { tokenId: busy.id, windowStart: new Date(current + RATE_WINDOW_MS), count: env().SCIM_RATE_LIMIT_PER_MINUTE },
    })
    const members = await prisma.membership.count({ where: { organizationId: org.orgId } })
    const refused = await callScim('POST', '/Users', { token: busy.secret, body: oktaUser(99) })
    expect([refused.status, refused.type]).toEqual([429, 'application/scim+json; charset=utf-8'])
    expect(refused.json).toEqual({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
      status: '429',
      detail: expect.stringMatching(/^This SCIM token sent too many requests; retry in \d+ s\.$/),
    })
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1)
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60)
    expect(await prisma.membership.count({ where: { organizationId: org.orgId } })).toBe(members)
    // The organisation's other token has its own allowance.
    expect((await scim.get('/Users?count=1')).status).toBe(200)
  })

  it('describes itself at ServiceProviderConfig, ResourceTypes and Schemas', async () => {
    const config = await scim.get('/ServiceProviderConfig')
    expect(config.json).toMatchObject({
      patch: { supported: true },
      bulk: { supported: false },
      filter: { supported: true, maxResults: 200 },
    })
    const types = await scim.get('/ResourceTypes')
    expect(types.json.Resources.map((t: { endpoint: string }) => t.endpoint)).toEqual(['/Users', '/Groups'])
    const schemas = await scim.get('/Schemas')
    expect(schemas.json.totalResults).toBe(2)
    expect((await scim.get('/Schemas/urn:ietf:params:scim:schemas:core:2.0:User')).json.name).toBe('User')
    expect((await scim.get('/ResourceTypes/Nope')).status).toBe(404)
  })
})
