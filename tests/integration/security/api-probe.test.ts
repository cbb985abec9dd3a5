import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { revokeApiToken } from '@/lib/db/api/tokens'
import { prisma } from '@/lib/db/client'
import { API_TOKEN_SCOPES, canToken } from '@/lib/core/api-scopes'
import { API_OPERATIONS } from '@/lib/schemas/api/operations'
import type { ApiOperation } from '@/lib/schemas/api/operation'
import { createTestOrg, type TestOrg } from '../../support/factories'
import { handlerOf, tokenFor } from '../api/api-client'
import { changedTables, fingerprint } from './db-fingerprint'
import { hostileStrings } from './probe-payloads'
import { createVictim, snapshotRows, type Victim } from './tenant-data'

// The tenant, scope and hostile-input probes for /api/v1, walking every documented operation (the
// same list the OpenAPI document is built from, so a new operation is probed without editing this):
// another organisation's ids answer 404 and change nothing; a scope too small answers 403; a revoked
// or expired token 401; hostile input never a 500, always problem+json, and a refusal changes nothing.

let victim: Victim
let attacker: TestOrg
let admin: string

beforeAll(async () => {
  victim = await createVictim()
  attacker = await createTestOrg()
  admin = (await tokenFor(attacker, 'ADMIN')).secret
})

/** Path parameters naming the victim's records. */
const victimParams = (op: ApiOperation): Record<string, string> => {
  const keys = Object.keys(op.params?.shape ?? {})
  const value: Record<string, string> = {
    id: victim.ids.workItemId,
    sprintId: victim.ids.sprintId,
    version: '1',
    membershipId: victim.ids.membershipId,
  }
  return Object.fromEntries(keys.map((k) => [k, value[k]]))
}

/** A body that would pass validation, aimed at the victim's records where it names any. */
const validBody = (op: ApiOperation): unknown => {
  const item = { title: 'Probe item', type: 'BOILERPLATE', hours: 1, priority: 1, sprintId: victim.ids.sprintId }
  if (op.id === 'upsertWorkItems') return { items: [{ ...item, externalKey: 'PROBE-1' }] }
  if (op.id === 'createPlan') return { baseVersion: 1 }
  return op.body ? item : undefined
}

async function call(
  op: ApiOperation,
  token: string | null,
  init: { params?: Record<string, string>; body?: unknown; headers?: Record<string, string>; query?: string } = {},
) {
  const params = init.params ?? victimParams(op)
  const path = op.path.replace(/\{(\w+)\}/g, (_, k: string) => encodeURIComponent(params[k] ?? 'x'))
  const headers: Record<string, string> = { 'content-type': 'application/json', 'if-match': '"0"', ...init.headers }
  if (token) headers.authorization = `Bearer ${token}`
  const hasBody = op.method !== 'get' && op.method !== 'delete'
  const request = new Request(`http://plural.test/api/v1${path}${init.query ?? ''}`, {
    method: op.method.toUpperCase(),
    headers,
    body: hasBody ? (typeof init.body === 'string' ? init.body : JSON.stringify(init.body ?? validBody(op) ?? {})) : undefined,
  })
  const response = await (await handlerOf(op))(request, { params: Promise.resolve(params) })
  return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() }
}

describe('/api/v1 with another organisation’s ids', () => {
  it('answers 404 on every operation that names a record, leaks nothing and changes nothing', async () => {
    const before = await snapshotRows(victim.org.orgId)
    const problems: string[] = []
    for (const op of API_OPERATIONS) {
      const response = await call(op, admin, { headers: { 'if-match': '"0"' } })
      const leaked = victim.secrets.filter((s) => response.text.includes(s))
      if (leaked.length) problems.push(`${op.id} leaked ${leaked.join(', ')}`)
      const namesRecord = op.params || JSON.stringify(validBody(op) ?? {}).includes(victim.ids.sprintId)
      if (namesRecord && response.status !== 404) problems.push(`${op.id}: ${response.status} ${response.text.slice(0, 200)}`)
      if (!namesRecord && response.status !== 200) problems.push(`${op.id}: ${response.status} for a list of one’s own`)
    }
    expect(problems).toEqual([])
    expect(await snapshotRows(victim.org.orgId)).toEqual(before)
  })

  it('filters by another organisation’s sprint to an empty list, and its cursor to an empty page', async () => {
    const list = API_OPERATIONS.find((o) => o.id === 'listWorkItems')!
    for (const query of [`?sprintId=${victim.ids.sprintId}`, `?cursor=${Buffer.from(victim.ids.workItemId).toString('base64url')}`]) {
      const response = await call(list, admin, { query })
      expect(response.status).toBe(200)
      expect(JSON.parse(response.text)).toEqual({ data: [], nextCursor: null })
    }
  })
})

describe('/api/v1 scopes and dead tokens', () => {
  it('refuses every operation a scope does not allow with 403, and allows the rest past the guard', async () => {
    const problems: string[] = []
    for (const scope of API_TOKEN_SCOPES) {
      const { secret } = await tokenFor(attacker, scope)
      for (const op of API_OPERATIONS) {
        const { status } = await call(op, secret)
        const allowed = canToken(scope, 'OWNER', op.permission)
        if ((status === 403) === allowed) problems.push(`${op.id} with ${scope}: ${status}`)
      }
    }
    expect(problems).toEqual([])
  })

  it('answers 401 problem+json to a revoked or an expired token on every operation', async () => {
    const revoked = await tokenFor(attacker, 'ADMIN')
    await revokeApiToken(attacker.orgId, attacker.members.OWNER.userId, revoked.id)
    const expired = await tokenFor(attacker, 'ADMIN', attacker.members.OWNER, '2020-01-01')
    const problems: string[] = []
    for (const op of API_OPERATIONS)
      for (const token of [revoked.secret, expired.secret, null]) {
        const { status, type } = await call(op, token)
        if (status !== 401 || !type.startsWith('application/problem+json')) problems.push(`${op.id}: ${status} ${type}`)
      }
    expect(problems).toEqual([])
  })
})

// ---------------------------------------------------------------- hostile input

const nasty = hostileStrings
const idLike = fc.oneof(nasty, fc.constantFrom('1', '0', '999999999999'), fc.string({ maxLength: 30 }))
const jsonish: fc.Arbitrary<unknown> = fc.oneof(fc.jsonValue(), nasty, fc.constant(null))
const headerValue = fc.oneof(fc.constantFrom('"0"', 'W/"1"', '*', '"abc"', ''), fc.stringMatching(/^[\x21-\x7e]{0,40}$/))

function fieldsOf(op: ApiOperation): string[] {
  const body = validBody(op)
  return body && typeof body === 'object' ? Object.keys(body) : ['title']
}

const RUNS = 8

describe('/api/v1 under hostile input', () => {
  it.each(API_OPERATIONS.map((o): [string, ApiOperation] => [o.id, o]))(
    '%s never answers 500, always problem+json, and a refusal changes nothing',
    async (_id, op) => {
      const { secret } = await tokenFor(attacker, 'ADMIN')
      const queryKeys = Object.keys(op.query?.shape ?? {})
      const input = fc.record({
        params: fc.dictionary(fc.constantFrom(...Object.keys(op.params?.shape ?? { id: 0 })), idLike),
        query: fc.array(
          fc.tuple(fc.constantFrom(...(queryKeys.length ? queryKeys : ['q'])), fc.oneof(nasty, fc.string({ maxLength: 20 }))),
          { maxLength: 3 },
        ),
        body: fc.oneof(
          jsonish,
          fc
            .record({ field: fc.constantFrom(...fieldsOf(op)), value: jsonish })
            .map(({ field, value }) => ({ ...(validBody(op) as object), [field]: value })),
          fc.constantFrom('{', '[1,', '\u0000{}', '{"__proto__":{"polluted":"yes"}}').map((raw) => ({ raw })),
        ),
        ifMatch: headerValue,
        idempotencyKey: fc.option(headerValue, { nil: undefined }),
        contentType: fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded'),
      })
      let baseline = await fingerprint()
      await fc.assert(
        fc.asyncProperty(input, async (i) => {
          const raw = i.body && typeof i.body === 'object' && 'raw' in i.body ? String((i.body as { raw: string }).raw) : undefined
          const response = await call(op, secret, {
            params: Object.fromEntries(Object.entries({ ...victimParams(op), ...i.params }).map(([k, v]) => [k, String(v)])),
            query: `?${new URLSearchParams(i.query.map(([k, v]) => [k, String(v)]))}`,
            body: raw ?? i.body,
            headers: {
              'content-type': i.contentType,
              'if-match': String(i.ifMatch),
              ...(i.idempotencyKey !== undefined ? { 'idempotency-key': String(i.idempotencyKey) } : {}),
            },
          })
          const after = await fingerprint()
          const changed = changedTables(baseline, after)
          baseline = after
          const where = `${op.id} → ${response.status} ${response.text.slice(0, 200)} for ${JSON.stringify(i).slice(0, 300)}`
          expect(({} as Record<string, unknown>).polluted, `prototype polluted: ${where}`).toBeUndefined()
          expect(response.status, where).toBeLessThan(500)
          if (response.status < 400) return
          expect(response.type, where).toMatch(/^application\/problem\+json/)
          expect(JSON.parse(response.text), where).toMatchObject({ status: response.status, detail: expect.any(String) })
          expect(changed, `refused but changed the database: ${where}`).toEqual([])
        }),
        { numRuns: RUNS, endOnFailure: true },
      )
      expect(await prisma.workItem.count({ where: { organizationId: victim.org.orgId } })).toBe(2)
    },
    120_000,
  )
})
