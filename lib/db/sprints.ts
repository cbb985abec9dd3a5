import 'server-only'
import { prisma } from './client'
import type { OrgId } from './org-id'

export async function listSprints(orgId: OrgId) {
  return prisma.sprint.findMany({
    where: { organizationId: orgId },
    orderBy: [{ startDate: 'desc' }, { name: 'asc' }],
    select: {
      id: true, name: true, status: true, startDate: true, endDate: true,
      team: { select: { id: true, name: true } },
      _count: { select: { workItems: true } },
    },
  })
}

/** One sprint of the organisation with its items; null when the id is unknown here (or another tenant's). */
export async function getSprintWithItems(orgId: OrgId, sprintId: string) {
  return prisma.sprint.findFirst({
    where: { id: sprintId, organizationId: orgId },
    select: {
      id: true, name: true, status: true, startDate: true, endDate: true,
      team: { select: { id: true, name: true } },
      workItems: {
        orderBy: [{ priority: 'desc' }, { createdAt: 'asc' }],
        select: { id: true, title: true, type: true, hours: true, priority: true, status: true, modeOverride: true },
      },
    },
  })
}

export type SprintSummary = Awaited<ReturnType<typeof listSprints>>[number]
