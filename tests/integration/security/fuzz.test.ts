import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Role } from '@/lib/core/permissions'
import { prisma } from '@/lib/db/client'
import { changedTables, fingerprint } from './db-fingerprint'
import { signInAs } from '../../support/factories'
import {
  actionFiles,
  loadActions,
  loadRoutes,
  routeFiles,
  type EnumeratedAction,
  type EnumeratedRoute,
  type ProbeAction,
} from './app-surface'
import { createVictim, type Victim } from './tenant-data'

// Hostile-input property for the whole app surface: every server action and route handler, fed
// generated garbage (wrong types, 100 KB strings, RTL/zero-width/NUL text, NaN and Infinity,
// missing and extra fields, arrays for scalars, __proto__ keys, another organisation's ids, forms),
// answers ok or with a 4xx-class code and a message, never INTERNAL / 500, and a refused call
// leaves every table of the database exactly as it was (row counts + md5 of the rows).

const ROOT = resolve(import.meta.dirname, '../../..')
const OWNER_RUNS = 18
const ENGINEER_RUNS = 5
const ROUTE_RUNS = 15

const [actions, routes] = await Promise.all([loadActions(), loadRoutes()])

// ---------------------------------------------------------------- who is signed in

let home: Victim // the signed-in organisation: a row in every tenant table, so ids lead somewhere
let foreign: Victim // another organisation, whose ids the fuzzer sends

/** Signs in the home organisation's member of `role`, rebuilding the organisation if a call removed it. */
async function signIn(role: Role): Promise<boolean> {
  const member = home.org.members[role]
  const membership = await prisma.membership.findFirst({ where: { id: member.membershipId, role }, select: { id: true } })
  const rebuilt = !membership
  if (rebuilt) home = await createVictim()
  await signInAs(home.org.members[role], home.org.orgId)
  return rebuilt
}

// ---------------------------------------------------------------- arbitraries

/** Every field name the app's schemas and actions read (from the code, so new fields are fuzzed too). */
function schemaKeys(): string[] {
  const schemaDir = join(ROOT, 'lib/schemas')
  const schemaFiles = (readdirSync(schemaDir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.ts'))
  const sources = [...schemaFiles.map((f) => join(schemaDir, f)), ...actionFiles().map((f) => join(ROOT, f))].map((f) =>
    readFileSync(f, 'utf8'),
  )
  const keys = sources.flatMap((s) => [...s.matchAll(/\b([a-zA-Z]\w*):\s*(?:z\.|[a-zA-Z]+(?:Schema|Field)\b)/g)].map((m) => m[1]))
  return [
    ...new Set([
      ...keys,
      'id',
      'itemIds',
      'ids',
      'membershipIds',
      'organizationId',
      'planId',
      'revision',
      'confirmation',
      'theme',
      'energy',
      'comment',
    ]),
  ].sort()
}

/** Query keys the route handlers read: the keys of their `query` schemas (and the list filters). */
function queryKeys(): string[] {
  const sources = [...routeFiles(), 'lib/work-items/filters.ts', 'lib/schemas/export.ts', 'lib/schemas/type-suggestion.ts'].map((f) =>
    readFileSync(join(ROOT, f), 'utf8'),
  )
  const keys = sources.flatMap((s) =>
    [...s.matchAll(/searchParams\.get\('(\w+)'\)|^\s+(\w+): (?:text|oneOf|z\.|idField|exportFormatField)/gm)].map((m) => m[1] ?? m[2]),
  )
  return [...new Set([...keys, 'format', 'sprintId', 'version', 'member', 'teamId', 'from', 'to'])]
}

const KEYS = schemaKeys()
const QUERY_KEYS = queryKeys()
const HUGE = 'x'.repeat(100 * 1024)

const nastyString = fc.constantFrom(
  '',
  ' ',
  '\t\n',
  '\u0000',
  'a\u0000b',
  '\u202Egnp.exe',
  'zero\u200Bwidth\u200D',
  '\uFEFFbom',
  '👩‍👩‍👧‍👦🔥',
  'שלום עולם',
  'مرحبا',
  '\uD800',
  HUGE,
  `${HUGE}é`,
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '../../etc/passwd',
  '%00',
  'null',
  'NaN',
  '-1',
  '1e309',
  '2026-02-30',
  '0000-00-00',
  '=HYPERLINK("http://x")',
  'ENGINEER',
  'OWNER',
  'light',
  'Attacker Org',
)
const badNumber = fc.constantFrom(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -1,
  -0,
  0,
  0.5,
  -1e9,
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
)

/** Ids that belong to another organisation, and well-formed ids that exist nowhere. */
const foreignId = fc
  .constant(null)
  .chain(() => fc.constantFrom(...Object.values(foreign.ids), 'cm0000000000000000000000000', 'c'.repeat(64)))

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: nastyString },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 3, arbitrary: badNumber },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
  { weight: 2, arbitrary: fc.array(fc.oneof(nastyString, badNumber, foreignId), { maxLength: 4 }) },
  {
    weight: 1,
    arbitrary: fc.dictionary(fc.constantFrom(...KEYS, '__proto__', 'constructor'), fc.oneof(nastyString, badNumber), { maxKeys: 3 }),
  },
  { weight: 3, arbitrary: foreignId },
)

/** A plausible payload (own ids, sensible scalars) that the mutations below then break. */
function basePayload(): Record<string, unknown> {
  const ids = home.ids
  return {
    id: ids.workItemId,
    workItemId: ids.workItemId,
    itemIds: [ids.workItemId],
    sprintId: ids.sprintId,
    targetSprintId: ids.sprintId,
    teamId: ids.teamId,
    planId: ids.planId,
    membershipId: ids.membershipId,
    pinnedToId: ids.membershipId,
    invitationId: ids.invitationId,
    notificationId: ids.notificationId,
    name: 'Fuzz name',
    title: 'Fuzz title',
    description: 'fuzz',
    email: 'fuzz@example.test',
    password: 'correct horse battery',
    role: 'ENGINEER',
    type: 'CRUD_SCAFFOLDING',
    workType: 'CRUD_SCAFFOLDING',
    hours: 4,
    priority: 2,
    status: 'DONE',
    version: 1,
    revision: 0,
    baseVersion: 0,
    labels: ['fuzz'],
    confirmation: 'not the organisation name',
    theme: 'light',
    token: `${ids.invitationId}.${'A'.repeat(43)}`,
  }
}

const POLLUTION = { polluted: 'yes' }
type Mutation = { set: [string, unknown][]; drop: string[]; extra: [string, unknown][]; pollute: boolean }

const mutation: fc.Arbitrary<Mutation> = fc.record({
  // At least one field the schemas read gets a hostile value: the input is meant to be invalid.
  set: fc.array(fc.tuple(fc.constantFrom(...KEYS), hostileValue), { minLength: 1, maxLength: 4 }),
  drop: fc.subarray(KEYS, { maxLength: 3 }),
  extra: fc.array(fc.tuple(fc.string({ maxLength: 12 }), hostileValue), { maxLength: 2 }),
  pollute: fc.boolean(),
})

function applyMutation(m: Mutation): Record<string, unknown> {
  const out = basePayload()
  for (const key of m.drop) delete out[key]
  for (const [key, value] of [...m.extra, ...m.set])
    Object.defineProperty(out, key, { value, enumerable: true, configurable: true, writable: true })
  if (m.pollute) {
    Object.defineProperty(out, '__proto__', { value: { ...POLLUTION }, enumerable: true, configurable: true, writable: true })
    Object.defineProperty(out, 'constructor', {
      value: { prototype: { ...POLLUTION } },
      enumerable: true,
      configurable: true,
      writable: true,
    })
  }
  return out
}

/** String(value) as a form field would carry it; objects without a prototype become JSON. */
function text(value: unknown): string {
  try {
    return String(value)
  } catch {
    return JSON.stringify(value) ?? ''
  }
}

function toFormData(payload: Record<string, unknown>): FormData {
  const fd = new FormData()
  for (const [key, value] of Object.entries(payload)) {
    if (Array.isArray(value)) for (const v of value) fd.append(`${key}[]`, text(v))
    else fd.append(key, text(value))
  }
  return fd
}

type Input = { kind: 'object' | 'form' | 'scalar'; value: unknown }
const actionInput: fc.Arbitrary<Input> = fc.oneof(
  { weight: 6, arbitrary: mutation.map((m): Input => ({ kind: 'object', value: applyMutation(m) })) },
  { weight: 2, arbitrary: mutation.map((m): Input => ({ kind: 'form', value: toFormData(applyMutation(m)) })) },
  {
    weight: 1,
    arbitrary: fc.oneof(hostileValue, fc.array(hostileValue, { maxLength: 3 })).map((value): Input => ({ kind: 'scalar', value })),
  },
)

// ---------------------------------------------------------------- calling and judging

type Outcome = { ok: boolean; code: string; message: string }

/** Calls an action as Next would; redirects and notFound() are control flow (ok / 404 page). */
async function call(fn: ProbeAction, input: unknown): Promise<Outcome> {
  try {
    const result = await fn(input)
    return result.ok ? { ok: true, code: 'OK', message: '' } : { ok: false, code: result.code, message: result.message }
  } catch (error) {
    const digest = String((error as { digest?: unknown })?.digest ?? '')
    if (digest.startsWith('NEXT_REDIRECT')) return { ok: true, code: 'REDIRECT', message: '' }
    if (digest.includes(';404')) return { ok: false, code: 'NOT_FOUND', message: 'the not-found page' }
    return { ok: false, code: 'THREW', message: error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : String(error) }
  }
}

const describeInput = (input: Input) => {
  const value = input.value instanceof FormData ? Object.fromEntries(input.value.entries()) : input.value
  return `${input.kind} ${(JSON.stringify(value, (_k, v: unknown) => (typeof v === 'string' && v.length > 60 ? `${v.slice(0, 20)}…(${v.length})` : v)) ?? String(value)).slice(0, 400)}`
}

function polluted(): boolean {
  return (
    ({} as Record<string, unknown>).polluted !== undefined ||
    (Object.prototype as unknown as Record<string, unknown>).polluted !== undefined
  )
}

const VALID_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'INVALID', 'RATE_LIMITED'])

async function fuzzAction(action: EnumeratedAction, role: Role, numRuns: number) {
  const label = `${action.meta?.name ?? action.exportName} as ${role}`
  await signIn(role)
  let baseline = await fingerprint()
  await fc.assert(
    fc.asyncProperty(actionInput, async (input) => {
      if (await signIn(role)) baseline = await fingerprint()
      const outcome = await call(action.fn, input.value)
      const after = await fingerprint()
      const changed = changedTables(baseline, after)
      baseline = after
      const where = `${label} → ${outcome.code} (${outcome.message.slice(0, 200)}) for ${describeInput(input)}`
      expect(polluted(), `Object.prototype polluted: ${where}`).toBe(false)
      if (outcome.ok) return
      expect(VALID_CODES.has(outcome.code), `closed 4xx code expected: ${where}`).toBe(true)
      expect(outcome.message.trim(), `message expected: ${where}`).not.toBe('')
      expect(changed, `refused but changed the database: ${where}`).toEqual([])
    }),
    { numRuns, endOnFailure: true },
  )
}

beforeAll(async () => {
  ;[home, foreign] = await Promise.all([createVictim(), createVictim()])
}, 120_000)

describe('the fuzzed surface', () => {
  it('covers every action and route handler', () => {
    expect(actions.length).toBeGreaterThan(40)
    expect(routes.length).toBeGreaterThan(10)
    expect(KEYS).toEqual(expect.arrayContaining(['title', 'sprintId', 'csv', 'answers', 'token']))
  })
})

describe('every server action, signed in as an OWNER', () => {
  it.each(actions.map((a): [string, EnumeratedAction] => [`${a.file} ${a.meta?.name ?? a.exportName}`, a]))(
    '%s',
    async (_name, action) => {
      await fuzzAction(action, 'OWNER', OWNER_RUNS)
    },
    120_000,
  )
})

describe('every server action, signed in as an ENGINEER', () => {
  it('answers with a closed code and leaves the database alone', async () => {
    for (const action of actions) await fuzzAction(action, 'ENGINEER', ENGINEER_RUNS)
  }, 300_000)
})

// ---------------------------------------------------------------- route handlers

type RouteInput = { query: [string, unknown][]; params: unknown[]; body: { kind: 'json' | 'text' | 'form' | 'none'; value: unknown } }

const routeInput: fc.Arbitrary<RouteInput> = fc.record({
  query: fc.array(fc.tuple(fc.constantFrom(...QUERY_KEYS), hostileValue), { maxLength: 4 }),
  params: fc.array(fc.oneof(nastyString, foreignId, fc.string({ maxLength: 20 })), { minLength: 3, maxLength: 3 }),
  body: fc.oneof(
    actionInput.map((i) => ({
      kind: 'json' as const,
      value: i.value instanceof FormData ? Object.fromEntries(i.value.entries()) : i.value,
    })),
    fc
      .oneof(nastyString, fc.constantFrom('{', '{"csv": ', '[1,2', 'true', '{"__proto__": {"polluted": "yes"}}', '\u0000{}'))
      .map((value) => ({ kind: 'text' as const, value })),
    mutation.map((m) => ({ kind: 'form' as const, value: toFormData(applyMutation(m)) })),
    fc.constant({ kind: 'none' as const, value: undefined }),
  ),
})

function buildRequest(route: EnumeratedRoute, input: RouteInput): Request {
  const query = new URLSearchParams(input.query.map(([k, v]) => [k, text(v)]))
  const hasBody = !['GET', 'HEAD'].includes(route.method) && input.body.kind !== 'none'
  const { kind, value } = input.body
  const body = !hasBody
    ? undefined
    : kind === 'form'
      ? (value as FormData)
      : kind === 'text'
        ? text(value)
        : (JSON.stringify(value) ?? 'undefined')
  const headers: Record<string, string> = kind === 'form' ? {} : { 'content-type': 'application/json' }
  return new Request(`http://localhost/fuzz?${query}`, { method: route.method, headers, body })
}

async function fuzzRoute(route: EnumeratedRoute, role: Role, numRuns: number) {
  await signIn(role)
  let baseline = await fingerprint()
  await fc.assert(
    fc.asyncProperty(routeInput, async (input) => {
      if (await signIn(role)) baseline = await fingerprint()
      const params = Object.fromEntries(route.segments.map((s, i) => [s, text(input.params[i])]))
      const response = await route.fn(buildRequest(route, input), { params: Promise.resolve(params) })
      const body = await response.text()
      const after = await fingerprint()
      const changed = changedTables(baseline, after)
      baseline = after
      const where = `${route.method} ${route.file} as ${role} → ${response.status} (${body.slice(0, 200)}) for ${JSON.stringify({ ...input, body: input.body.kind }).slice(0, 300)}`
      expect(polluted(), `Object.prototype polluted: ${where}`).toBe(false)
      expect(response.status, `4xx expected: ${where}`).toBeLessThan(500)
      if (response.status < 400) return
      const message = (JSON.parse(body) as { error?: { message?: unknown } }).error?.message
      expect(typeof message === 'string' && message.trim() !== '', `message expected: ${where}`).toBe(true)
      expect(changed, `refused but changed the database: ${where}`).toEqual([])
    }),
    { numRuns, endOnFailure: true },
  )
}

describe('every route handler', () => {
  it.each(routes.map((r): [string, EnumeratedRoute] => [`${r.method} ${r.file}`, r]))(
    '%s',
    async (_name, route) => {
      await fuzzRoute(route, 'OWNER', ROUTE_RUNS)
      await fuzzRoute(route, 'ENGINEER', ENGINEER_RUNS)
    },
    120_000,
  )
})
