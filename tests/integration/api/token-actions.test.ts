import { beforeAll, describe, expect, it } from 'vitest'
import { createApiTokenAction, revokeApiTokenAction } from '@/app/(app)/settings/api-tokens/actions'
import { authenticateApiToken, createApiToken } from '@/lib/db/api/tokens'
import { prisma } from '@/lib/db/client'
import { createTestOrg, signInAs, type TestOrg } from '../../support/factories'
import { tokenFor } from './api-client'

// Settings › API tokens: owners and admins create a token (the secret answered once) and revoke it;
// other roles and other organisations are refused and change nothing.

let org: TestOrg
let other: TestOrg

beforeAll(async () => {
  ;[org, other] = await Promise.all([createTestOrg(), createTestOrg()])
})

const tokenCount = (orgId: string) => prisma.apiToken.count({ where: { organizationId: orgId } })

describe('createApiTokenAction', () => {
  it('answers the secret once, for a token that authenticates in this organisation as its creator', async () => {
    await signInAs(org.members.ADMIN, org.orgId)
    const result = await createApiTokenAction({ name: 'Nightly export', scope: 'PLANNING', expiresOn: '' })
    if (!result.ok) throw new Error(result.message)
    expect(result.data.secret.startsWith(`${result.data.prefix}_`)).toBe(true)
    const auth = await authenticateApiToken(result.data.secret, null)
    expect(auth).toMatchObject({ ok: true, actor: { orgId: org.orgId, scope: 'PLANNING', membershipId: org.members.ADMIN.membershipId } })
    const row = await prisma.apiToken.findUniqueOrThrow({ where: { id: result.data.id }, select: { expiresAt: true, name: true } })
    expect(row).toEqual({ expiresAt: null, name: 'Nightly export' })
  })

  it('keeps an expiry date as the start of that day, UTC', async () => {
    await signInAs(org.members.OWNER, org.orgId)
    const result = await createApiTokenAction({ name: 'Short lived', scope: 'READ', expiresOn: '2031-02-03' })
    if (!result.ok) throw new Error(result.message)
    const row = await prisma.apiToken.findUniqueOrThrow({ where: { id: result.data.id }, select: { expiresAt: true } })
    expect(row.expiresAt?.toISOString()).toBe('2031-02-03T00:00:00.000Z')
  })

  it('names the refused field by its label and writes nothing', async () => {
    await signInAs(org.members.ADMIN, org.orgId)
    const before = await tokenCount(org.orgId)
    const result = await createApiTokenAction({ name: 'x', scope: 'ROOT', expiresOn: 'soon' })
    if (result.ok) throw new Error('accepted a bad token form')
    expect(result.code).toBe('INVALID')
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(['expiresOn', 'name', 'scope'])
    expect(result.fieldErrors?.expiresOn?.join(' ')).toContain('Expires on')
    expect(await tokenCount(org.orgId)).toBe(before)
  })

  it('refuses roles below admin, and a scope granting more than the creator’s current role', async () => {
    const before = await tokenCount(org.orgId)
    for (const role of ['MANAGER', 'LEAD', 'ENGINEER'] as const) {
      await signInAs(org.members[role], org.orgId)
      expect(await createApiTokenAction({ name: 'Sneaky', scope: 'READ' })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    }
    // Past the session gate (a demotion landing mid-request), the role is read again where the token is written.
    const manager = { userId: org.members.MANAGER.userId, membershipId: org.members.MANAGER.membershipId }
    await expect(createApiToken(org.orgId, manager, { name: 'Too big', scope: 'ADMIN' })).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { scope: [expect.stringContaining('Scope')] },
    })
    expect(await tokenCount(org.orgId)).toBe(before)
  })
})

describe('revokeApiTokenAction', () => {
  it('revokes a token of this organisation, after which it no longer authenticates', async () => {
    const token = await tokenFor(org, 'READ')
    await signInAs(org.members.ADMIN, org.orgId)
    expect(await revokeApiTokenAction({ id: token.id })).toEqual({ ok: true, data: { id: token.id } })
    expect(await authenticateApiToken(token.secret, null)).toEqual({ ok: false, reason: 'revoked' })
  })

  it('answers NOT_FOUND for another organisation’s token and leaves it working', async () => {
    const theirs = await tokenFor(other, 'READ')
    await signInAs(org.members.OWNER, org.orgId)
    expect(await revokeApiTokenAction({ id: theirs.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await authenticateApiToken(theirs.secret, null)).toMatchObject({ ok: true })
  })

  it('refuses members below admin', async () => {
    const token = await tokenFor(org, 'READ')
    await signInAs(org.members.MANAGER, org.orgId)
    expect(await revokeApiTokenAction({ id: token.id })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await authenticateApiToken(token.secret, null)).toMatchObject({ ok: true })
  })
})
