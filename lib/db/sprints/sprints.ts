import 'server-only'
import type { CreateSprintInput, UpdateSprintInput } from '@/lib/schemas/sprint'
import { AppError } from '@/lib/core/app-error'
import { recordAudit } from '../accounts/audit'
import { prisma, type Tx } from '../client'
import type { OrgId } from '../org-id'
import type { UserId } from '../user-id'

/** What every sprint screen shows of a sprint: its name, state, dates and team. */
const sprintHeaderSelect = {
  id: true,
  name: true,
  status: true,
  startDate: true,
  endDate: true,
  team: { select: { id: true, name: true } },
} as const

export async function listSprints(orgId: OrgId) {
  return prisma.sprint.findMany({
    where: { organizationId: orgId },
    orderBy: [{ startDate: 'desc' }, { name: 'asc' }],
    select: {
      ...sprintHeaderSelect,
      _count: { select: { workItems: true } },
    },
  })
}

/** One sprint of the organisation with its items; null when the id is unknown here (or another tenant's). */
export async function getSprintWithItems(orgId: OrgId, sprintId: string) {
  return prisma.sprint.findFirst({
    where: { id: sprintId, organizationId: orgId },
    select: {
      ...sprintHeaderSelect,
      workItems: {
        orderBy: [{ priority: 'desc' }, { createdAt: 'asc' }],
        select: {
          id: true,
          title: true,
          type: true,
          hours: true,
          priority: true,
          status: true,
          modeOverride: true,
          externalKey: true,
          outcome: { select: { delivery: true } },
        },
      },
      _count: { select: { plans: true } },
    },
  })
}

const day = (s: string) => new Date(`${s}T00:00:00Z`)

/**
 * Only one ACTIVE sprint per team. Two managers activating sprints of one team at the same moment
 * would both pass a plain "is there another?" check, so the team row is locked first: the second
 * transaction waits, then sees the first one's active sprint.
 */
async function ensureSingleActive(tx: Tx, orgId: OrgId, teamId: string, sprintId: string | null) {
  await tx.$queryRaw`SELECT id FROM "Team" WHERE id = ${teamId} AND "organizationId" = ${orgId} FOR UPDATE`
  const other = await tx.sprint.findFirst({
    where: { organizationId: orgId, teamId, status: 'ACTIVE', ...(sprintId ? { id: { not: sprintId } } : {}) },
    select: { name: true, team: { select: { name: true } } },
  })
  if (other) {
    const message = `${other.team.name} already has an active sprint (“${other.name}”). Close it before activating another.`
    throw new AppError('CONFLICT', message, { status: [message] })
  }
}

export async function createSprint(orgId: OrgId, actorId: UserId, input: CreateSprintInput) {
  return prisma.$transaction(async (tx) => {
    const team = await tx.team.findFirst({ where: { id: input.teamId, organizationId: orgId }, select: { id: true } })
    if (!team) throw new AppError('NOT_FOUND', 'Team not found.', { teamId: ['Team not found.'] })
    if (input.status === 'ACTIVE') await ensureSingleActive(tx, orgId, team.id, null)
    const sprint = await tx.sprint.create({
      data: {
        organizationId: orgId,
        teamId: team.id,
        name: input.name,
        startDate: day(input.startDate),
        endDate: day(input.endDate),
        status: input.status,
      },
      select: { id: true },
    })
    await recordAudit(
      orgId,
      { actorId, action: 'sprint.created', targetType: 'sprint', targetId: sprint.id, data: { name: input.name, status: input.status } },
      tx,
    )
    return sprint
  })
}

export async function updateSprint(orgId: OrgId, actorId: UserId, input: UpdateSprintInput) {
  return prisma.$transaction(async (tx) => {
    const sprint = await tx.sprint.findFirst({
      where: { id: input.id, organizationId: orgId },
      select: { id: true, teamId: true, status: true },
    })
    if (!sprint) throw new AppError('NOT_FOUND', 'Sprint not found.')
    if (sprint.status === 'CLOSED') {
      // A closed sprint's outcomes are history; reopening would make the dashboards lie.
      const message = 'This sprint is closed and can no longer be edited.'
      throw new AppError('INVALID', message, { status: [message] })
    }
    if (input.status === 'ACTIVE' && sprint.status !== 'ACTIVE') await ensureSingleActive(tx, orgId, sprint.teamId, sprint.id)
    await tx.sprint.update({
      where: { id: sprint.id },
      data: { name: input.name, startDate: day(input.startDate), endDate: day(input.endDate), status: input.status },
    })
    if (input.status !== sprint.status) {
      await recordAudit(
        orgId,
        {
          actorId,
          action: 'sprint.status-changed',
          targetType: 'sprint',
          targetId: sprint.id,
          data: { from: sprint.status, to: input.status },
        },
        tx,
      )
    }
    return { id: sprint.id }
  })
}
