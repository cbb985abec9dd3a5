import 'server-only'
import { AppError } from '@/lib/core/app-error'
import { recordAudit } from './audit'
import { prisma, type Tx } from '../client'
import type { OrgId } from '../org-id'
import type { UserId } from '../user-id'

type TeamDTO = { id: string; name: string; sprintCount: number; members: { membershipId: string; name: string }[] }

/** Every team as a choice in a form or filter: id and name, by name. */
export async function listTeamOptions(orgId: OrgId) {
  return prisma.team.findMany({ where: { organizationId: orgId }, select: { id: true, name: true }, orderBy: { name: 'asc' } })
}

/** Every team with its members and sprint count, for the settings page that manages them. */
export async function listTeamsWithMembers(orgId: OrgId): Promise<TeamDTO[]> {
  const rows = await prisma.team.findMany({
    where: { organizationId: orgId },
    orderBy: { name: 'asc' },
    select: {
      id: true,
      name: true,
      _count: { select: { sprints: true } },
      members: {
        where: { membership: { deactivatedAt: null } },
        select: { membership: { select: { id: true, user: { select: { name: true } } } } },
      },
    },
  })
  return rows.map((t) => ({
    id: t.id,
    name: t.name,
    sprintCount: t._count.sprints,
    members: t.members
      .map((m) => ({ membershipId: m.membership.id, name: m.membership.user.name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  }))
}

async function findTeam(tx: Tx, orgId: OrgId, teamId: string) {
  const team = await tx.team.findFirst({
    where: { id: teamId, organizationId: orgId },
    select: { id: true, name: true, _count: { select: { sprints: true } } },
  })
  if (!team) throw new AppError('NOT_FOUND', 'Team not found.')
  return team
}

export async function createTeam(orgId: OrgId, actorId: UserId, name: string) {
  return prisma.$transaction(async (tx) => {
    const team = await tx.team.create({ data: { organizationId: orgId, name }, select: { id: true, name: true } })
    await recordAudit(orgId, { actorId, action: 'team.created', targetType: 'team', targetId: team.id, data: { name } }, tx)
    return team
  })
}

export async function renameTeam(orgId: OrgId, actorId: UserId, teamId: string, name: string) {
  return prisma.$transaction(async (tx) => {
    const team = await findTeam(tx, orgId, teamId)
    await tx.team.update({ where: { id: team.id }, data: { name } })
    await recordAudit(
      orgId,
      { actorId, action: 'team.renamed', targetType: 'team', targetId: team.id, data: { from: team.name, to: name } },
      tx,
    )
    return { id: team.id, name }
  })
}

/** Deleting a team would cascade to its sprints and plans, so only teams without sprints go. */
export async function deleteTeam(orgId: OrgId, actorId: UserId, teamId: string) {
  return prisma.$transaction(async (tx) => {
    const team = await findTeam(tx, orgId, teamId)
    if (team._count.sprints > 0) throw new AppError('CONFLICT', `“${team.name}” has sprints; it cannot be deleted.`)
    await tx.team.delete({ where: { id: team.id } })
    await recordAudit(orgId, { actorId, action: 'team.deleted', targetType: 'team', targetId: team.id, data: { name: team.name } }, tx)
    return { id: team.id }
  })
}

export async function addTeamMember(orgId: OrgId, actorId: UserId, teamId: string, membershipId: string) {
  return prisma.$transaction(async (tx) => {
    const team = await findTeam(tx, orgId, teamId)
    const member = await tx.membership.findFirst({ where: { id: membershipId, organizationId: orgId }, select: { id: true } })
    if (!member) throw new AppError('NOT_FOUND', 'Member not found.')
    await tx.teamMember.createMany({ data: [{ organizationId: orgId, teamId: team.id, membershipId: member.id }], skipDuplicates: true })
    await recordAudit(
      orgId,
      { actorId, action: 'team.member_added', targetType: 'team', targetId: team.id, data: { membershipId: member.id } },
      tx,
    )
    return { teamId: team.id, membershipId: member.id }
  })
}

export async function removeTeamMember(orgId: OrgId, actorId: UserId, teamId: string, membershipId: string) {
  return prisma.$transaction(async (tx) => {
    const removed = await tx.teamMember.deleteMany({ where: { organizationId: orgId, teamId, membershipId } })
    if (removed.count === 0) throw new AppError('NOT_FOUND', 'That member is not on this team.')
    await recordAudit(orgId, { actorId, action: 'team.member_removed', targetType: 'team', targetId: teamId, data: { membershipId } }, tx)
    return { teamId, membershipId }
  })
}
