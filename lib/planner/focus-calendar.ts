import { notFound } from '@/lib/core/app-error'
import type { Mode } from '@/lib/core/work-types'
import type { ExportFile } from '@/lib/work-items/export'
import { availableDaysOf, calendarDate, type DateRange, type WorkCalendar } from './capacity'
import { focusBlocks } from './focus-blocks'
import { buildIcs, type TimedIcsEvent } from './ics'

// One member's suggested focus blocks for a plan version, as an iCalendar download. Only craft and
// hybrid hours need uninterrupted time (orchestration is reviews, meetings and hand-offs), spread at
// most the member's preferred deep-work hours a day, on days they are available: never on a day off,
// a holiday or a weekday the organisation does not work.

const DEFAULT_DEEP_WORK_HOURS_PER_DAY = 4

export type FocusPlan = {
  id: string
  version: number
  sprint: { name: string; startDate: Date; endDate: Date }
  assignments: readonly {
    membershipId: string | null
    mode: Mode
    workItem: { title: string; hours: number }
    membership: { profile: { deepWorkHoursPerDay: number } | null } | null
  }[]
}

/** Who asks for whose blocks: everyone for their own; planners (who read every plan) for anyone's. */
type FocusRequest = { member: string; self: string; planner: boolean }
/** The organisation's calendar and the member's days off, read for the sprint's dates. */
export type MemberDates = { calendar: WorkCalendar; daysOff: readonly DateRange[] }

/**
 * The member's focus blocks in a plan as calendar events, each UID `<uidPrefix>-<n>@plural`. Only
 * craft and hybrid hours get blocks, at most the member's preferred deep-work hours a day.
 */
export function memberFocusEvents(plan: FocusPlan, member: string, dates: MemberDates, uidPrefix: string): TimedIcsEvent[] {
  const mine = plan.assignments.filter((a) => a.membershipId === member)
  const deep = mine.filter((a) => a.mode !== 'orchestration')
  const hours = deep.reduce((sum, a) => sum + a.workItem.hours, 0)
  const perDay = mine[0]?.membership?.profile?.deepWorkHoursPerDay ?? DEFAULT_DEEP_WORK_HOURS_PER_DAY
  const sprint = { startDate: calendarDate(plan.sprint.startDate), endDate: calendarDate(plan.sprint.endDate) }
  const { blocks } = focusBlocks(availableDaysOf(sprint, dates.calendar, dates.daysOff), hours, { maxHoursPerDay: perDay })
  const titles = deep.map((a) => a.workItem.title).join('; ')
  return blocks.map((block, i) => ({
    uid: `${uidPrefix}-${i + 1}@plural`,
    block,
    summary: `Focus block: ${plan.sprint.name}`,
    description: `Uninterrupted deep work for: ${titles}`,
    sequence: plan.version,
  }))
}

/**
 * Someone else's calendar is for planners only, and only for a member with items in the plan; either
 * refusal is a 404 like an unknown plan, so the answer reveals nothing.
 */
export function focusCalendar(
  plan: FocusPlan,
  request: FocusRequest,
  dates: MemberDates,
  now: Date,
  timeZone: string | null = null,
): ExportFile {
  const { member, self, planner } = request
  if (member !== self && !planner) throw notFound('Plan')
  if (member !== self && !plan.assignments.some((a) => a.membershipId === member)) throw notFound('Team member')
  const events = memberFocusEvents(plan, member, dates, `${plan.id}-${member}`)
  const body = buildIcs(`Focus blocks · ${plan.sprint.name}`, events, now, timeZone)
  return { body, filename: `focus-${plan.sprint.name}-v${plan.version}.ics`, contentType: 'text/calendar' }
}
