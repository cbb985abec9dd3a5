import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { createCalendarFeedAction, revokeCalendarFeedAction, updateTimeZoneAction } from '@/app/(app)/settings/actions'
import { createPlanAction, moveItemAction, publishPlanAction } from '@/app/(app)/sprints/[sprintId]/planner/actions'
import { GET as feedRoute } from '@/app/api/calendar/[token]/route'
import { prisma } from '@/lib/db/client'
import { signInAs } from '../../support/factories'
import { createPlanningOrg, unwrap } from './fixtures'

// The calendar subscription, fetched the way a calendar app does: no session, only the secret path.
// The fixture's sprint runs Mon 2026-03-02 to Fri 03-13.

async function fetchFeed(path: string, headers: Record<string, string> = {}) {
  const token = path.split('/').at(-1)!
  return feedRoute(new Request(`http://test${path}`, { headers }), { params: Promise.resolve({ token }) })
}

function eventsOf(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) }
}

describe('calendar feed', () => {
  it('serves the sprint, focus blocks in the chosen zone and days off; follows a re-publish; a revoked URL is 404', async () => {
    const org = await createPlanningOrg()
    const engineer = org.members.ENGINEER
    await prisma.timeOff.create({
      data: {
        organizationId: org.orgId,
        membershipId: engineer.membershipId,
        startDate: new Date('2026-03-05'),
        endDate: new Date('2026-03-06'),
      },
    })
    await signInAs(org.members.MANAGER)
    const v1 = unwrap(await createPlanAction({ sprintId: org.sprintId, baseVersion: 0 }))
    unwrap(await publishPlanAction({ planId: v1.planId, revision: 0 }))

    await signInAs(engineer)
    expect(await updateTimeZoneAction({ timeZone: 'Mars/Olympus' })).toMatchObject({
      ok: false,
      fieldErrors: { timeZone: [expect.stringMatching(/^Time zone/)] },
    })
    unwrap(await updateTimeZoneAction({ timeZone: 'America/New_York' }))
    const { path } = unwrap(await createCalendarFeedAction({}))
    expect(path).toMatch(/^\/api\/calendar\/[\w-]{43}$/)
    expect(JSON.stringify(await prisma.calendarFeed.findMany())).not.toContain(path.split('/').at(-1))

    const response = await fetchFeed(path)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(response.headers.get('cache-control')).toBe('private, max-age=900')
    const { calendar, events } = eventsOf(await response.text())
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('America/New_York')
    const sprint = events.find((e) => e.summary === 'Sprint: Sprint 1')!
    expect([sprint.startDate.toString(), sprint.endDate.toString()]).toEqual(['2026-03-02', '2026-03-14'])
    const dayOff = events.find((e) => e.summary === 'Day off')!
    expect([dayOff.startDate.toString(), dayOff.endDate.toString()]).toEqual(['2026-03-05', '2026-03-07'])
    const blocks = events.filter((e) => e.summary.startsWith('Focus block'))
    expect(blocks.length).toBeGreaterThan(0)
    for (const block of blocks) {
      expect(block.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('America/New_York')
      expect(['2026-03-05', '2026-03-06']).not.toContain(block.startDate.toString().slice(0, 10))
    }

    // Unchanged: the app's copy is still good.
    const again = await fetchFeed(path, { 'if-none-match': response.headers.get('etag')! })
    expect(again.status).toBe(304)

    // A re-publish that takes the engineer's items away empties their focus blocks in the same feed.
    await signInAs(org.members.MANAGER)
    const rows = await prisma.assignment.findMany({
      where: { planId: v1.planId, membershipId: engineer.membershipId },
      select: { workItemId: true },
    })
    expect(rows.length).toBeGreaterThan(0)
    let draft = { planId: v1.planId, revision: 1 }
    for (const row of rows) draft = unwrap(await moveItemAction({ ...draft, itemId: row.workItemId, toMembershipId: null }))
    unwrap(await publishPlanAction({ planId: draft.planId, revision: draft.revision }))
    const republished = await fetchFeed(path, { 'if-none-match': response.headers.get('etag')! })
    expect(republished.status).toBe(200)
    const after = eventsOf(await republished.text()).events
    expect(after.filter((e) => e.summary.startsWith('Focus block'))).toEqual([])
    expect(after.find((e) => e.summary === 'Sprint: Sprint 1')?.sequence).toBe(2)

    // Regenerating replaces the URL; revoking removes it. Both old URLs answer 404.
    await signInAs(engineer)
    const { path: second } = unwrap(await createCalendarFeedAction({}))
    expect((await fetchFeed(path)).status).toBe(404)
    expect((await fetchFeed(second)).status).toBe(200)
    unwrap(await revokeCalendarFeedAction({}))
    expect((await fetchFeed(second)).status).toBe(404)
    expect((await fetchFeed('/api/calendar/not-a-token')).status).toBe(404)
  })
})
