import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '@/lib/db/client'
import { RATE_WINDOW_MS } from '@/lib/db/api/rate-limit'
import { env } from '@/lib/env'
import { createTestOrg, type TestOrg } from '../../support/factories'
import { callApi, tokenFor } from './api-client'

// A retried POST with the same Idempotency-Key runs once; a token over its per-minute limit gets 429
// with Retry-After, counted in Postgres (so every instance sees the same count).

let org: TestOrg
let token: { id: string; secret: string }
const item = { title: 'Sent twice', type: 'BOILERPLATE', hours: 1, priority: 1 }

beforeAll(async () => {
  org = await createTestOrg()
  token = await tokenFor(org, 'PLANNING')
})

const items = () => prisma.workItem.count({ where: { organizationId: org.orgId } })

describe('Idempotency-Key', () => {
  it('answers a retry with the first answer and creates the item once', async () => {
    const headers = { 'idempotency-key': 'retry-1' }
    const first = await callApi('POST', '/work-items', { token: token.secret, body: item, headers })
    const again = await callApi('POST', '/work-items', { token: token.secret, body: item, headers })
    expect(first.status).toBe(201)
    expect(again.status).toBe(201)
    expect(again.json).toEqual(first.json)
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    expect(await items()).toBe(1)
  })

  it('refuses the same key with another body (422) and writes nothing', async () => {
    const headers = { 'idempotency-key': 'retry-2' }
    expect((await callApi('POST', '/work-items', { token: token.secret, body: item, headers })).status).toBe(201)
    const before = await items()
    const other = await callApi('POST', '/work-items', { token: token.secret, body: { ...item, title: 'Another one' }, headers })
    expect(other.status).toBe(422)
    expect(other.json).toMatchObject({ code: 'INVALID', errors: [{ field: 'Idempotency-Key' }] })
    expect(await items()).toBe(before)
  })

  it('keeps a refusal as the answer to its key', async () => {
    const headers = { 'idempotency-key': 'retry-3' }
    const bad = { ...item, hours: -1 }
    const first = await callApi('POST', '/work-items', { token: token.secret, body: bad, headers })
    const again = await callApi('POST', '/work-items', { token: token.secret, body: bad, headers })
    expect([first.status, again.status]).toEqual([422, 422])
    expect(again.headers.get('content-type')).toMatch(/^application\/problem\+json/)
  })
})

describe('rate limits per token', () => {
  it('answers 429 with Retry-After once the minute’s requests are used up, and runs nothing', async () => {
    const limited = await tokenFor(org, 'PLANNING')
    const current = Math.floor(Date.now() / RATE_WINDOW_MS) * RATE_WINDOW_MS
    // Another instance has already counted the whole allowance for this token, this minute and the next
    // (so the request is refused even if the minute turns over while the test runs).
    await prisma.apiRateWindow.createMany({
      data: [current, current + RATE_WINDOW_MS].map((t) => ({
        tokenId: limited.id,
        windowStart: new Date(t),
        count: env().API_RATE_LIMIT_PER_MINUTE,
      })),
    })
    const before = await items()
    const response = await callApi('POST', '/work-items', { token: limited.secret, body: item })
    expect(response.status).toBe(429)
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect(Number(response.headers.get('retry-after'))).toBeLessThanOrEqual(60)
    expect(response.json).toMatchObject({ code: 'RATE_LIMITED', status: 429 })
    expect(await items()).toBe(before)
    expect((await callApi('GET', '/work-items', { token: token.secret })).status).toBe(200)
  })
})
