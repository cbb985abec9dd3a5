import 'server-only'
import type { SetAvailabilityInput } from '@/lib/schemas/sprint'
import { AppError } from '@/lib/core/app-error'
import { prisma } from '../client'
import type { OrgId } from '../org-id'

// Hours each engineer has in a sprint. Without a saved row the engineer's profile capacity
// applies (or the schema's 60 h default before they answered the survey), so a sprint is
// plannable as soon as it exists; a saved row records time off or on-call with a note.

const DEFAULT_CAPACITY_HOURS = 60

/** Engineers of the sprint's team: members with the ENGINEER role or an engineer profile. */
const engineerOfTeam = (teamId: string) => ({
  teams: { some: { teamId } },
  OR: [{ role: 'ENGINEER' as const }, { profile: { isNot: null } }],
})

export async function listAvailability(orgId: OrgId, sprintId: string) {
  const sprint = await prisma.sprint.findFirst({
    where: { id: sprintId, organizationId: orgId },
    select: { id: true, name: true, status: true, teamId: true, team: { select: { name: true } } },
  })
  if (!sprint) return null
  const members = await prisma.membership.findMany({
    where: { organizationId: orgId, ...engineerOfTeam(sprint.teamId) },
    select: {
      id: true,
      user: { select: { name: true } },
      profile: { select: { capacityHours: true } },
      availabilities: { where: { sprintId: sprint.id }, select: { hours: true, note: true } },
    },
    orderBy: { user: { name: 'asc' } },
  })
  const rows = members.map((m) => {
    const capacityHours = m.profile?.capacityHours ?? DEFAULT_CAPACITY_HOURS
    const saved = m.availabilities[0]
    return {
      membershipId: m.id,
      name: m.user.name,
      capacityHours,
      hours: saved?.hours ?? capacityHours,
      note: saved?.note ?? '',
      isDefault: !saved,
    }
  })
  return {
    sprint: { id: sprint.id, name: sprint.name, status: sprint.status, teamName: sprint.team.name },
    rows,
    totalHours: rows.reduce((s, r) => s + r.hours, 0),
  }
}
export type AvailabilityRow = NonNullable<Awaited<ReturnType<typeof listAvailability>>>['rows'][number]

export async function setAvailability(orgId: OrgId, input: SetAvailabilityInput) {
  const sprint = await prisma.sprint.findFirst({
    where: { id: input.sprintId, organizationId: orgId },
    select: { id: true, teamId: true, status: true },
  })
  if (!sprint) throw new AppError('NOT_FOUND', 'Sprint not found.')
  if (sprint.status === 'CLOSED') throw new AppError('INVALID', 'This sprint is closed; its availability is history now.')
  const member = await prisma.membership.findFirst({
    where: { id: input.membershipId, organizationId: orgId },
    select: { id: true, teams: { where: { teamId: sprint.teamId }, select: { teamId: true } } },
  })
  if (!member) throw new AppError('NOT_FOUND', 'Engineer not found.')
  if (member.teams.length === 0) throw new AppError('INVALID', 'That engineer is not on this sprint’s team.')
  const data = { hours: input.hours, note: input.note }
  await prisma.availability.upsert({
    where: { sprintId_membershipId: { sprintId: sprint.id, membershipId: member.id } },
    create: { organizationId: orgId, sprintId: sprint.id, membershipId: member.id, ...data },
    update: data,
  })
  return { hours: input.hours }
}
