import 'server-only'
import { AppError } from '@/lib/core/app-error'
import type { PlanExportHeader, PlanExportRow } from '@/lib/planner/plan-export'
import { prisma } from '../client'
import type { OrgId } from '../org-id'

/** One version of a sprint's plan (the newest when none is named) with its assignments, for the plan export. */
export async function getPlanForExport(
  orgId: OrgId,
  sprintId: string,
  version?: number,
): Promise<{ plan: PlanExportHeader; rows: PlanExportRow[] }> {
  const sprint = await prisma.sprint.findFirst({
    where: { id: sprintId, organizationId: orgId },
    select: { name: true, team: { select: { name: true } } },
  })
  if (!sprint) throw new AppError('NOT_FOUND', 'Sprint not found.')
  const plan = await prisma.plan.findFirst({
    where: { sprintId, organizationId: orgId, ...(version === undefined ? {} : { version }) },
    orderBy: { version: 'desc' },
    select: {
      version: true,
      status: true,
      objective: true,
      createdAt: true,
      publishedAt: true,
      assignments: {
        select: {
          mode: true,
          fit: true,
          value: true,
          locked: true,
          reasons: true,
          membershipId: true,
          membership: { select: { user: { select: { name: true } } } },
          workItem: { select: { id: true, externalKey: true, title: true, type: true, hours: true, priority: true } },
        },
        orderBy: { workItem: { priority: 'desc' } },
      },
    },
  })
  if (!plan)
    throw new AppError('NOT_FOUND', version === undefined ? 'This sprint has no plan yet.' : `This sprint has no plan version ${version}.`)
  return {
    plan: {
      sprint: sprint.name,
      team: sprint.team.name,
      version: plan.version,
      status: plan.status,
      objective: plan.objective,
      createdAt: plan.createdAt,
      publishedAt: plan.publishedAt,
    },
    rows: plan.assignments.map((a) => ({
      itemId: a.workItem.id,
      externalKey: a.workItem.externalKey,
      title: a.workItem.title,
      type: a.workItem.type,
      hours: a.workItem.hours,
      priority: a.workItem.priority,
      engineerId: a.membershipId,
      engineer: a.membership?.user.name ?? null,
      mode: a.mode,
      fit: a.fit,
      value: a.value,
      locked: a.locked,
      reasons: Array.isArray(a.reasons) ? a.reasons.filter((r): r is string => typeof r === 'string') : [],
    })),
  }
}
