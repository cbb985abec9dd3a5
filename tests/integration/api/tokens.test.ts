import { beforeAll, describe, expect, it } from 'vitest'
import { authenticateApiToken, createApiToken, listApiTokens, revokeApiToken } from '@/lib/db/api/tokens'
import { prisma } from '@/lib/db/client'
import { createTestOrg, type TestOrg } from '../../support/factories'
import { callApi, tokenFor } from './api-client'

// Tokens: a secret shown once and kept only as a hash, refused when revoked, expired or unknown
// (401), a scope too small refused (403), every event audited, last use recorded.

let org: TestOrg

beforeAll(async () => {
  org = await createTestOrg()
})

const problemOf = (r: { status: number; headers: Headers; json: unknown }) => ({
  status: r.status,
  type: r.headers.get('content-type')?.split(';')[0],
  code: (r.json as { code?: string }).code,
})

describe('API tokens', () => {
  it('keeps only a hash of the secret, shows its prefix and records the creation', async () => {
    const { id, secret, prefix } = await createApiToken(
      org.orgId,
      { userId: org.members.ADMIN.userId, membershipId: org.members.ADMIN.membershipId },
      { name: 'CI export', scope: 'READ' },
    )
    expect(secret).toMatch(/^plr_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/)
    expect(secret.startsWith(`${prefix}_`)).toBe(true)
    const row = await prisma.apiToken.findUniqueOrThrow({ where: { id } })
    expect(JSON.stringify(row)).not.toContain(secret.slice(prefix.length + 1))
    const listed = (await listApiTokens(org.orgId)).find((t) => t.id === id)
    expect(listed).toMatchObject({ name: 'CI export', scope: 'READ', prefix, createdBy: 'ADMIN', revokedAt: null, lastUsedAt: null })
    expect(Object.keys(listed!)).not.toContain('secretHash')
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { organizationId: org.orgId, action: 'api-token.created', targetId: id },
    })
    expect(JSON.stringify(audit.data)).not.toContain(secret.slice(prefix.length + 1))
  })

  it('answers 401 problem+json without a token, with an unknown one, and with a wrong secret for a real prefix', async () => {
    const { secret } = await tokenFor(org, 'READ')
    const tampered = `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`
    for (const token of [null, 'not-a-token', tampered]) {
      const response = await callApi('GET', '/work-items', { token })
      expect(problemOf(response)).toEqual({ status: 401, type: 'application/problem+json', code: 'UNAUTHENTICATED' })
      expect(response.headers.get('www-authenticate')).toBe('Bearer')
    }
  })

  it('records when and from where a token was last used', async () => {
    const { id, secret } = await tokenFor(org, 'READ')
    const response = await callApi('GET', '/sprints', { token: secret, headers: { 'x-forwarded-for': '203.0.113.9' } })
    expect(response.status).toBe(200)
    const row = await prisma.apiToken.findUniqueOrThrow({ where: { id }, select: { lastUsedAt: true, lastUsedIp: true } })
    expect(row.lastUsedAt).not.toBeNull()
    expect(row.lastUsedIp).toBeTruthy()
  })

  it('refuses a revoked token with 401, and audits the revocation and the refused use', async () => {
    const { id, secret } = await tokenFor(org, 'READ')
    expect((await callApi('GET', '/sprints', { token: secret })).status).toBe(200)
    await revokeApiToken(org.orgId, org.members.OWNER.userId, id)
    expect(problemOf(await callApi('GET', '/sprints', { token: secret }))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' })
    const actions = await prisma.auditEvent.findMany({ where: { organizationId: org.orgId, targetId: id }, select: { action: true } })
    expect(actions.map((a) => a.action).sort()).toEqual(['api-token.created', 'api-token.refused-revoked', 'api-token.revoked'])
  })

  it('refuses an expired token with 401', async () => {
    const { secret } = await tokenFor(org, 'ADMIN', org.members.OWNER, '2026-01-01')
    expect(await authenticateApiToken(secret, null, new Date('2025-12-31T23:00:00Z'))).toMatchObject({ ok: true })
    expect(await authenticateApiToken(secret, null, new Date('2026-01-01T00:00:00Z'))).toEqual({ ok: false, reason: 'expired' })
    expect(problemOf(await callApi('GET', '/sprints', { token: secret }))).toMatchObject({ status: 401 })
  })

  it('refuses a write with a read-only token (403) and changes nothing', async () => {
    const { secret } = await tokenFor(org, 'READ')
    const before = await prisma.workItem.count({ where: { organizationId: org.orgId } })
    const response = await callApi('POST', '/work-items', {
      token: secret,
      body: { title: 'Nope', type: 'BOILERPLATE', hours: 1, priority: 1 },
    })
    expect(problemOf(response)).toEqual({ status: 403, type: 'application/problem+json', code: 'FORBIDDEN' })
    expect(await prisma.workItem.count({ where: { organizationId: org.orgId } })).toBe(before)
  })

  it('caps a token by its creator’s current role, and drops it when the creator leaves', async () => {
    const { secret } = await tokenFor(org, 'ADMIN', org.members.ADMIN)
    const body = { title: 'Made by a token', type: 'BOILERPLATE', hours: 1, priority: 1 }
    expect((await callApi('POST', '/work-items', { token: secret, body })).status).toBe(201)
    await prisma.membership.update({ where: { id: org.members.ADMIN.membershipId }, data: { role: 'LEAD' } })
    expect((await callApi('POST', '/work-items', { token: secret, body })).status).toBe(403)
    expect((await callApi('GET', '/work-items', { token: secret })).status).toBe(200)
    await prisma.membership.delete({ where: { id: org.members.ADMIN.membershipId } })
    expect((await callApi('GET', '/work-items', { token: secret })).status).toBe(401)
  })

  it('names the refused field in a 422 problem', async () => {
    const { secret } = await tokenFor(org, 'PLANNING')
    const response = await callApi('POST', '/work-items', {
      token: secret,
      body: { title: 'x', type: 'BOILERPLATE', hours: 1, priority: 1 },
    })
    expect(response.status).toBe(422)
    expect(response.json).toMatchObject({
      code: 'INVALID',
      detail: 'Title must be at least 3 characters',
      errors: [{ field: 'title', message: 'Title must be at least 3 characters' }],
    })
  })
})
