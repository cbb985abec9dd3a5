import { can } from '@/lib/core/permissions'
import { getVisiblePlan } from '@/lib/db/planner/visibility'
import { loadMemberDates } from '@/lib/db/sprints/capacity'
import { focusCalendar } from '@/lib/planner/focus-calendar'
import { focusBlocksQuerySchema } from '@/lib/schemas/plan'
import { defineRoute, download } from '@/lib/server/route'

// Suggested focus blocks as iCalendar. Everyone gets their own (published plans of their teams);
// planners may ask for anyone's with ?member=<membershipId>, drafts included. Blocks fall only on the
// member's available days (the organisation's working days, less holidays and their days off).
export const GET = defineRoute(
  { name: 'plan.export.ics', permission: 'self:use', query: focusBlocksQuerySchema },
  async (_request, actor, { planId }: { planId: string }, query) => {
    const request = { member: query.member ?? actor.membershipId, self: actor.membershipId, planner: can(actor.role, 'plan:read') }
    const plan = await getVisiblePlan(actor.orgId, planId, { membershipId: actor.membershipId, canReadDrafts: request.planner })
    const dates = await loadMemberDates(actor.orgId, request.member, plan.sprint)
    const file = focusCalendar(plan, request, dates, new Date())
    return download(file.body, file.filename, file.contentType)
  },
)
