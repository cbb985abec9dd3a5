import { describe, expect, it } from 'vitest'
import { createPlanAction, previewWhatIfAction, saveWhatIfAction } from '@/app/(app)/sprints/[sprintId]/planner/actions'
import { prisma } from '@/lib/db/client'
import { createTestOrg, signInAs } from '../../support/factories'
import { createPlanningOrg, unwrap } from './fixtures'

// A what-if picks days off as dates. The fixture's sprint runs Mon 2026-03-02 to Fri 03-13 (ten
// working days) and its engineers have 40 h profiles: 4 h a day.

const none = { capacity: {}, removed: [] }
const calendarDay = (d: Date) => d.toISOString().slice(0, 10)

describe('what-if days off as dates', () => {
  it('derives the hours from dates, refuses ranges outside the sprint and people of other organisations', async () => {
    const org = await createPlanningOrg()
    const ada = org.engineers[0]
    await signInAs(org.members.MANAGER)
    const v1 = unwrap(await createPlanAction({ sprintId: org.sprintId, baseVersion: 0 }))
    await prisma.holiday.create({ data: { organizationId: org.orgId, date: new Date('2026-03-05'), name: 'Founders day' } })
    // Wed 4 to Mon 9: Wed, Fri and Mon are working days; Thursday is the holiday and counts once.
    const daysOff = { [ada]: [{ startDate: '2026-03-04', endDate: '2026-03-09' }] }
    const preview = unwrap(await previewWhatIfAction({ planId: v1.planId, revision: 0, scenario: none, daysOff }))
    expect(preview.summaries.find((s) => s.engineerId === ada)?.capacityHours).toBe(24)
    expect(preview.scenario.capacity[ada]).toBe(24)

    expect(
      await previewWhatIfAction({
        planId: v1.planId,
        revision: 0,
        scenario: none,
        daysOff: { [ada]: [{ startDate: '2026-04-01', endDate: '2026-04-02' }] },
      }),
    ).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { daysOff: [expect.stringContaining('within the sprint')] } })
    const other = await createTestOrg()
    expect(
      await previewWhatIfAction({
        planId: v1.planId,
        revision: 0,
        scenario: none,
        daysOff: { [other.members.ENGINEER.membershipId]: [{ startDate: '2026-03-04', endDate: '2026-03-04' }] },
      }),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await prisma.timeOff.count({ where: { organizationId: org.orgId } })).toBe(0)
  })

  it('records the days off in availability with the saved version when asked, and not otherwise', async () => {
    const org = await createPlanningOrg()
    const [ada, orla] = org.engineers
    await signInAs(org.members.MANAGER)
    const v1 = unwrap(await createPlanAction({ sprintId: org.sprintId, baseVersion: 0 }))
    const daysOff = {
      [ada]: [{ startDate: '2026-03-02', endDate: '2026-03-03' }],
      [orla]: [{ startDate: '2026-03-13', endDate: '2026-03-13' }],
    }

    // A stale revision saves nothing: neither the version nor the days off.
    expect(await saveWhatIfAction({ planId: v1.planId, revision: 7, scenario: none, daysOff, recordDaysOff: true })).toMatchObject({
      ok: false,
    })
    expect(await prisma.timeOff.count({ where: { organizationId: org.orgId } })).toBe(0)

    const v2 = unwrap(await saveWhatIfAction({ planId: v1.planId, revision: 0, scenario: none, daysOff }))
    expect(await prisma.timeOff.count({ where: { organizationId: org.orgId } })).toBe(0)
    const v3 = unwrap(await saveWhatIfAction({ planId: v2.planId, revision: 0, scenario: none, daysOff, recordDaysOff: true }))
    const recorded = await prisma.timeOff.findMany({ where: { organizationId: org.orgId }, orderBy: { startDate: 'asc' } })
    expect(recorded.map((r) => [r.membershipId, calendarDay(r.startDate), calendarDay(r.endDate)])).toEqual([
      [ada, '2026-03-02', '2026-03-03'],
      [orla, '2026-03-13', '2026-03-13'],
    ])
    const saved = await prisma.plan.findUniqueOrThrow({ where: { id: v3.planId }, select: { version: true } })
    expect(saved.version).toBe(3)
    expect(await prisma.auditEvent.count({ where: { organizationId: org.orgId, action: 'sprint.days-off-added' } })).toBe(2)
  })
})
