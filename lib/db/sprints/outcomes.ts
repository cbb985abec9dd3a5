import 'server-only'
import type { CloseSprintInput } from '@/lib/schemas/sprint'
import { AppError } from '@/lib/core/app-error'
import { recordAudit } from '../accounts/audit'
import { prisma } from '../client'
import type { OrgId } from '../org-id'
import type { UserId } from '../user-id'

// Closing a sprint: one outcome per delivered item (the dashboards read them), unfinished items
// moved back to the backlog or into the next sprint, and the sprint marked CLOSED, all or nothing.

export async function getSprintForClosing(orgId: OrgId, sprintId: string) {
  const sprint = await prisma.sprint.findFirst({
    where: { id: sprintId, organizationId: orgId },
    select: {
      id: true,
      name: true,
      status: true,
      teamId: true,
      team: { select: { name: true } },
      workItems: {
        orderBy: [{ priority: 'desc' }, { createdAt: 'asc' }],
        select: {
          id: true,
          title: true,
          hours: true,
          status: true,
          externalKey: true,
          outcome: { select: { delivery: true, reworkHours: true, defects: true, note: true } },
        },
      },
    },
  })
  if (!sprint) return null
  const nextSprints = await prisma.sprint.findMany({
    where: { organizationId: orgId, teamId: sprint.teamId, status: { not: 'CLOSED' }, id: { not: sprint.id } },
    select: { id: true, name: true, status: true },
    orderBy: { startDate: 'asc' },
  })
  return { sprint, nextSprints }
}

export async function closeSprint(orgId: OrgId, actorId: UserId, input: CloseSprintInput) {
  return prisma.$transaction(
    async (tx) => {
      const sprint = await tx.sprint.findFirst({
        where: { id: input.sprintId, organizationId: orgId },
        select: { id: true, teamId: true, status: true },
      })
      if (!sprint) throw new AppError('NOT_FOUND', 'Sprint not found.')
      if (sprint.status === 'CLOSED') throw new AppError('CONFLICT', 'This sprint is already closed.')
      const ids = [...new Set(input.outcomes.map((o) => o.workItemId))]
      if (ids.length !== input.outcomes.length) throw new AppError('INVALID', 'Each item may have one outcome.')
      const inSprint = await tx.workItem.count({ where: { id: { in: ids }, organizationId: orgId, sprintId: sprint.id } })
      if (inSprint !== ids.length) throw new AppError('NOT_FOUND', 'Some items are not in this sprint.')
      let target: string | null = null
      if (input.unfinished === 'sprint' && input.targetSprintId) {
        const next = await tx.sprint.findFirst({
          where: { id: input.targetSprintId, organizationId: orgId },
          select: { id: true, teamId: true, status: true },
        })
        if (!next) throw new AppError('NOT_FOUND', 'Next sprint not found.', { targetSprintId: ['Sprint not found.'] })
        if (next.id === sprint.id || next.status === 'CLOSED' || next.teamId !== sprint.teamId) {
          throw new AppError('INVALID', 'Choose an open sprint of the same team.', {
            targetSprintId: ['Choose an open sprint of the same team.'],
          })
        }
        target = next.id
      }
      // Replace rather than upsert one by one: an item has at most one outcome, and this is two queries.
      await tx.outcome.deleteMany({ where: { organizationId: orgId, workItemId: { in: ids } } })
      await tx.outcome.createMany({ data: input.outcomes.map((o) => ({ organizationId: orgId, sprintId: sprint.id, ...o })) })
      const moved = await tx.workItem.updateMany({
        where: { organizationId: orgId, sprintId: sprint.id, status: { not: 'DONE' } },
        data: { sprintId: target },
      })
      await tx.sprint.update({ where: { id: sprint.id }, data: { status: 'CLOSED' } })
      await recordAudit(
        orgId,
        {
          actorId,
          action: 'sprint.closed',
          targetType: 'sprint',
          targetId: sprint.id,
          data: { outcomes: ids.length, moved: moved.count, movedTo: target ?? 'backlog' },
        },
        tx,
      )
      return { outcomes: ids.length, moved: moved.count }
    },
    { timeout: 30_000 },
  )
}
