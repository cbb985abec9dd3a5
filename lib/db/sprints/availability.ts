import 'server-only'
import type { AddDaysOffInput, RemoveDaysOffInput, SetTeamAvailabilityInput } from '@/lib/schemas/sprint'
import type { WhatIfInput } from '@/lib/schemas/plan'
import type { Scenario } from '@/lib/planner/types'
import { AppError, notFound } from '@/lib/core/app-error'
import { calendarDate, capacityOf, DEFAULT_SPRINT_HOURS, type Capacity, type DateRange } from '@/lib/planner/capacity'
import { prisma, type Tx } from '../client'
import { recordAudit } from '../accounts/audit'
import type { OrgId } from '../org-id'
import type { UserId } from '../user-id'
import { loadDaysOff, loadMemberDates, loadWorkCalendar } from './capacity'

// Each engineer's availability in a sprint: what is stored (hours per working day, days off as date
// ranges, an override with its reason) and the capacity derived from it by lib/planner/capacity.ts.
// A day off belongs to the person, not the sprint: a range that crosses two sprints costs days in both.

/** Engineers of the sprint's team: members with the ENGINEER role or an engineer profile. */
// Deactivated people (decision 0074) are not offered: their availability is history.
const engineerOfTeam = (teamId: string) => ({
  deactivatedAt: null,
  teams: { some: { teamId } },
  OR: [{ role: 'ENGINEER' as const }, { profile: { isNot: null } }],
})

const day = (s: string) => new Date(`${s}T00:00:00Z`)

export type DayOff = DateRange & { id: string; reason?: string }

/**
 * The sprint's availability. Reasons for days off and overrides are for the people who manage
 * availability: without `withReasons` they are not even read.
 */
export async function listAvailability(orgId: OrgId, sprintId: string, { withReasons }: { withReasons: boolean }) {
  const sprint = await prisma.sprint.findFirst({
    where: { id: sprintId, organizationId: orgId },
    select: { id: true, name: true, status: true, teamId: true, startDate: true, endDate: true, team: { select: { name: true } } },
  })
  if (!sprint) return null
  const span = { start: sprint.startDate, end: sprint.endDate }
  const [members, calendar] = await Promise.all([
    prisma.membership.findMany({
      where: { organizationId: orgId, ...engineerOfTeam(sprint.teamId) },
      select: {
        id: true,
        user: { select: { name: true } },
        profile: { select: { capacityHours: true } },
        availabilities: { where: { sprintId: sprint.id }, select: { hoursPerDay: true, overrideHours: true, note: withReasons } },
        timeOff: {
          where: { startDate: { lte: span.end }, endDate: { gte: span.start } },
          select: { id: true, startDate: true, endDate: true, reason: withReasons },
          orderBy: { startDate: 'asc' },
        },
      },
      orderBy: { user: { name: 'asc' } },
    }),
    loadWorkCalendar(orgId, span),
  ])
  const dates = { startDate: calendarDate(sprint.startDate), endDate: calendarDate(sprint.endDate) }
  const rows = members.map((m) => {
    const saved = m.availabilities[0]
    const daysOff: DayOff[] = m.timeOff.map((t) => ({
      id: t.id,
      start: calendarDate(t.startDate),
      end: calendarDate(t.endDate),
      ...(withReasons ? { reason: t.reason } : {}),
    }))
    const capacity: Capacity = capacityOf(dates, calendar, m.profile?.capacityHours ?? DEFAULT_SPRINT_HOURS, {
      hoursPerDay: saved?.hoursPerDay,
      overrideHours: saved?.overrideHours,
      daysOff,
    })
    return {
      membershipId: m.id,
      name: m.user.name,
      /** What is saved; null = the profile's capacity spread over the sprint's working days. */
      hoursPerDay: saved?.hoursPerDay ?? null,
      overrideHours: saved?.overrideHours ?? null,
      ...(withReasons ? { overrideReason: saved?.note ?? '' } : {}),
      daysOff,
      capacity,
    }
  })
  return {
    sprint: { id: sprint.id, name: sprint.name, status: sprint.status, teamName: sprint.team.name, ...dates },
    holidays: calendar.holidays,
    rows,
    totalHours: rows.reduce((s, r) => s + r.capacity.hours, 0),
  }
}
export type AvailabilityRow = NonNullable<Awaited<ReturnType<typeof listAvailability>>>['rows'][number]

/** The sprint, if it is this organisation's and still open (a closed sprint's availability is history). */
async function openSprint(tx: Tx, orgId: OrgId, sprintId: string) {
  const sprint = await tx.sprint.findFirst({
    where: { id: sprintId, organizationId: orgId },
    select: { id: true, teamId: true, status: true, startDate: true, endDate: true },
  })
  if (!sprint) throw new AppError('NOT_FOUND', 'Sprint not found.')
  if (sprint.status === 'CLOSED') throw new AppError('INVALID', 'This sprint is closed; its availability is history now.')
  return sprint
}

/** Members of the organisation on the sprint's team, by id, or the refusal naming who is not. */
async function membersOnTeam(tx: Tx, orgId: OrgId, teamId: string, membershipIds: readonly string[]) {
  const members = await tx.membership.findMany({
    where: { id: { in: [...membershipIds] }, organizationId: orgId, deactivatedAt: null },
    select: { id: true, user: { select: { name: true } }, teams: { where: { teamId }, select: { teamId: true } } },
  })
  if (members.length !== new Set(membershipIds).size) throw new AppError('NOT_FOUND', 'Engineer not found.')
  const outsider = members.find((m) => m.teams.length === 0)
  if (outsider) throw new AppError('INVALID', `${outsider.user.name} is not on this sprint’s team.`)
  return members
}

/** The open sprint and a member of its team, or the refusal a form shows. */
async function openSprintAndMember(tx: Tx, orgId: OrgId, sprintId: string, membershipId: string) {
  const sprint = await openSprint(tx, orgId, sprintId)
  const [member] = await membersOnTeam(tx, orgId, sprint.teamId, [membershipId])
  return { sprint, member }
}

type AvailabilityInput = SetTeamAvailabilityInput['rows'][number]
// Without an override there is nothing for its reason to explain, so the note is dropped with it.
const stored = (row: AvailabilityInput) => ({
  hoursPerDay: row.hoursPerDay,
  overrideHours: row.overrideHours,
  note: row.overrideHours === null ? '' : row.note,
})

/**
 * The team's hours per day and overrides in one transaction: every row is checked before any is
 * written, so one refused row leaves the whole team as it was. Rows that did not change are not
 * written, and the audit log gets one event listing the people whose availability did.
 */
export async function setTeamAvailability(orgId: OrgId, actorId: UserId, input: SetTeamAvailabilityInput) {
  return prisma.$transaction(async (tx) => {
    const sprint = await openSprint(tx, orgId, input.sprintId)
    const ids = input.rows.map((r) => r.membershipId)
    await membersOnTeam(tx, orgId, sprint.teamId, ids)
    const saved = await tx.availability.findMany({
      where: { organizationId: orgId, sprintId: sprint.id, membershipId: { in: ids } },
      select: { membershipId: true, hoursPerDay: true, overrideHours: true, note: true },
    })
    const before = new Map(saved.map((row) => [row.membershipId, row]))
    const nothing = { hoursPerDay: null, overrideHours: null, note: '' }
    const changed = input.rows.filter((row) => {
      const [next, previous] = [stored(row), before.get(row.membershipId) ?? nothing]
      return next.hoursPerDay !== previous.hoursPerDay || next.overrideHours !== previous.overrideHours || next.note !== previous.note
    })
    for (const row of changed) {
      const where = { organizationId: orgId, sprintId: sprint.id, membershipId: row.membershipId }
      // Nothing stated: the profile's capacity applies again, as for someone never edited.
      if (row.hoursPerDay === null && row.overrideHours === null) await tx.availability.deleteMany({ where })
      else
        await tx.availability.upsert({
          where: { sprintId_membershipId: { sprintId: sprint.id, membershipId: row.membershipId } },
          create: { ...where, ...stored(row) },
          update: stored(row),
        })
    }
    if (changed.length > 0) {
      // The override's reason stays out of the log, like the reasons for days off.
      const rows = changed.map(({ membershipId, hoursPerDay, overrideHours }) => ({ membershipId, hoursPerDay, overrideHours }))
      await recordAudit(
        orgId,
        { actorId, action: 'sprint.availability-set', targetType: 'sprint', targetId: sprint.id, data: { rows } },
        tx,
      )
    }
    return { changed: changed.length }
  })
}

/**
 * Records days off in the open transaction `tx` (the availability page, and a what-if saved with
 * "also record these days off"). Each range must touch the sprint, or the page would never show it.
 */
export async function recordDaysOff(
  tx: Tx,
  orgId: OrgId,
  actorId: UserId,
  sprintId: string,
  entries: readonly (DateRange & { membershipId: string; reason: string })[],
) {
  const ids: string[] = []
  for (const entry of entries) {
    const { sprint, member } = await openSprintAndMember(tx, orgId, sprintId, entry.membershipId)
    if (entry.end < calendarDate(sprint.startDate) || entry.start > calendarDate(sprint.endDate)) {
      const message = `The days off must fall within the sprint (${calendarDate(sprint.startDate)} to ${calendarDate(sprint.endDate)})`
      throw new AppError('INVALID', message, { startDate: [message] })
    }
    const row = await tx.timeOff.create({
      data: { organizationId: orgId, membershipId: member.id, startDate: day(entry.start), endDate: day(entry.end), reason: entry.reason },
      select: { id: true },
    })
    // The reason stays out of the log: it is for managers, and the log is read more widely.
    await recordAudit(
      orgId,
      {
        actorId,
        action: 'sprint.days-off-added',
        targetType: 'sprint',
        targetId: sprint.id,
        data: { membershipId: member.id, start: entry.start, end: entry.end },
      },
      tx,
    )
    ids.push(row.id)
  }
  return ids
}

export async function addDaysOff(orgId: OrgId, actorId: UserId, input: AddDaysOffInput) {
  const [id] = await prisma.$transaction((tx) =>
    recordDaysOff(tx, orgId, actorId, input.sprintId, [
      { membershipId: input.membershipId, start: input.startDate, end: input.endDate, reason: input.reason },
    ]),
  )
  return { id }
}

export async function removeDaysOff(orgId: OrgId, actorId: UserId, input: RemoveDaysOffInput) {
  return prisma.$transaction(async (tx) => {
    const timeOff = await tx.timeOff.findFirst({
      where: { id: input.timeOffId, organizationId: orgId },
      select: { id: true, membershipId: true, startDate: true, endDate: true },
    })
    if (!timeOff) throw new AppError('NOT_FOUND', 'Those days off were not found.')
    const { sprint } = await openSprintAndMember(tx, orgId, input.sprintId, timeOff.membershipId)
    await tx.timeOff.delete({ where: { id: timeOff.id } })
    await recordAudit(
      orgId,
      {
        actorId,
        action: 'sprint.days-off-removed',
        targetType: 'sprint',
        targetId: sprint.id,
        data: { membershipId: timeOff.membershipId, start: calendarDate(timeOff.startDate), end: calendarDate(timeOff.endDate) },
      },
      tx,
    )
    return { id: timeOff.id }
  })
}

/**
 * An engineer's own capacity in a sprint and the days they are off in it: dates only, since the
 * reason is for managers (even the engineer's own is not shown back on their screens).
 */
export async function getMyAvailability(orgId: OrgId, membershipId: string, sprint: { id: string; startDate: Date; endDate: Date }) {
  const [member, dates] = await Promise.all([
    prisma.membership.findFirst({
      where: { id: membershipId, organizationId: orgId },
      select: {
        profile: { select: { capacityHours: true } },
        availabilities: { where: { sprintId: sprint.id, organizationId: orgId }, select: { hoursPerDay: true, overrideHours: true } },
      },
    }),
    loadMemberDates(orgId, membershipId, sprint),
  ])
  const saved = member?.availabilities[0]
  const span = { startDate: calendarDate(sprint.startDate), endDate: calendarDate(sprint.endDate) }
  const capacity = capacityOf(span, dates.calendar, member?.profile?.capacityHours ?? DEFAULT_SPRINT_HOURS, {
    hoursPerDay: saved?.hoursPerDay,
    overrideHours: saved?.overrideHours,
    daysOff: dates.daysOff,
  })
  // Only the parts of each range inside the sprint are the engineer's days off in it.
  const daysOff = dates.daysOff.map((r) => ({
    start: r.start < span.startDate ? span.startDate : r.start,
    end: r.end > span.endDate ? span.endDate : r.end,
  }))
  return { capacity, daysOff, holidays: dates.calendar.holidays }
}

/**
 * A what-if's days off as hours: each named person's capacity derived from dates again, with the
 * extra days off on top of those recorded (a stated override still wins, as everywhere). Ranges must
 * touch the plan's sprint; the people must be on its team.
 */
export async function whatIfScenario(orgId: OrgId, input: WhatIfInput): Promise<Scenario> {
  const named = Object.entries(input.daysOff).filter(([, ranges]) => ranges.length > 0)
  if (named.length === 0) return input.scenario
  const plan = await prisma.plan.findFirst({
    where: { id: input.planId, organizationId: orgId },
    select: { sprint: { select: { id: true, teamId: true, startDate: true, endDate: true } } },
  })
  if (!plan) throw notFound('Plan')
  const { sprint } = plan
  const dates = { startDate: calendarDate(sprint.startDate), endDate: calendarDate(sprint.endDate) }
  if (named.some(([, ranges]) => ranges.some((r) => r.endDate < dates.startDate || r.startDate > dates.endDate))) {
    const message = `Days off must fall within the sprint (${dates.startDate} to ${dates.endDate})`
    throw new AppError('INVALID', message, { daysOff: [message] })
  }
  const ids = named.map(([id]) => id)
  const span = { start: sprint.startDate, end: sprint.endDate }
  const [members, calendar, recorded] = await Promise.all([
    prisma.membership.findMany({
      where: { id: { in: ids }, organizationId: orgId, deactivatedAt: null, teams: { some: { teamId: sprint.teamId } } },
      select: {
        id: true,
        profile: { select: { capacityHours: true } },
        availabilities: { where: { sprintId: sprint.id, organizationId: orgId }, select: { hoursPerDay: true, overrideHours: true } },
      },
    }),
    loadWorkCalendar(orgId, span),
    loadDaysOff(orgId, ids, span),
  ])
  if (members.length !== ids.length) throw notFound('Team member')
  const capacity = { ...input.scenario.capacity }
  for (const m of members) {
    const extra = input.daysOff[m.id].map((r) => ({ start: r.startDate, end: r.endDate }))
    const saved = m.availabilities[0]
    capacity[m.id] = capacityOf(dates, calendar, m.profile?.capacityHours ?? DEFAULT_SPRINT_HOURS, {
      hoursPerDay: saved?.hoursPerDay,
      overrideHours: saved?.overrideHours,
      daysOff: [...(recorded.get(m.id) ?? []), ...extra],
    }).hours
  }
  return { ...input.scenario, capacity }
}

/** "Also record these days off": the what-if's days off become availability, inside the save's transaction. */
export function recordWhatIfDaysOff(tx: Tx, orgId: OrgId, actorId: UserId, sprintId: string, daysOff: WhatIfInput['daysOff']) {
  const entries = Object.entries(daysOff).flatMap(([membershipId, ranges]) =>
    ranges.map((r) => ({ membershipId, start: r.startDate, end: r.endDate, reason: 'Recorded from a what-if' })),
  )
  return recordDaysOff(tx, orgId, actorId, sprintId, entries)
}
