import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '@/lib/db/client'
import { getDashboard } from '@/lib/db/dashboards/dashboard'
import type { DashboardView } from '@/lib/metrics/view'
import { buildKnownOrg, NOW } from './known-org'

// The known organisation with a holiday and two days off in Core 3 (Mon 2026-02-02 to Sun 02-15,
// ten working days): the dashboards derive capacity from the dates as the planner does.
let core: DashboardView

beforeAll(async () => {
  const known = await buildKnownOrg()
  const organizationId = known.org.orgId
  await prisma.holiday.create({ data: { organizationId, date: new Date('2026-02-04'), name: 'Founders day' } })
  // Di: Thu 5 and Fri 6 off, and Saturday 7, which is no working day and costs nothing.
  await prisma.timeOff.create({
    data: {
      organizationId,
      membershipId: known.people.D.membershipId,
      startDate: new Date('2026-02-05'),
      endDate: new Date('2026-02-07'),
      reason: 'Move',
    },
  })
  core = await getDashboard(organizationId, known.coreId, NOW)
})

describe('capacity from dates on the dashboards', () => {
  it('lowers the sprint’s capacity by the holiday and the days off', () => {
    const core3 = core.trends.points.find((p) => p.label.startsWith('Core 3 ('))!
    // Cy 5 h × 9 days; Ada 3 h and Bo 1.5 h × 9 days; Di's 60 h profile is 6 h a day × (10 − 1 − 2) days.
    expect(core3.capacity).toEqual({ orchestration: 45, craft: 40.5, hybrid: 42 })
    // Core 1 has neither: the profiles' capacities, as before.
    expect(core.trends.points[0].capacity).toEqual({ orchestration: 60, craft: 100, hybrid: 60 })
  })

  it('gives each person the lower capacity in the deep-work table', () => {
    const rows = Object.fromEntries(core.deepWork.people.map((p) => [p.name, p]))
    expect(rows.Ada).toMatchObject({ capacity: 27 })
    expect(rows.Di).toMatchObject({ capacity: 42 })
  })
})
