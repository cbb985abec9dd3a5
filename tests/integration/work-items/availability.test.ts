import { beforeAll, describe, expect, it } from 'vitest'
import { addDaysOffAction, removeDaysOffAction, setTeamAvailabilityAction } from '@/app/(app)/sprints/actions'
import { addHolidayAction, removeHolidayAction, setWorkingDaysAction } from '@/app/(app)/settings/calendar/actions'
import { getMyAvailability, listAvailability } from '@/lib/db/sprints/availability'
import { getOrgCalendar } from '@/lib/db/sprints/calendar'
import { prisma } from '@/lib/db/client'
import { createTestOrg, signInAs, type TestOrg } from '../../support/factories'
import { createSprintRow, ok } from './helpers'

// Availability from dates against Postgres. createSprintRow's sprint runs Mon 2026-01-05 to Fri
// 2026-01-16: ten working days; an engineer without a profile has the 60 h default, 6 h a day.

let org: TestOrg
beforeAll(async () => {
  org = await createTestOrg()
})

/** One engineer's row through the team table's action. */
const setOne = (sprintId: string, row: Record<string, string>) => setTeamAvailabilityAction({ sprintId, rows: [row] })

const capacityOf = async (sprintId: string, withReasons = true) => (await listAvailability(org.orgId, sprintId, { withReasons }))!.rows[0]

describe('availability from dates', () => {
  it('derives capacity from hours per day and dated days off, and keeps reasons for managers', async () => {
    await signInAs(org.members.MANAGER)
    const sprint = await createSprintRow(org.orgId, org.teamId, 'Dated sprint')
    const engineer = org.members.ENGINEER.membershipId
    expect(await capacityOf(sprint.id)).toMatchObject({
      membershipId: engineer,
      hoursPerDay: null,
      capacity: { hours: 60, weekdays: 10, hoursPerDay: 6 },
    })
    ok(await setOne(sprint.id, { membershipId: engineer, hoursPerDay: '5', overrideHours: '', note: '' }))
    ok(
      await addDaysOffAction({
        sprintId: sprint.id,
        membershipId: engineer,
        startDate: '2026-01-08',
        endDate: '2026-01-12',
        reason: 'Dentist',
      }),
    )
    // Thu 8, Fri 9 and Mon 12 are working days; the weekend between costs nothing.
    const row = await capacityOf(sprint.id)
    expect(row.capacity).toMatchObject({ hours: 35, daysOff: 3 })
    expect(row.daysOff).toEqual([expect.objectContaining({ start: '2026-01-08', end: '2026-01-12', reason: 'Dentist' })])
    const forLeads = await capacityOf(sprint.id, false)
    expect(forLeads.daysOff[0]).not.toHaveProperty('reason')
    expect(forLeads).not.toHaveProperty('overrideReason')
    expect(JSON.stringify(forLeads)).not.toContain('Dentist')

    ok(await removeDaysOffAction({ sprintId: sprint.id, timeOffId: row.daysOff[0].id }))
    expect((await capacityOf(sprint.id)).capacity.hours).toBe(50)
    const actions = await prisma.auditEvent.findMany({
      where: { organizationId: org.orgId, targetId: sprint.id },
      select: { action: true, data: true },
    })
    expect(actions.map((a) => a.action).sort()).toEqual(['sprint.availability-set', 'sprint.days-off-added', 'sprint.days-off-removed'])
    expect(JSON.stringify(actions)).not.toContain('Dentist')
  })

  it('needs a reason to override, and forgets the reason when the override is cleared', async () => {
    await signInAs(org.members.MANAGER)
    const sprint = await createSprintRow(org.orgId, org.teamId, 'Override sprint')
    const engineer = org.members.ENGINEER.membershipId
    expect(await setOne(sprint.id, { membershipId: engineer, hoursPerDay: '', overrideHours: '20', note: ' ' })).toMatchObject({
      ok: false,
      code: 'INVALID',
      message: expect.stringContaining('override reason'),
    })
    ok(await setOne(sprint.id, { membershipId: engineer, hoursPerDay: '', overrideHours: '20', note: 'On call' }))
    expect(await capacityOf(sprint.id)).toMatchObject({
      overrideReason: 'On call',
      capacity: { hours: 20, derivedHours: 60, overridden: true },
    })
    ok(await setOne(sprint.id, { membershipId: engineer, hoursPerDay: '', overrideHours: '', note: 'On call' }))
    expect(await capacityOf(sprint.id)).toMatchObject({ overrideReason: '', hoursPerDay: null, capacity: { hours: 60, overridden: false } })
    expect(await prisma.availability.count({ where: { sprintId: sprint.id } })).toBe(0)
  })

  it('refuses days off outside the sprint, closed sprints and people of other organisations', async () => {
    await signInAs(org.members.MANAGER)
    const sprint = await createSprintRow(org.orgId, org.teamId, 'Guarded sprint')
    const closed = await createSprintRow(org.orgId, org.teamId, 'Closed sprint', 'CLOSED')
    const engineer = org.members.ENGINEER.membershipId
    expect(
      await addDaysOffAction({ sprintId: sprint.id, membershipId: engineer, startDate: '2026-02-02', endDate: '2026-02-03', reason: '' }),
    ).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { startDate: [expect.stringContaining('within the sprint')] } })
    expect(
      await addDaysOffAction({ sprintId: sprint.id, membershipId: engineer, startDate: '2026-01-09', endDate: '2026-01-08', reason: '' }),
    ).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { endDate: [expect.stringContaining('last day off')] } })
    expect(await setOne(closed.id, { membershipId: engineer, hoursPerDay: '4' })).toMatchObject({
      ok: false,
      code: 'INVALID',
    })
    expect(
      await addDaysOffAction({ sprintId: closed.id, membershipId: engineer, startDate: '2026-01-08', endDate: '2026-01-08', reason: '' }),
    ).toMatchObject({ ok: false, code: 'INVALID' })

    const other = await createTestOrg()
    expect(await setOne(sprint.id, { membershipId: other.members.ENGINEER.membershipId, hoursPerDay: '1' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    const theirs = await prisma.timeOff.create({
      data: {
        organizationId: other.orgId,
        membershipId: other.members.ENGINEER.membershipId,
        startDate: new Date('2026-01-06'),
        endDate: new Date('2026-01-06'),
      },
    })
    expect(await removeDaysOffAction({ sprintId: sprint.id, timeOffId: theirs.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await prisma.timeOff.count({ where: { id: theirs.id } })).toBe(1)
    expect(await prisma.timeOff.count({ where: { organizationId: org.orgId, startDate: { gte: new Date('2026-02-01') } } })).toBe(0)
  })
})

describe('the team table’s one Save', () => {
  it('writes every row or none, and logs one event for the rows that changed', async () => {
    await signInAs(org.members.MANAGER)
    const sprint = await createSprintRow(org.orgId, org.teamId, 'Team table sprint')
    const { ENGINEER, LEAD, OWNER } = org.members
    const saved = () => prisma.availability.findMany({ where: { sprintId: sprint.id }, select: { membershipId: true, hoursPerDay: true } })

    const refused = await setTeamAvailabilityAction({
      sprintId: sprint.id,
      rows: [
        { membershipId: ENGINEER.membershipId, hoursPerDay: '5' },
        { membershipId: LEAD.membershipId, overrideHours: '10', note: '' },
      ],
    })
    expect(refused).toMatchObject({ ok: false, code: 'INVALID', message: expect.stringContaining('override reason') })
    // The owner is not on the sprint's team: refused by name, after the engineer's row was checked.
    const outsider = await setTeamAvailabilityAction({
      sprintId: sprint.id,
      rows: [
        { membershipId: ENGINEER.membershipId, hoursPerDay: '5' },
        { membershipId: OWNER.membershipId, hoursPerDay: '4' },
      ],
    })
    expect(outsider).toMatchObject({ ok: false, code: 'INVALID', message: 'Owner is not on this sprint’s team.' })
    expect(await saved()).toEqual([])

    const rows = [
      { membershipId: ENGINEER.membershipId, hoursPerDay: '5' },
      { membershipId: LEAD.membershipId, overrideHours: '10', note: 'Half the sprint at a conference' },
    ]
    expect(ok(await setTeamAvailabilityAction({ sprintId: sprint.id, rows }))).toEqual({ changed: 2 })
    expect(await saved()).toHaveLength(2)
    // Saving the same table again changes nothing and logs nothing.
    expect(ok(await setTeamAvailabilityAction({ sprintId: sprint.id, rows }))).toEqual({ changed: 0 })
    const events = await prisma.auditEvent.findMany({ where: { organizationId: org.orgId, targetId: sprint.id }, select: { data: true } })
    expect(events).toHaveLength(1)
    expect(JSON.stringify(events)).not.toContain('conference')
  })
})

describe('my own availability', () => {
  it('shows the engineer their capacity and days off within the sprint, never the reason', async () => {
    const sprint = await createSprintRow(org.orgId, org.teamId, 'My dated sprint')
    const engineer = org.members.ENGINEER.membershipId
    await prisma.timeOff.create({
      data: {
        organizationId: org.orgId,
        membershipId: engineer,
        startDate: new Date('2026-01-01'),
        endDate: new Date('2026-01-06'),
        reason: 'Family visit',
      },
    })
    const mine = await getMyAvailability(org.orgId, engineer, sprint)
    // Mon 5 and Tue 6 of the ten working days are off: 60 h profile, 6 h a day × 8.
    expect(mine.capacity).toMatchObject({ hours: 48, daysOff: 2 })
    expect(mine.daysOff).toEqual([{ start: '2026-01-05', end: '2026-01-06' }])
    expect(JSON.stringify(mine)).not.toContain('Family visit')
    await prisma.timeOff.deleteMany({ where: { organizationId: org.orgId, reason: 'Family visit' } })
  })
})

describe('the organisation calendar', () => {
  it('admins set working days and holidays, which every sprint’s capacity follows', async () => {
    const calendarOrg = await createTestOrg()
    const sprint = await createSprintRow(calendarOrg.orgId, calendarOrg.teamId, 'Calendar sprint')
    const rowOf = async () => (await listAvailability(calendarOrg.orgId, sprint.id, { withReasons: false }))!.rows[0].capacity

    await signInAs(calendarOrg.members.MANAGER)
    expect(await addHolidayAction({ date: '2026-01-06', name: 'Epiphany' })).toMatchObject({ ok: false, code: 'FORBIDDEN' })

    await signInAs(calendarOrg.members.ADMIN)
    const epiphany = ok(await addHolidayAction({ date: '2026-01-06', name: 'Epiphany' }))
    expect(await addHolidayAction({ date: '2026-01-06', name: 'Again' })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      fieldErrors: { date: [expect.stringContaining('already a holiday')] },
    })
    expect(await rowOf()).toMatchObject({ hours: 54, holidays: 1 })
    expect((await listAvailability(calendarOrg.orgId, sprint.id, { withReasons: false }))!.holidays).toEqual([
      { date: '2026-01-06', name: 'Epiphany' },
    ])

    expect(await setWorkingDaysAction({ workingDays: [] })).toMatchObject({
      ok: false,
      fieldErrors: { workingDays: ['Choose at least one working day'] },
    })
    ok(await setWorkingDaysAction({ workingDays: ['1', '2', '3', '4'] }))
    expect(await rowOf()).toMatchObject({ weekdays: 8, holidays: 1, hours: 52.5 })

    ok(await removeHolidayAction({ holidayId: epiphany.id }))
    expect(await getOrgCalendar(calendarOrg.orgId)).toEqual({ workingDays: [1, 2, 3, 4], holidays: [] })
    expect(await removeHolidayAction({ holidayId: epiphany.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    const events = await prisma.auditEvent.findMany({
      where: { organizationId: calendarOrg.orgId, action: { startsWith: 'organization.', not: 'organization.created' } },
    })
    expect(events.map((e) => e.action).sort()).toEqual([
      'organization.holiday-added',
      'organization.holiday-removed',
      'organization.working-days-changed',
    ])
  })
})
