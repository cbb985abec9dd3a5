import 'server-only'
import { canAssignRole, type Role } from '@/lib/core/permissions'
import { AppError } from '@/lib/core/app-error'
import { recordAudit } from './audit'
import { prisma, type Tx } from '../client'
import type { OrgId } from '../org-id'
import type { UserId } from '../user-id'

type MemberDTO = {
  membershipId: string
  userId: string
  name: string
  email: string
  role: Role
  teams: { id: string; name: string }[]
  joinedAt: Date
  /** False while the identity provider has the person deactivated (decision 0074). */
  active: boolean
}

export async function listMembers(orgId: OrgId): Promise<MemberDTO[]> {
  const rows = await prisma.membership.findMany({
    where: { organizationId: orgId },
    orderBy: [{ user: { name: 'asc' } }, { createdAt: 'asc' }],
    select: {
      id: true,
      role: true,
      createdAt: true,
      deactivatedAt: true,
      userId: true,
      user: { select: { name: true, email: true } },
      teams: { select: { team: { select: { id: true, name: true } } }, orderBy: { team: { name: 'asc' } } },
    },
  })
  return rows.map(
    (m) =>
      ({
        membershipId: m.id,
        userId: m.userId,
        name: m.user.name,
        email: m.user.email,
        role: m.role,
        teams: m.teams.map((t) => t.team),
        joinedAt: m.createdAt,
        active: m.deactivatedAt === null,
      }) satisfies MemberDTO,
  )
}

export type MemberActor = { userId: UserId; role: Role }

/**
 * Locks the organisation's OWNER rows for the rest of the transaction. Race: two owners demoting
 * each other at the same moment would each still count two owners and leave none; with the lock
 * the second transaction waits and then sees only one.
 */
async function lockOwners(tx: Tx, orgId: OrgId): Promise<number> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Membership" WHERE "organizationId" = ${orgId} AND role = 'OWNER' FOR UPDATE`
  return rows.length
}

async function findMember(tx: Tx, orgId: OrgId, membershipId: string) {
  const member = await tx.membership.findFirst({
    where: { id: membershipId, organizationId: orgId },
    select: { id: true, role: true, userId: true },
  })
  if (!member) throw new AppError('NOT_FOUND', 'Member not found.')
  return member
}

/** Changes a role. Only an OWNER may create or touch an OWNER; the last OWNER stays an OWNER. */
export async function changeMemberRole(orgId: OrgId, actor: MemberActor, membershipId: string, role: Role) {
  return prisma.$transaction(async (tx) => {
    const owners = await lockOwners(tx, orgId)
    const member = await findMember(tx, orgId, membershipId)
    if (member.role === role) return { membershipId, role }
    if (!canAssignRole(actor.role, role)) throw new AppError('FORBIDDEN', 'Only an owner can make someone an owner.')
    if (member.role === 'OWNER' && actor.role !== 'OWNER') throw new AppError('FORBIDDEN', 'Only an owner can change an owner’s role.')
    if (member.role === 'OWNER' && owners <= 1)
      throw new AppError('INVALID', 'The last owner cannot be demoted. Make someone else an owner first.', {
        role: ['The organisation needs an owner.'],
      })
    await tx.membership.update({ where: { id: member.id }, data: { role } })
    await recordAudit(
      orgId,
      {
        actorId: actor.userId,
        action: 'member.role_changed',
        targetType: 'membership',
        targetId: member.id,
        data: { from: member.role, to: role, userId: member.userId },
      },
      tx,
    )
    return { membershipId, role }
  })
}

/** Removes a member (or the actor themselves: leaving). The last OWNER can do neither. */
export async function removeMember(orgId: OrgId, actor: MemberActor, membershipId: string) {
  return prisma.$transaction(async (tx) => {
    const owners = await lockOwners(tx, orgId)
    const member = await findMember(tx, orgId, membershipId)
    const leaving = member.userId === actor.userId
    if (!leaving && member.role === 'OWNER' && actor.role !== 'OWNER') throw new AppError('FORBIDDEN', 'Only an owner can remove an owner.')
    if (member.role === 'OWNER' && owners <= 1) {
      throw new AppError(
        'INVALID',
        leaving ? 'You are the last owner. Make someone else an owner before leaving.' : 'The last owner cannot be removed.',
      )
    }
    await tx.membership.delete({ where: { id: member.id } })
    await recordAudit(
      orgId,
      {
        actorId: actor.userId,
        action: leaving ? 'member.left' : 'member.removed',
        targetType: 'membership',
        targetId: member.id,
        data: { role: member.role, userId: member.userId },
      },
      tx,
    )
    return { membershipId }
  })
}
