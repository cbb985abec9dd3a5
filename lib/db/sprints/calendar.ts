import 'server-only'
import type { AddHolidayInput, RemoveHolidayInput, SetWorkingDaysInput } from '@/lib/schemas/sprint'
import { AppError } from '@/lib/core/app-error'
import { calendarDate } from '@/lib/planner/capacity'
import { prisma } from '../client'
import { recordAudit } from '../accounts/audit'
import type { OrgId } from '../org-id'
import type { UserId } from '../user-id'

// The organisation's work calendar, set by its admins: which weekdays people work and its public
// holidays. Capacity is derived from it at read time, so a change here moves every open sprint's
// capacity at once (closed sprints too: their figures are read the same way).

export async function getOrgCalendar(orgId: OrgId) {
  const [org, holidays] = await Promise.all([
    prisma.organization.findUniqueOrThrow({ where: { id: orgId }, select: { workingDays: true } }),
    prisma.holiday.findMany({ where: { organizationId: orgId }, select: { id: true, date: true, name: true }, orderBy: { date: 'asc' } }),
  ])
  return { workingDays: org.workingDays, holidays: holidays.map((h) => ({ id: h.id, date: calendarDate(h.date), name: h.name })) }
}

export async function setWorkingDays(orgId: OrgId, actorId: UserId, input: SetWorkingDaysInput) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.organization.findUniqueOrThrow({ where: { id: orgId }, select: { workingDays: true } })
    await tx.organization.update({ where: { id: orgId }, data: { workingDays: input.workingDays } })
    await recordAudit(
      orgId,
      {
        actorId,
        action: 'organization.working-days-changed',
        targetType: 'organization',
        targetId: orgId,
        data: { from: before.workingDays, to: input.workingDays },
      },
      tx,
    )
    return { workingDays: input.workingDays }
  })
}

export async function addHoliday(orgId: OrgId, actorId: UserId, input: AddHolidayInput) {
  return prisma.$transaction(async (tx) => {
    const date = new Date(`${input.date}T00:00:00Z`)
    const taken = await tx.holiday.findFirst({ where: { organizationId: orgId, date }, select: { name: true } })
    if (taken) {
      const message = `${input.date} is already a holiday (${taken.name})`
      throw new AppError('CONFLICT', message, { date: [message] })
    }
    const holiday = await tx.holiday.create({ data: { organizationId: orgId, date, name: input.name }, select: { id: true } })
    await recordAudit(
      orgId,
      {
        actorId,
        action: 'organization.holiday-added',
        targetType: 'organization',
        targetId: orgId,
        data: { date: input.date, name: input.name },
      },
      tx,
    )
    return holiday
  })
}

export async function removeHoliday(orgId: OrgId, actorId: UserId, input: RemoveHolidayInput) {
  return prisma.$transaction(async (tx) => {
    const holiday = await tx.holiday.findFirst({
      where: { id: input.holidayId, organizationId: orgId },
      select: { id: true, date: true, name: true },
    })
    if (!holiday) throw new AppError('NOT_FOUND', 'Holiday not found.')
    await tx.holiday.delete({ where: { id: holiday.id } })
    await recordAudit(
      orgId,
      {
        actorId,
        action: 'organization.holiday-removed',
        targetType: 'organization',
        targetId: orgId,
        data: { date: calendarDate(holiday.date), name: holiday.name },
      },
      tx,
    )
    return { id: holiday.id }
  })
}
