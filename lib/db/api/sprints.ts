import 'server-only'
import { notFound } from '@/lib/core/app-error'
import { calendarDate } from '@/lib/planner/capacity'
import type { OrgId } from '../org-id'
import { listAvailability } from '../sprints/availability'
import { listSprints } from '../sprints/sprints'

// Sprints and their availability as the API shows them: dates as calendar dates, and never the
// reasons for days off or overrides (those are for the people who manage availability, in the app).

type SprintRow = Awaited<ReturnType<typeof listSprints>>[number]
const toApi = (s: SprintRow) => ({
  id: s.id,
  name: s.name,
  status: s.status,
  startDate: calendarDate(s.startDate),
  endDate: calendarDate(s.endDate),
  teamId: s.team.id,
  teamName: s.team.name,
  workItemCount: s._count.workItems,
})

export async function listApiSprints(orgId: OrgId) {
  return (await listSprints(orgId)).map(toApi)
}

export async function getApiSprint(orgId: OrgId, sprintId: string) {
  const sprint = (await listSprints(orgId)).find((s) => s.id === sprintId)
  if (!sprint) throw notFound('Sprint')
  return toApi(sprint)
}

export async function getApiAvailability(orgId: OrgId, sprintId: string) {
  const found = await listAvailability(orgId, sprintId, { withReasons: false })
  if (!found) throw notFound('Sprint')
  return {
    sprintId: found.sprint.id,
    startDate: found.sprint.startDate,
    endDate: found.sprint.endDate,
    holidays: found.holidays.map((h) => ({ date: h.date, name: h.name })),
    totalHours: found.totalHours,
    members: found.rows.map((r) => ({
      membershipId: r.membershipId,
      name: r.name,
      hoursPerDay: r.hoursPerDay,
      overrideHours: r.overrideHours,
      daysOff: r.daysOff.map((d) => ({ start: d.start, end: d.end })),
      capacityHours: r.capacity.hours,
    })),
  }
}
