import { prisma } from '@/lib/db/client'
import type { OrgId } from '@/lib/db/org-id'
import type { ActionResult } from '@/lib/core/action-result'

// Small builders for the work-item integration tests.

export async function seedItems(
  orgId: OrgId,
  count: number,
  extra: { sprintId?: string | null; teamId?: string | null; prefix?: string } = {},
) {
  const prefix = extra.prefix ?? 'Item'
  await prisma.workItem.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      organizationId: orgId,
      title: `${prefix} ${i + 1}`,
      type: 'DOCUMENTATION' as const,
      hours: 2,
      priority: 2,
      sprintId: extra.sprintId ?? null,
      teamId: extra.teamId ?? null,
    })),
  })
  return prisma.workItem.findMany({
    where: { organizationId: orgId, title: { startsWith: `${prefix} ` } },
    select: { id: true },
    orderBy: { createdAt: 'asc' },
  })
}

export async function createSprintRow(orgId: OrgId, teamId: string, name: string, status: 'PLANNING' | 'ACTIVE' | 'CLOSED' = 'PLANNING') {
  return prisma.sprint.create({
    data: { organizationId: orgId, teamId, name, status, startDate: new Date('2026-01-05'), endDate: new Date('2026-01-16') },
  })
}

/** Unwraps a successful action result, failing the test with the message otherwise. */
export function ok<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.code}: ${result.message}`)
  return result.data
}
