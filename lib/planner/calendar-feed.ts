import { calendarDate } from './capacity'
import { memberFocusEvents, type FocusPlan, type MemberDates } from './focus-calendar'
import { buildIcs, type AllDayIcsEvent, type IcsEvent } from './ics'

// A member's calendar subscription: for each sprint with a published plan, the sprint's dates, the
// member's focus blocks in the newest published version and their days off. UIDs are per sprint and
// member, not per plan version, so a re-publish updates the events a calendar app already has (with a
// higher SEQUENCE) and drops blocks the new version no longer has, instead of adding copies.

/** Where a feed is served (app/api/calendar/[token]/route.ts). */
export const calendarFeedPath = (token: string) => `/api/calendar/${token}`

export type FeedSprint = { sprintId: string; plan: FocusPlan; dates: MemberDates }

export function calendarFeed(member: string, sprints: readonly FeedSprint[], timeZone: string | null, now: Date): string {
  const daysOff = new Map<string, AllDayIcsEvent>()
  const events: IcsEvent[] = sprints.flatMap(({ sprintId, plan, dates }) => {
    for (const range of dates.daysOff) {
      const uid = `${member}-off-${range.start}-${range.end}@plural`
      daysOff.set(uid, { uid, days: { first: range.start, last: range.end }, summary: 'Day off' })
    }
    const sprintDates = { first: calendarDate(plan.sprint.startDate), last: calendarDate(plan.sprint.endDate) }
    return [
      { uid: `${sprintId}-sprint@plural`, days: sprintDates, summary: `Sprint: ${plan.sprint.name}`, sequence: plan.version },
      ...memberFocusEvents(plan, member, dates, `${sprintId}-${member}-focus`),
    ]
  })
  return buildIcs('Plural: my sprints', [...events, ...daysOff.values()], now, timeZone)
}
