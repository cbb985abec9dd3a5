import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { getActor } from '@/lib/auth/actor'
import { prisma } from '@/lib/db/client'
import { createTestOrg, signInAs, type TestOrg } from '../../support/factories'
import { callScim, filterQuery, scimRoutes, scimTokenFor } from '../accounts/scim/scim-client'
import { changedTables, fingerprint } from './db-fingerprint'
import { hostileStrings } from './probe-payloads'
import { createVictim, snapshotRows, type Victim } from './tenant-data'

// The tenant and hostile-input probes for /scim/v2, walking every SCIM route file (found from the code,
// so a new route is probed without editing this): another organisation's token reads none of the
// victim's people or teams, its ids answer 404 and nothing of the victim changes; hostile input never
// answers 500, always SCIM's error format, and a refusal changes nothing.

let victim: Victim
let attacker: TestOrg
let token: string
let routes: Awaited<ReturnType<typeof scimRoutes>>

beforeAll(async () => {
  victim = await createVictim()
  attacker = await createTestOrg()
  token = (await scimTokenFor(attacker)).secret
  routes = await scimRoutes()
}, 120_000)

const pathOf = (route: { path: string }, id: string) => route.path.replace('[id]', encodeURIComponent(id))

/** Valid bodies aimed at the victim: its people as group members, its team's name. */
const bodyFor = (path: string, method: string) => {
  if (method === 'PATCH' && path.startsWith('/Users'))
    return { Operations: [{ op: 'replace', value: { active: false, 'name.givenName': 'Probe' } }] }
  if (method === 'PATCH') return { Operations: [{ op: 'add', path: 'members', value: [{ value: victim.ids.membershipId }] }] }
  if (path.startsWith('/Users')) return { userName: `probe.${Date.now()}@example.test`, name: { givenName: 'P', familyName: 'Robe' } }
  return { displayName: `Probe ${Date.now()}`, members: [{ value: victim.ids.ownerMembershipId }] }
}

describe('/scim/v2 with another organisation’s token', () => {
  it('finds every SCIM route', () => {
    expect(routes.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining(['GET /Users', 'POST /Users', 'PATCH /Users/[id]', 'DELETE /Groups/[id]', 'GET /ServiceProviderConfig']),
    )
  })

  it('answers 404 for the victim’s ids on every route that names one, leaks nothing and changes nothing', async () => {
    const before = await snapshotRows(victim.org.orgId)
    const problems: string[] = []
    for (const route of routes.filter((r) => r.hasId)) {
      for (const id of [victim.ids.membershipId, victim.ids.ownerMembershipId, victim.ids.teamId, victim.ids.userId]) {
        const sendsBody = route.method === 'PUT' || route.method === 'PATCH'
        const response = await callScim(route.method, pathOf(route, id), {
          token,
          body: sendsBody ? bodyFor(route.path, route.method) : undefined,
        })
        if (response.status !== 404) problems.push(`${route.method} ${route.path} ${id}: ${response.status} ${response.text.slice(0, 160)}`)
        const leaked = victim.secrets.filter((s) => response.text.includes(s) && s !== id)
        if (leaked.length) problems.push(`${route.method} ${route.path} leaked ${leaked.join(', ')}`)
      }
    }
    expect(problems).toEqual([])
    expect(await snapshotRows(victim.org.orgId)).toEqual(before)
  })

  it('lists and filters only its own organisation, and refuses the victim’s people as group members', async () => {
    const before = await snapshotRows(victim.org.orgId)
    for (const route of routes.filter((r) => r.method === 'GET' && !r.hasId)) {
      const response = await callScim('GET', `${route.path}?count=200`, { token })
      expect(response.status, route.path).toBe(200)
      expect(
        victim.secrets.filter((s) => response.text.includes(s)),
        route.path,
      ).toEqual([])
    }
    const byName = await callScim('GET', `/Users?${filterQuery('userName', victim.org.members.ENGINEER.email)}`, { token })
    expect(byName.json).toMatchObject({ totalResults: 0, Resources: [] })
    const byTeam = await callScim('GET', `/Groups?${filterQuery('displayName', 'Core')}`, { token })
    expect(byTeam.json.Resources.map((g: { id: string }) => g.id)).not.toContain(victim.ids.teamId)
    const group = await callScim('POST', '/Groups', { token, body: bodyFor('/Groups', 'POST') })
    expect(group).toMatchObject({ status: 400, json: { scimType: 'invalidValue' } })
    expect(await snapshotRows(victim.org.orgId)).toEqual(before)
  })

  it('may provision a victim member’s e-mail into its own organisation, but deactivating them there leaves their other sessions alone', async () => {
    const engineer = victim.org.members.ENGINEER
    await signInAs(engineer, victim.org.orgId)
    const created = await callScim('POST', '/Users', {
      token,
      body: { userName: engineer.email, name: { formatted: 'Renamed By Attacker' } },
    })
    expect(created.status).toBe(201)
    const off = await callScim('PATCH', `/Users/${created.json.id}`, {
      token,
      body: { Operations: [{ op: 'replace', path: 'active', value: false }] },
    })
    expect(off.json.active).toBe(false)
    expect((await getActor())?.orgId).toBe(victim.org.orgId)
    expect((await prisma.user.findUniqueOrThrow({ where: { id: engineer.userId } })).name).toBe('ENGINEER')
    expect((await callScim('DELETE', `/Users/${created.json.id}`, { token })).status).toBe(204)
    expect((await getActor())?.orgId).toBe(victim.org.orgId)
  })
})

// ---------------------------------------------------------------- hostile input

const nasty = hostileStrings
const jsonish: fc.Arbitrary<unknown> = fc.oneof(fc.jsonValue(), nasty, fc.constant(null))
const scimOp = fc.record({
  op: fc.oneof(fc.constantFrom('add', 'Replace', 'remove', 'copy'), nasty),
  path: fc.option(
    fc.oneof(fc.constantFrom('active', 'members', 'members[value eq "x"]', 'name.givenName', 'emails', 'displayName'), nasty),
    {
      nil: undefined,
    },
  ),
  value: jsonish,
})
const RUNS = 10

describe('/scim/v2 under hostile input', () => {
  it('never answers 500, always SCIM’s error format, and a refusal changes nothing', async () => {
    const own = await callScim('POST', '/Users', { token, body: { userName: `fuzz.${Date.now()}@example.test` } })
    const ownGroup = await callScim('POST', '/Groups', { token, body: { displayName: `Fuzz ${Date.now()}` } })
    const ids = fc.oneof(fc.constantFrom(own.json.id, ownGroup.json.id, victim.ids.membershipId), nasty, fc.string({ maxLength: 30 }))
    const input = fc.record({
      route: fc.constantFrom(...routes),
      id: ids,
      query: fc.array(
        fc.tuple(fc.constantFrom('filter', 'startIndex', 'count', 'excludedAttributes'), fc.oneof(nasty, fc.string({ maxLength: 40 }))),
        {
          maxLength: 3,
        },
      ),
      body: fc.oneof(
        jsonish,
        fc.record({ Operations: fc.array(scimOp, { maxLength: 3 }) }),
        fc.record({ userName: jsonish, name: jsonish, emails: jsonish, active: jsonish, externalId: jsonish }, { requiredKeys: [] }),
        fc.record(
          { displayName: jsonish, members: fc.oneof(jsonish, fc.array(fc.record({ value: jsonish }), { maxLength: 3 })) },
          { requiredKeys: [] },
        ),
      ),
      raw: fc.option(fc.constantFrom('{', '[1,', '\u0000{}', '{"__proto__":{"polluted":"yes"}}'), { nil: undefined }),
      contentType: fc.constantFrom('application/scim+json', 'application/json', 'text/plain'),
    })
    let baseline = await fingerprint()
    await fc.assert(
      fc.asyncProperty(input, async (i) => {
        const query = new URLSearchParams(i.query.map(([k, v]) => [k, String(v)]))
        const response = await callScim(i.route.method, `${pathOf(i.route, String(i.id))}?${query}`, {
          token,
          body: i.body,
          rawBody: i.raw,
          contentType: i.contentType,
        })
        const after = await fingerprint()
        const changed = changedTables(baseline, after)
        baseline = after
        const where = `${i.route.method} ${i.route.path} → ${response.status} ${response.text.slice(0, 200)} for ${JSON.stringify(i).slice(0, 300)}`
        expect(({} as Record<string, unknown>).polluted, `prototype polluted: ${where}`).toBeUndefined()
        expect(response.status, where).toBeLessThan(500)
        expect(response.type, where).toMatch(/^application\/scim\+json/)
        if (response.status < 400) return
        expect(response.json, where).toMatchObject({
          schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
          status: String(response.status),
        })
        expect(changed, `refused but changed the database: ${where}`).toEqual([])
      }),
      { numRuns: RUNS * routes.length, endOnFailure: true },
    )
  }, 300_000)
})
