import { describe, expect, it } from 'vitest'
import { leaveOrganizationAction } from '@/app/(app)/settings/actions'
import { changeMemberRoleAction, removeMemberAction } from '@/app/(app)/settings/members/actions'
import { addTeamMemberAction, createTeamAction, deleteTeamAction, removeTeamMemberAction } from '@/app/(app)/settings/teams/actions'
import { prisma } from '@/lib/db/client'
import { changeMemberRole } from '@/lib/db/accounts/memberships'
import { createTestOrg, signInAs } from '../../support/factories'
import { callAction } from '../security/app-surface'

const roleOf = async (membershipId: string) => (await prisma.membership.findUnique({ where: { id: membershipId } }))?.role ?? null

describe('the last owner', () => {
  it('cannot be demoted, removed or leave', async () => {
    const org = await createTestOrg()
    const owner = org.members.OWNER
    await signInAs(owner, org.orgId)
    expect(await changeMemberRoleAction({ membershipId: owner.membershipId, role: 'ADMIN' })).toMatchObject({ ok: false, code: 'INVALID' })
    expect(await removeMemberAction({ membershipId: owner.membershipId })).toMatchObject({ ok: false, code: 'INVALID' })
    expect(await callAction(leaveOrganizationAction, {})).toMatchObject({ ok: false, code: 'INVALID' })
    expect(await roleOf(owner.membershipId)).toBe('OWNER')
  })

  it('can step down once there is a second owner, with the change audited', async () => {
    const org = await createTestOrg()
    await signInAs(org.members.OWNER, org.orgId)
    expect(await changeMemberRoleAction({ membershipId: org.members.ADMIN.membershipId, role: 'OWNER' })).toMatchObject({ ok: true })
    expect(await changeMemberRoleAction({ membershipId: org.members.OWNER.membershipId, role: 'MANAGER' })).toMatchObject({ ok: true })
    expect(await roleOf(org.members.OWNER.membershipId)).toBe('MANAGER')
    const events = await prisma.auditEvent.findMany({
      where: { organizationId: org.orgId, action: 'member.role_changed' },
      orderBy: { createdAt: 'asc' },
    })
    expect(events.map((e) => e.data)).toEqual([
      { from: 'ADMIN', to: 'OWNER', userId: org.members.ADMIN.userId },
      { from: 'OWNER', to: 'MANAGER', userId: org.members.OWNER.userId },
    ])
  })

  it('survives two owners demoting each other at the same moment (row lock)', async () => {
    const org = await createTestOrg()
    await prisma.membership.update({ where: { id: org.members.ADMIN.membershipId }, data: { role: 'OWNER' } })
    const a = { userId: org.members.OWNER.userId, role: 'OWNER' as const }
    const b = { userId: org.members.ADMIN.userId, role: 'OWNER' as const }
    const results = await Promise.allSettled([
      changeMemberRole(org.orgId, a, org.members.ADMIN.membershipId, 'ENGINEER'),
      changeMemberRole(org.orgId, b, org.members.OWNER.membershipId, 'ENGINEER'),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect(await prisma.membership.count({ where: { organizationId: org.orgId, role: 'OWNER' } })).toBe(1)
  })
})

describe('admins', () => {
  it('cannot promote anyone to owner, nor demote or remove an owner', async () => {
    const org = await createTestOrg()
    await signInAs(org.members.ADMIN, org.orgId)
    expect(await changeMemberRoleAction({ membershipId: org.members.LEAD.membershipId, role: 'OWNER' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(await changeMemberRoleAction({ membershipId: org.members.ADMIN.membershipId, role: 'OWNER' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(await changeMemberRoleAction({ membershipId: org.members.OWNER.membershipId, role: 'ENGINEER' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(await removeMemberAction({ membershipId: org.members.OWNER.membershipId })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await roleOf(org.members.LEAD.membershipId)).toBe('LEAD')
    expect(await roleOf(org.members.OWNER.membershipId)).toBe('OWNER')
  })

  it('can change other roles and remove members, audited', async () => {
    const org = await createTestOrg()
    await signInAs(org.members.ADMIN, org.orgId)
    expect(await changeMemberRoleAction({ membershipId: org.members.ENGINEER.membershipId, role: 'LEAD' })).toMatchObject({ ok: true })
    expect(await removeMemberAction({ membershipId: org.members.LEAD.membershipId })).toMatchObject({ ok: true })
    expect(await roleOf(org.members.LEAD.membershipId)).toBeNull()
    const removed = await prisma.auditEvent.findFirstOrThrow({ where: { organizationId: org.orgId, action: 'member.removed' } })
    expect(removed).toMatchObject({ actorId: org.members.ADMIN.userId, targetId: org.members.LEAD.membershipId })
  })
})

describe('leaving', () => {
  it('a member can leave; the membership is gone and the event audited', async () => {
    const org = await createTestOrg()
    await signInAs(org.members.ENGINEER, org.orgId)
    expect(await callAction(leaveOrganizationAction, {})).toMatchObject({ code: 'REDIRECT' })
    expect(await roleOf(org.members.ENGINEER.membershipId)).toBeNull()
    expect(await prisma.auditEvent.count({ where: { organizationId: org.orgId, action: 'member.left' } })).toBe(1)
  })
})

describe('teams', () => {
  it('a manager creates a team, adds and removes members, and deletes it', async () => {
    const org = await createTestOrg()
    await signInAs(org.members.MANAGER, org.orgId)
    const created = await createTeamAction({ name: 'Payments' })
    if (!created.ok) throw new Error(created.message)
    const teamId = created.data.id
    expect(await createTeamAction({ name: 'Payments' })).toMatchObject({ ok: false, code: 'CONFLICT' })
    expect(await addTeamMemberAction({ teamId, membershipId: org.members.ENGINEER.membershipId })).toMatchObject({ ok: true })
    expect(await addTeamMemberAction({ teamId, membershipId: org.members.ENGINEER.membershipId })).toMatchObject({ ok: true }) // idempotent
    expect(await prisma.teamMember.count({ where: { teamId } })).toBe(1)
    expect(await removeTeamMemberAction({ teamId, membershipId: org.members.ENGINEER.membershipId })).toMatchObject({ ok: true })
    expect(await removeTeamMemberAction({ teamId, membershipId: org.members.ENGINEER.membershipId })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    expect(await deleteTeamAction({ teamId })).toMatchObject({ ok: true })
    expect(await prisma.team.count({ where: { id: teamId } })).toBe(0)
  })

  it('a team with sprints cannot be deleted (that would delete its plans)', async () => {
    const org = await createTestOrg()
    await prisma.sprint.create({
      data: {
        organizationId: org.orgId,
        teamId: org.teamId,
        name: 'S1',
        startDate: new Date('2026-01-05'),
        endDate: new Date('2026-01-16'),
      },
    })
    await signInAs(org.members.OWNER, org.orgId)
    expect(await deleteTeamAction({ teamId: org.teamId })).toMatchObject({ ok: false, code: 'CONFLICT' })
  })
})
