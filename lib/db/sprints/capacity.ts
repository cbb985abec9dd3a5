import 'server-only'
import { calendarDate, capacityOf, DEFAULT_SPRINT_HOURS, type Capacity, type DateRange, type WorkCalendar } from '@/lib/planner/capacity'
import { prisma, type Tx } from '../client'
import type { OrgId } from '../org-id'

// Reads what capacity is derived from (the organisation's calendar, days off, saved availability)
// for one or more sprints; lib/planner/capacity.ts does the arithmetic.

type Db = Tx | typeof prisma
type DatedSprint = { id: string; startDate: Date; endDate: Date }
/** One person's inputs for one sprint, as the capacity queries read them. */
export type CapacityRow = {
  sprintId: string
  membershipId: string
  profileHours: number | null
  hoursPerDay: number | null
  overrideHours: number | null
}

const spanOf = (sprints: readonly DatedSprint[]) => ({
  start: new Date(Math.min(...sprints.map((s) => s.startDate.getTime()))),
  end: new Date(Math.max(...sprints.map((s) => s.endDate.getTime()))),
})

/** Working weekdays and the holidays between two dates. */
export async function loadWorkCalendar(orgId: OrgId, span: { start: Date; end: Date }, db: Db = prisma): Promise<WorkCalendar> {
  const [org, holidays] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: orgId }, select: { workingDays: true } }),
    db.holiday.findMany({
      where: { organizationId: orgId, date: { gte: span.start, lte: span.end } },
      select: { date: true, name: true },
      orderBy: { date: 'asc' },
    }),
  ])
  return { workingDays: org.workingDays, holidays: holidays.map((h) => ({ date: calendarDate(h.date), name: h.name })) }
}

/** Each person's days off that touch the span, as date ranges. */
export async function loadDaysOff(
  orgId: OrgId,
  membershipIds: readonly string[],
  span: { start: Date; end: Date },
  db: Db = prisma,
): Promise<Map<string, DateRange[]>> {
  const rows = await db.timeOff.findMany({
    where: { organizationId: orgId, membershipId: { in: [...membershipIds] }, startDate: { lte: span.end }, endDate: { gte: span.start } },
    select: { membershipId: true, startDate: true, endDate: true },
    orderBy: { startDate: 'asc' },
  })
  const byMember = new Map<string, DateRange[]>()
  for (const r of rows) {
    const list = byMember.get(r.membershipId) ?? []
    list.push({ start: calendarDate(r.startDate), end: calendarDate(r.endDate) })
    byMember.set(r.membershipId, list)
  }
  return byMember
}

/**
 * Capacity of every row, keyed `${sprintId}:${membershipId}`. The rows name the people; this reads
 * the calendar and days off once for all the sprints.
 */
export async function computeCapacities(
  orgId: OrgId,
  sprints: readonly DatedSprint[],
  rows: readonly CapacityRow[],
  db: Db = prisma,
): Promise<Map<string, Capacity>> {
  const result = new Map<string, Capacity>()
  if (sprints.length === 0 || rows.length === 0) return result
  const span = spanOf(sprints)
  const [calendar, daysOff] = await Promise.all([
    loadWorkCalendar(orgId, span, db),
    loadDaysOff(orgId, [...new Set(rows.map((r) => r.membershipId))], span, db),
  ])
  const byId = new Map(sprints.map((s) => [s.id, { startDate: calendarDate(s.startDate), endDate: calendarDate(s.endDate) }]))
  for (const row of rows) {
    const sprint = byId.get(row.sprintId)
    if (!sprint) continue
    result.set(
      `${row.sprintId}:${row.membershipId}`,
      capacityOf(sprint, calendar, row.profileHours ?? DEFAULT_SPRINT_HOURS, {
        hoursPerDay: row.hoursPerDay,
        overrideHours: row.overrideHours,
        daysOff: daysOff.get(row.membershipId) ?? [],
      }),
    )
  }
  return result
}

/** One person's calendar and days off for a sprint's dates (focus blocks, My sprint). */
export async function loadMemberDates(orgId: OrgId, membershipId: string, sprint: { startDate: Date; endDate: Date }, db: Db = prisma) {
  const span = { start: sprint.startDate, end: sprint.endDate }
  const [calendar, daysOff] = await Promise.all([loadWorkCalendar(orgId, span, db), loadDaysOff(orgId, [membershipId], span, db)])
  return { calendar, daysOff: daysOff.get(membershipId) ?? [] }
}
