import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '@/lib/db/client'
import { createTestOrg, signInAs, type TestOrg } from '../../support/factories'
import {
  callAction,
  callRoute,
  loadActions,
  loadRoutes,
  PUBLIC_ROUTE_FILES,
  type EnumeratedAction,
  type EnumeratedRoute,
  type Outcome,
} from './app-surface'
import { asFormData, ATTACKER_ORG_NAME, missingIds, probePayloads, sentStrings } from './probe-payloads'
import { createVictim, snapshotRows, type Victim } from './tenant-data'

// THE tenant-isolation property: signed in as an OWNER of organisation A, every server action and
// route handler of the app, fed organisation B's ids under every plausible key, neither changes
// nor reveals anything of B, and answers as if the ids did not exist.

let actions: EnumeratedAction[]
let routes: EnumeratedRoute[]
let victim: Victim
let attacker: TestOrg

/** A's OWNER, signed in afresh (an action may have revoked the session or deleted organisation A). */
async function signInAttacker() {
  const owner = attacker
    ? await prisma.membership.findFirst({ where: { organizationId: attacker.orgId, userId: attacker.members.OWNER.userId, role: 'OWNER' } })
    : null
  if (!owner) attacker = await createTestOrg(ATTACKER_ORG_NAME)
  await signInAs(attacker.members.OWNER, attacker.orgId)
}

function leaks(result: unknown, payload: unknown): string[] {
  const text = JSON.stringify(result) ?? ''
  const sent = sentStrings(payload)
  return victim.secrets.filter((s) => !sent.has(s) && text.includes(s))
}

beforeAll(async () => {
  ;[actions, routes] = await Promise.all([loadActions(), loadRoutes()])
  victim = await createVictim()
  await signInAttacker()
}, 120_000)

describe('the app surface is enumerated from the code', () => {
  it('finds the actions and route handlers', () => {
    expect(actions.length).toBeGreaterThan(10)
    expect(actions.map((a) => a.meta?.name)).toEqual(expect.arrayContaining(['member.change-role', 'invitation.create', 'team.add-member']))
  })

  it('every export of an actions file is built with defineAction/defineUserAction/definePublicAction', () => {
    const bare = actions.filter((a) => !a.meta || typeof a.meta.name !== 'string' || typeof a.meta.permission !== 'string')
    expect(bare.map((a) => `${a.file}#${a.exportName}`)).toEqual([])
  })

  it('every route handler outside the public list is built with defineRoute', () => {
    const bare = routes.filter((r) => !r.meta && !PUBLIC_ROUTE_FILES[r.file])
    expect(bare.map((r) => `${r.file} ${r.method}`)).toEqual([])
  })
})

describe("organisation B's ids in every action", () => {
  it('change nothing of B and reveal nothing of B', async () => {
    const problems: string[] = []
    const codes = new Map<string, string[]>()
    for (const action of actions) {
      const before = await snapshotRows(victim.org.orgId)
      for (const [i, payload] of probePayloads(victim.ids).entries()) {
        // The form-encoded variant is sent once per action: it exercises formToObject, not new ids.
        for (const input of i === 0 ? [payload, asFormData(payload)] : [payload]) {
          await signInAttacker()
          const outcome = await callAction(action.fn, input)
          codes.set(action.meta?.name ?? action.exportName, [...(codes.get(action.meta?.name ?? action.exportName) ?? []), outcome.code])
          const leaked = leaks(outcome, payload)
          if (leaked.length) problems.push(`${action.meta?.name} leaked ${leaked.join(', ')}`)
        }
      }
      const after = await snapshotRows(victim.org.orgId)
      for (const table of Object.keys(before)) {
        if (JSON.stringify(before[table]) !== JSON.stringify(after[table])) problems.push(`${action.meta?.name} changed B's ${table}`)
      }
    }
    // Coverage report: actions whose every probe was refused by validation were not exercised deeply.
    const shallow = [...codes].filter(([, c]) => c.every((x) => x === 'INVALID')).map(([name]) => name)
    console.info(
      JSON.stringify({
        probe: 'tenant-isolation',
        actions: codes.size,
        onlyInvalid: shallow,
        outcomes: Object.fromEntries([...codes].map(([n, c]) => [n, [...new Set(c)]])),
      }),
    )
    expect(problems).toEqual([])
  }, 300_000)

  it('answer exactly as for ids that do not exist', async () => {
    const differences: string[] = []
    for (const action of actions) {
      // Same shapes, fresh names: the second call must not trip over rows the first one created.
      const forgedPayloads = probePayloads(missingIds(victim.ids))
      for (const [i, payload] of probePayloads(victim.ids).entries()) {
        await signInAttacker()
        const withB = await callAction(action.fn, payload)
        await signInAttacker()
        const withMissing = await callAction(action.fn, forgedPayloads[i])
        if (withB.code !== withMissing.code)
          differences.push(`${action.meta?.name} (id=${String(payload.id)}): B → ${withB.code}, missing → ${withMissing.code}`)
      }
    }
    expect(differences).toEqual([])
  }, 300_000)
})

describe('ids of organisation B are "not found" in the account actions', () => {
  const find = (name: string) => actions.find((a) => a.meta?.name === name)!.fn
  it.each([
    ['member.change-role', () => ({ membershipId: victim.ids.membershipId, role: 'LEAD' })],
    ['member.remove', () => ({ membershipId: victim.ids.membershipId })],
    ['invitation.revoke', () => ({ invitationId: victim.ids.invitationId })],
    ['team.rename', () => ({ teamId: victim.ids.teamId, name: 'Stolen' })],
    ['team.delete', () => ({ teamId: victim.ids.teamId })],
    ['team.add-member', () => ({ teamId: victim.ids.teamId, membershipId: attacker.members.ENGINEER.membershipId })],
    ['team.add-member', () => ({ teamId: attacker.teamId, membershipId: victim.ids.membershipId })],
    ['team.remove-member', () => ({ teamId: victim.ids.teamId, membershipId: victim.ids.membershipId })],
    ['invitation.accept', () => ({ token: `${victim.ids.invitationId}.${'x'.repeat(43)}` })],
  ])('%s', async (name, payload) => {
    await prisma.loginAttempt.deleteMany({ where: { email: 'invite' } }) // earlier probes used up the invitation throttle
    await signInAttacker()
    expect(await callAction(find(name), payload())).toMatchObject({ ok: false, code: 'NOT_FOUND' })
  })
})

describe("organisation B's ids in every route handler", () => {
  it('change nothing of B, reveal nothing of B, and answer 404 or refuse', async () => {
    const problems: string[] = []
    const before = await snapshotRows(victim.org.orgId)
    for (const route of routes) {
      for (const payload of probePayloads(victim.ids)) {
        await signInAttacker()
        const query = new URLSearchParams(Object.entries(payload).map(([k, v]) => [k, String(v)]))
        const params = Object.fromEntries(route.segments.map((s) => [s, String(payload[s] ?? payload.id)]))
        const outcome: Outcome | { status: number; text: string } = await callRoute(
          route,
          `http://localhost/probe?${query}`,
          params,
          payload,
        )
        const leaked = leaks(outcome, payload)
        if (leaked.length) problems.push(`${route.file} ${route.method} leaked ${leaked.join(', ')}`)
      }
    }
    const after = await snapshotRows(victim.org.orgId)
    expect(problems).toEqual([])
    expect(after).toEqual(before)
  }, 120_000)
})
