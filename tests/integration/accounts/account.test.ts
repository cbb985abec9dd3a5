import { describe, expect, it } from 'vitest'
import { switchOrganizationAction } from '@/app/(app)/shell-actions'
import { changePasswordAction, signOutEverywhereAction, updateAccountNameAction } from '@/app/(app)/settings/actions'
import { getActor, getSignedInUser } from '@/lib/auth/actor'
import { hashPassword, verifyPassword } from '@/lib/auth/password'
import { prisma } from '@/lib/db/client'
import { listMembers } from '@/lib/db/accounts/memberships'
import { getSessionAccount } from '@/lib/db/accounts/users'
import { actAs, currentSession } from '../../support/session-mock'
import { createTestOrg, createUser, signInAs } from '../../support/factories'
import { callAction } from '../security/app-surface'

const oldPassword = 'old password 123'
const newPassword = 'new password 456'

async function memberWithPassword() {
  const org = await createTestOrg()
  const member = org.members.ENGINEER
  await prisma.user.update({ where: { id: member.userId }, data: { passwordHash: await hashPassword(oldPassword) } })
  await signInAs(member, org.orgId)
  return { org, member }
}

describe('password change', () => {
  it('checks the current password and the new one’s length', async () => {
    await memberWithPassword()
    expect(await changePasswordAction({ currentPassword: 'not it at all', newPassword, confirmPassword: newPassword })).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { currentPassword: ['Not correct.'] },
    })
    expect(await changePasswordAction({ currentPassword: oldPassword, newPassword: 'short', confirmPassword: 'short' })).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { newPassword: expect.any(Array) },
    })
    expect(await changePasswordAction({ currentPassword: oldPassword, newPassword, confirmPassword: 'different 789' })).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { confirmPassword: ['The two new passwords differ'] },
    })
  })

  it('revokes every other session but keeps this one signed in', async () => {
    const { org, member } = await memberWithPassword()
    const before = currentSession()
    expect(await changePasswordAction({ currentPassword: oldPassword, newPassword, confirmPassword: newPassword })).toMatchObject({
      ok: true,
    })

    const user = await prisma.user.findUniqueOrThrow({ where: { id: member.userId }, select: { sessionVersion: true, passwordHash: true } })
    expect(user.sessionVersion).toBe(before!.sessionVersion + 1)
    expect(await verifyPassword(user.passwordHash!, newPassword)).toBe(true)
    // This browser was signed in again with the new version ...
    expect(currentSession()).toEqual({ userId: member.userId, sessionVersion: user.sessionVersion })
    expect(await getSignedInUser()).toMatchObject({ userId: member.userId })
    // ... while a session holding the old version (another device) is refused.
    actAs(before, org.orgId)
    expect(await getSignedInUser()).toBeNull()
    expect(
      await prisma.auditEvent.count({ where: { organizationId: org.orgId, action: 'auth.password_changed', actorId: member.userId } }),
    ).toBe(1)
  })
})

describe('sign out everywhere', () => {
  it('ends every session including this one', async () => {
    const { org, member } = await memberWithPassword()
    const before = currentSession()
    expect(await callAction(signOutEverywhereAction, {})).toMatchObject({ code: 'REDIRECT', redirect: '/login' })
    expect(currentSession()).toBeNull()
    actAs(before, org.orgId)
    expect(await getSignedInUser()).toBeNull()
    expect(
      await prisma.auditEvent.count({ where: { organizationId: org.orgId, action: 'auth.signed_out_everywhere', actorId: member.userId } }),
    ).toBe(1)
  })
})

describe('the account read on every request', () => {
  it('is the user with every membership, oldest first; none for a user without one; null for an unknown id', async () => {
    const first = await createTestOrg()
    const second = await createTestOrg()
    const member = first.members.ENGINEER
    await prisma.membership.create({
      data: { organizationId: second.orgId, userId: member.userId, role: 'LEAD', createdAt: new Date(Date.now() + 60_000) },
    })
    const account = await getSessionAccount(member.userId, 'a-session')
    expect(account?.user).toMatchObject({ id: member.userId, sessionVersion: 0 })
    expect(account?.memberships.map((m) => [m.organizationId, m.role])).toEqual([
      [first.orgId, 'ENGINEER'],
      [second.orgId, 'LEAD'],
    ])
    expect(account?.memberships[1].organization.name).toBe(
      (await prisma.organization.findUniqueOrThrow({ where: { id: second.orgId } })).name,
    )

    const loner = await createUser('Loner')
    expect((await getSessionAccount(loner.id, 'a-session'))?.memberships).toEqual([])
    expect(await getSessionAccount('no-such-user', 'a-session')).toBeNull()
  })
})

describe('switching organisation', () => {
  it("chooses one of the user's own organisations, and refuses any other as not found", async () => {
    const first = await createTestOrg()
    const second = await createTestOrg()
    const stranger = await createTestOrg()
    const member = first.members.ENGINEER
    await prisma.membership.create({ data: { organizationId: second.orgId, userId: member.userId, role: 'LEAD' } })
    await signInAs(member, first.orgId)
    await expect(switchOrganizationAction({ organizationId: second.orgId })).rejects.toMatchObject({
      digest: expect.stringContaining('NEXT_REDIRECT'),
    })
    expect((await getActor())?.orgId).toBe(second.orgId)
    expect(await switchOrganizationAction({ organizationId: stranger.orgId })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect((await getActor())?.orgId).toBe(second.orgId)
  })
})

describe('account name', () => {
  it('is changed and validated', async () => {
    const { member } = await memberWithPassword()
    expect(await updateAccountNameAction({ name: '  Grace Hopper ' })).toMatchObject({ ok: true, data: { name: 'Grace Hopper' } })
    expect((await getSessionAccount(member.userId, 'a-session'))?.user.name).toBe('Grace Hopper')
    expect(await updateAccountNameAction({ name: '' })).toMatchObject({ ok: false, code: 'INVALID' })
  })
})

describe('secrets stay on the server', () => {
  it('queries never return password hashes unless they ask for them', async () => {
    const { org, member } = await memberWithPassword()
    const texts = [
      await prisma.user.findUniqueOrThrow({ where: { id: member.userId } }),
      await getSessionAccount(member.userId, 'a-session'),
      await listMembers(org.orgId),
      await updateAccountNameAction({ name: 'Someone' }),
    ].map((v) => JSON.stringify(v))
    for (const text of texts) {
      expect(text).not.toContain('passwordHash')
      expect(text).not.toContain('$argon2')
    }
  })
})
