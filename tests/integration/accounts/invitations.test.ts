import { describe, expect, it } from 'vitest'
import { acceptInvitationAction } from '@/app/(auth)/invite/[token]/actions'
import { createInvitationAction, revokeInvitationAction } from '@/app/(app)/settings/invitations/actions'
import { hashInviteSecret } from '@/lib/accounts/invite-token'
import { prisma } from '@/lib/db/client'
import { UNKNOWN_ADDRESS } from '@/lib/accounts/client-address'
import { acceptInvitation, getInvitationPreview, listInvitations } from '@/lib/db/accounts/invitations'
import type { UserId } from '@/lib/db/user-id'
import { createTestOrg, createUser, signInAs, type TestOrg } from '../../support/factories'
import { callAction } from '../security/app-surface'

async function invite(org: TestOrg, email: string, role = 'MANAGER') {
  await signInAs(org.members.ADMIN, org.orgId)
  const result = await createInvitationAction({ email, role })
  if (!result.ok) throw new Error(result.message)
  const token = result.data.link.split('/invite/')[1]
  return { ...result.data, token }
}

describe('invitation lifecycle', () => {
  it('stores only the hash, shows the link once, and never sends the hash anywhere', async () => {
    const org = await createTestOrg()
    const created = await invite(org, 'New.Person@Example.test')
    expect(created.link).toMatch(/^https?:\/\/[^/]+\/invite\/[\w-]+\.[\w-]{43}$/)
    expect(created.invitation).toMatchObject({ email: 'new.person@example.test', role: 'MANAGER', status: 'pending' })
    const secret = created.token.split('.')[1]
    const row = await prisma.invitation.findUniqueOrThrow({ where: { id: created.invitation.id } })
    expect(row.tokenHash).toBe(hashInviteSecret(secret))
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThan(7 * 86_400_000 - 60_000)
    const everything = JSON.stringify(await prisma.invitation.findMany())
    expect(everything).not.toContain(secret)
    for (const dto of [created, await listInvitations(org.orgId), await getInvitationPreview(created.token)]) {
      expect(JSON.stringify(dto)).not.toContain(row.tokenHash)
      expect(JSON.stringify(dto)).not.toContain('tokenHash')
    }
    expect(await prisma.auditEvent.count({ where: { organizationId: org.orgId, action: 'invitation.created', targetId: row.id } })).toBe(1)
  })

  it('an admin cannot invite an owner', async () => {
    const org = await createTestOrg()
    await signInAs(org.members.ADMIN, org.orgId)
    expect(await createInvitationAction({ email: 'boss@example.test', role: 'OWNER' })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })

  it('refuses to invite someone who is already a member', async () => {
    const org = await createTestOrg()
    await signInAs(org.members.OWNER, org.orgId)
    expect(await createInvitationAction({ email: org.members.LEAD.email, role: 'LEAD' })).toMatchObject({ ok: false, code: 'CONFLICT' })
  })

  it('is accepted once, by the invited e-mail (any case), with the invited role', async () => {
    const org = await createTestOrg()
    const invitee = await createUser('Invitee')
    const stranger = await createUser('Stranger')
    const { token, invitation } = await invite(org, invitee.email.toUpperCase(), 'MANAGER')

    await signInAs({ userId: stranger.id })
    expect(await callAction(acceptInvitationAction, { token })).toMatchObject({ ok: false, code: 'FORBIDDEN' })

    await signInAs({ userId: invitee.id })
    expect(await callAction(acceptInvitationAction, { token })).toMatchObject({ code: 'REDIRECT', redirect: '/' })
    const membership = await prisma.membership.findUniqueOrThrow({
      where: { organizationId_userId: { organizationId: org.orgId, userId: invitee.id } },
    })
    expect(membership.role).toBe('MANAGER')
    expect(await callAction(acceptInvitationAction, { token })).toMatchObject({
      ok: false,
      code: 'INVALID',
      message: expect.stringContaining('already been used'),
    })
    expect(
      await prisma.auditEvent.count({ where: { organizationId: org.orgId, action: 'invitation.accepted', targetId: invitation.id } }),
    ).toBe(1)
    expect((await getInvitationPreview(token))?.status).toBe('accepted')
  })

  it('refuses an expired invitation', async () => {
    const org = await createTestOrg()
    const invitee = await createUser('Late')
    const { token, invitation } = await invite(org, invitee.email)
    await prisma.invitation.update({ where: { id: invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } })
    await signInAs({ userId: invitee.id })
    expect(await callAction(acceptInvitationAction, { token })).toMatchObject({
      ok: false,
      code: 'INVALID',
      message: expect.stringContaining('expired'),
    })
    expect(await prisma.membership.count({ where: { organizationId: org.orgId, userId: invitee.id } })).toBe(0)
  })

  it('refuses a revoked invitation; revoking is audited and only works once', async () => {
    const org = await createTestOrg()
    const invitee = await createUser('Revoked')
    const { token, invitation } = await invite(org, invitee.email)
    expect(await revokeInvitationAction({ invitationId: invitation.id })).toMatchObject({ ok: true })
    expect(await revokeInvitationAction({ invitationId: invitation.id })).toMatchObject({ ok: false, code: 'INVALID' })
    expect(await prisma.auditEvent.count({ where: { organizationId: org.orgId, action: 'invitation.revoked' } })).toBe(1)
    await signInAs({ userId: invitee.id })
    expect(await callAction(acceptInvitationAction, { token })).toMatchObject({
      ok: false,
      code: 'INVALID',
      message: expect.stringContaining('revoked'),
    })
  })

  it('treats a wrong secret like an unknown link and throttles guessing per IP', async () => {
    const org = await createTestOrg()
    const invitee = await createUser('Guesser')
    const { invitation } = await invite(org, invitee.email)
    await prisma.loginAttempt.deleteMany({ where: { email: 'invite' } })
    await signInAs({ userId: invitee.id })
    const guess = (i: number) => callAction(acceptInvitationAction, { token: `${invitation.id}.${String(i).padStart(43, 'A')}` })
    for (let i = 0; i < 5; i++)
      expect(await guess(i)).toMatchObject({ ok: false, code: 'NOT_FOUND', message: 'This invitation link is not valid.' })
    expect(await guess(99)).toMatchObject({ ok: false, code: 'RATE_LIMITED' })
    expect(await prisma.membership.count({ where: { organizationId: org.orgId, userId: invitee.id } })).toBe(0)
    await prisma.loginAttempt.deleteMany({ where: { email: 'invite' } })
  })

  it('without a trusted proxy, counts guesses per person, so one guesser cannot lock others out', async () => {
    const org = await createTestOrg()
    const guesser = await createUser('Guesser')
    const invitee = await createUser('Invitee')
    const { token } = await invite(org, invitee.email)
    await prisma.loginAttempt.deleteMany({ where: { email: 'invite' } })
    const user = (u: { id: UserId; email: string }) => ({ userId: u.id, email: u.email })
    for (let i = 0; i < 5; i++)
      await expect(
        acceptInvitation(user(guesser), `${token.split('.')[0]}.${String(i).padStart(43, 'B')}`, UNKNOWN_ADDRESS),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(acceptInvitation(user(guesser), token, UNKNOWN_ADDRESS)).rejects.toMatchObject({ code: 'RATE_LIMITED' })
    await expect(acceptInvitation(user(invitee), token, UNKNOWN_ADDRESS)).resolves.toMatchObject({ organizationId: org.orgId })
    await prisma.loginAttempt.deleteMany({ where: { email: 'invite' } })
  })
})
