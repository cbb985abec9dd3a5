import { describe, expect, it } from 'vitest'
import {
  createPlanAction,
  moveItemAction,
  previewWhatIfAction,
  publishPlanAction,
  replanAction,
} from '@/app/(app)/sprints/[sprintId]/planner/actions'
import { GET as planExport } from '@/app/api/export/plans/route'
import { GET as focusExport } from '@/app/api/plans/[planId]/focus/route'
import { prisma } from '@/lib/db/client'
import { getMySprint } from '@/lib/db/planner/visibility'
import { signInAs } from '../../support/factories'
import { createPlanningOrg, unwrap } from './fixtures'

const get = (route: typeof focusExport, planId: string, query = '') =>
  route(new Request(`http://test/api/plans/${planId}/focus${query}`), { params: Promise.resolve({ planId }) })
const exportPlan = (query: string) => planExport(new Request(`http://test/api/export/plans?${query}`), { params: Promise.resolve({}) })

describe('who sees which plan', () => {
  it('engineers see only the published plan of their team, never drafts', async () => {
    const org = await createPlanningOrg()
    await signInAs(org.members.MANAGER)
    const v1 = unwrap(await createPlanAction({ sprintId: org.sprintId, baseVersion: 0 }))

    await signInAs(org.members.ENGINEER)
    expect((await getMySprint(org.orgId, org.members.ENGINEER.membershipId)).plan).toBeNull()
    expect((await get(focusExport, v1.planId)).status).toBe(404)
    expect(await publishPlanAction({ planId: v1.planId, revision: 0 })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await replanAction({ planId: v1.planId, revision: 0 })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect((await exportPlan(`sprintId=${org.sprintId}`)).status).toBe(403)

    await signInAs(org.members.MANAGER)
    unwrap(await publishPlanAction({ planId: v1.planId, revision: 0 }))
    await signInAs(org.members.ENGINEER)
    const mine = await getMySprint(org.orgId, org.members.ENGINEER.membershipId)
    expect(mine.plan?.version).toBe(1)
    expect(mine.plan?.items.length).toBeGreaterThan(0)
    expect(mine.plan?.balance?.deepWorkShare).toBeGreaterThanOrEqual(0.6)
    const ics = await get(focusExport, v1.planId)
    expect(ics.status).toBe(200)
    expect(ics.headers.get('content-type')).toMatch(/text\/calendar/)
    expect(await ics.text()).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*BEGIN:VEVENT[\s\S]*END:VCALENDAR\r\n$/)
    // Someone else's focus blocks are for planners only.
    expect((await get(focusExport, v1.planId, `?member=${org.engineers[1]}`)).status).toBe(404)
  })

  it('publishing a newer version supersedes the old one and is audited', async () => {
    const org = await createPlanningOrg()
    await signInAs(org.members.MANAGER)
    const v1 = unwrap(await createPlanAction({ sprintId: org.sprintId, baseVersion: 0 }))
    unwrap(await publishPlanAction({ planId: v1.planId, revision: 0 }))
    const v2 = unwrap(await replanAction({ planId: v1.planId, revision: 1 }))
    unwrap(await publishPlanAction({ planId: v2.planId, revision: 0 }))
    const statuses = await prisma.plan.findMany({
      where: { sprintId: org.sprintId },
      orderBy: { version: 'asc' },
      select: { status: true },
    })
    expect(statuses.map((s) => s.status)).toEqual(['SUPERSEDED', 'PUBLISHED'])
    expect(await prisma.auditEvent.count({ where: { organizationId: org.orgId, action: 'plan.publish' } })).toBe(2)
    // The export names the version the planner is looking at; the newest without one.
    for (const [query, version] of [
      [`sprintId=${org.sprintId}&version=1`, 1],
      [`sprintId=${org.sprintId}`, 2],
    ] as const) {
      const json = await exportPlan(`${query}&format=json`)
      expect(json.status).toBe(200)
      expect((await json.json()).plan).toMatchObject({ version, status: version === 1 ? 'SUPERSEDED' : 'PUBLISHED' })
    }
    const csv = await exportPlan(`sprintId=${org.sprintId}&version=2&format=csv`)
    expect(csv.headers.get('content-disposition')).toMatch(/filename="plan-.*-v2-\d{4}-\d{2}-\d{2}\.csv"/)
    expect((await csv.text()).split('\r\n')[0]).toBe(
      'item_id,key,title,type,hours,priority,engineer_id,engineer,mode,fit,value,locked,reasons',
    )
    expect((await exportPlan(`sprintId=${org.sprintId}&version=3`)).status).toBe(404)
  })

  it('treats another organisation’s ids as NOT_FOUND', async () => {
    const a = await createPlanningOrg()
    const b = await createPlanningOrg()
    await signInAs(a.members.MANAGER)
    const planA = unwrap(await createPlanAction({ sprintId: a.sprintId, baseVersion: 0 }))
    await signInAs(b.members.MANAGER)
    const planB = unwrap(await createPlanAction({ sprintId: b.sprintId, baseVersion: 0 }))

    expect(await createPlanAction({ sprintId: a.sprintId, baseVersion: 1 })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await replanAction({ planId: planA.planId, revision: 0 })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await moveItemAction({ planId: planA.planId, revision: 0, itemId: a.itemIds[0], toMembershipId: null })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    // Own plan, foreign item or foreign person.
    expect(await moveItemAction({ planId: planB.planId, revision: 0, itemId: a.itemIds[0], toMembershipId: null })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    expect(await moveItemAction({ planId: planB.planId, revision: 0, itemId: b.itemIds[0], toMembershipId: a.engineers[0] })).toMatchObject(
      { ok: false, code: 'NOT_FOUND' },
    )
    expect(await previewWhatIfAction({ planId: planA.planId, revision: 0, scenario: { capacity: {}, removed: [] } })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    expect(await publishPlanAction({ planId: planA.planId, revision: 0 })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect((await exportPlan(`sprintId=${a.sprintId}`)).status).toBe(404)
    expect((await exportPlan(`sprintId=${a.sprintId}&version=1`)).status).toBe(404)
    expect((await get(focusExport, planA.planId)).status).toBe(404)
  })

  it('previews a what-if without saving anything', async () => {
    const org = await createPlanningOrg()
    await signInAs(org.members.MANAGER)
    const v1 = unwrap(await createPlanAction({ sprintId: org.sprintId, baseVersion: 0 }))
    const preview = unwrap(
      await previewWhatIfAction({
        planId: v1.planId,
        revision: 0,
        scenario: { capacity: { [org.engineers[0]]: 8 }, removed: [org.engineers[2]] },
      }),
    )
    expect(preview.unplanned.map((u) => u.membershipId)).toContain(org.engineers[2])
    expect(preview.summaries.find((s) => s.engineerId === org.engineers[0])?.capacityHours).toBe(8)
    expect(preview.why.join(' ')).toMatch(/now has 8 h/)
    expect(preview.diff.objectiveDelta).toBeLessThanOrEqual(0)
    expect(await prisma.plan.count({ where: { sprintId: org.sprintId } })).toBe(1)
  })
})
