import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { GET as focusExport } from '@/app/api/plans/[planId]/focus/route'
import { prisma } from '@/lib/db/client'
import { signInAs } from '../../support/factories'
import { createPlanningOrg } from './fixtures'

// The .ics of focus blocks books only the engineer's available days. The fixture's sprint runs
// Mon 2026-03-02 to Fri 03-13; the engineer gets 30 h of craft work, enough for a block every day.

const blockDays = async (planId: string) => {
  const response = await focusExport(new Request(`http://test/api/plans/${planId}/focus`), { params: Promise.resolve({ planId }) })
  expect(response.status).toBe(200)
  const calendar = new ICAL.Component(ICAL.parse(await response.text()))
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).startDate.toString().slice(0, 10))
}

describe('focus blocks from dates', () => {
  it('never falls on a day off, a holiday or a weekday the organisation does not work', async () => {
    const org = await createPlanningOrg()
    const organizationId = org.orgId
    const engineer = org.members.ENGINEER.membershipId
    const item = await prisma.workItem.create({
      data: {
        organizationId,
        teamId: org.teamId,
        sprintId: org.sprintId,
        title: 'Long craft work',
        type: 'ARCHITECTURE',
        hours: 30,
        priority: 2,
      },
    })
    const plan = await prisma.plan.create({
      data: { organizationId, sprintId: org.sprintId, version: 1, status: 'PUBLISHED', objective: 0 },
    })
    await prisma.assignment.create({
      data: { organizationId, planId: plan.id, workItemId: item.id, membershipId: engineer, mode: 'craft', fit: 0.5, value: 1 },
    })
    await signInAs(org.members.ENGINEER)
    const before = await blockDays(plan.id)
    expect(before).toContain('2026-03-05')
    expect(before).toContain('2026-03-10')

    await prisma.organization.update({ where: { id: organizationId }, data: { workingDays: [1, 2, 3, 4] } })
    await prisma.holiday.create({ data: { organizationId, date: new Date('2026-03-04'), name: 'Founders day' } })
    await prisma.timeOff.create({
      data: { organizationId, membershipId: engineer, startDate: new Date('2026-03-09'), endDate: new Date('2026-03-10') },
    })
    // Another member's days off are theirs alone.
    await prisma.timeOff.create({
      data: { organizationId, membershipId: org.engineers[1], startDate: new Date('2026-03-02'), endDate: new Date('2026-03-03') },
    })
    const after = await blockDays(plan.id)
    expect(after.length).toBeGreaterThan(0)
    for (const day of ['2026-03-04', '2026-03-06', '2026-03-09', '2026-03-10', '2026-03-13']) expect(after).not.toContain(day)
    expect(after).toEqual(expect.arrayContaining(['2026-03-02', '2026-03-03']))
  })
})
