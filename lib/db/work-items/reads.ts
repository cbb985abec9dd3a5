import 'server-only'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { Mode, WorkType } from '@/lib/core/work-types'
import { prisma } from '../client'
import type { OrgId } from '../org-id'
import { listTeamOptions } from '../accounts/teams'
import { getPolicyModes } from './policy'

// Reads for the work-item detail and edit pages and the item form's choices. The list and its
// export are in list.ts (SQL, one round trip).

const itemSelect = {
  id: true,
  title: true,
  type: true,
  hours: true,
  priority: true,
  modeOverride: true,
  status: true,
  labels: true,
  externalKey: true,
  sprint: { select: { id: true, name: true } },
  team: { select: { id: true, name: true } },
  pinnedTo: { select: { id: true, user: { select: { name: true } } } },
} satisfies Prisma.WorkItemSelect

type ItemRow = Prisma.WorkItemGetPayload<{ select: typeof itemSelect }>

const toDto = (row: ItemRow, modes: Record<WorkType, Mode>) => ({
  id: row.id,
  title: row.title,
  type: row.type,
  hours: row.hours,
  priority: row.priority,
  status: row.status,
  labels: row.labels,
  externalKey: row.externalKey,
  sprint: row.sprint,
  team: row.team,
  mode: row.modeOverride ?? modes[row.type],
  modeOverridden: row.modeOverride !== null,
  pinnedTo: row.pinnedTo ? { id: row.pinnedTo.id, name: row.pinnedTo.user.name } : null,
})

export async function getWorkItem(orgId: OrgId, id: string) {
  const modes = await getPolicyModes(orgId)
  const row = await prisma.workItem.findFirst({
    where: { id, organizationId: orgId },
    select: {
      ...itemSelect,
      description: true,
      modeOverride: true,
      sprintId: true,
      teamId: true,
      pinnedToId: true,
      createdAt: true,
      updatedAt: true,
    },
  })
  if (!row) return null
  return {
    ...toDto(row, modes),
    description: row.description,
    modeOverride: row.modeOverride,
    sprintId: row.sprintId,
    teamId: row.teamId,
    pinnedToId: row.pinnedToId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  }
}

/** Options for the item form and the import: teams and sprints (members are searched, see filters.ts). */
export async function listWorkItemChoices(orgId: OrgId) {
  const [teams, sprints] = await Promise.all([
    listTeamOptions(orgId),
    prisma.sprint.findMany({
      where: { organizationId: orgId },
      select: { id: true, name: true, status: true, teamId: true },
      orderBy: [{ startDate: 'desc' }, { name: 'asc' }],
    }),
  ])
  return { teams, sprints }
}
export type WorkItemChoices = Awaited<ReturnType<typeof listWorkItemChoices>>
