import 'server-only'
import { z } from 'zod'
import { prisma } from '../client'
import type { OrgId } from '../org-id'
import type { MovedGroup } from './close'

// What the close page and a closed sprint's page read; the close itself is in close.ts.

const movesSchema = z.object({
  moved: z.array(z.object({ sprintId: z.string().nullable(), sprintName: z.string().nullable(), items: z.number() })),
})

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

/**
 * Where a closed sprint's not-delivered items went, as its close recorded it (the items may have
 * moved again since); null for a sprint closed before closes kept this record.
 */
export async function getSprintMoves(orgId: OrgId, sprintId: string): Promise<MovedGroup[] | null> {
  const event = await prisma.auditEvent.findFirst({
    where: { organizationId: orgId, action: 'sprint.closed', targetType: 'sprint', targetId: sprintId },
    orderBy: { createdAt: 'desc' },
    select: { data: true },
  })
  const parsed = movesSchema.safeParse(event?.data)
  return parsed.success ? parsed.data.moved : null
}
