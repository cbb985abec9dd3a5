import { can } from '@/lib/core/permissions'
import { getTimeZone } from '@/lib/db/accounts/time-zone'
import { getVisiblePlan } from '@/lib/db/planner/visibility'
import { loadMemberDates } from '@/lib/db/sprints/capacity'
import { focusCalendar } from '@/lib/planner/focus-calendar'
import { focusBlocksQuerySchema } from '@/lib/schemas/plan'
import { defineRoute, download } from '@/lib/server/route'

// Suggested focus blocks as iCalendar. Everyone gets their own (published plans of their teams);
// planners may ask for anyone's with ?member=<membershipId>, drafts included. Blocks fall only on the
// member's available days (the organisation's working days, less holidays and their days off), in the
// time zone the person chose in their settings (floating times without one).
export const GET = defineRoute(
  { name: 'plan.export.ics', permission: 'self:use', query: focusBlocksQuerySchema },
  async (_request, actor, { planId }: { planId: string }, query) => {
    const request = { member: query.member ?? actor.membershipId, self: actor.membershipId, planner: can(actor.role, 'plan:read') }
    const plan = await getVisiblePlan(actor.orgId, planId, { membershipId: actor.membershipId, canReadDrafts: request.planner })
    const [dates, timeZone] = await Promise.all([loadMemberDates(actor.orgId, request.member, plan.sprint), getTimeZone(actor.userId)])
    const file = focusCalendar(plan, request, dates, new Date(), timeZone)
    return download(file.body, file.filename, file.contentType)
  },
)
