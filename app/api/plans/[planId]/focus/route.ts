import { can } from '@/lib/core/permissions'
import { getVisiblePlan } from '@/lib/db/planner/visibility'
import { focusBlocks } from '@/lib/planner/focus-blocks'
import { buildIcs } from '@/lib/planner/ics'
import { defineRoute, download } from '@/lib/server/route'
import { notFound } from '@/lib/core/app-error'

// Suggested focus blocks as iCalendar. Everyone gets their own (published plans of their teams);
// planners may ask for anyone's with ?member=<membershipId>, drafts included.
export const GET = defineRoute<{ planId: string }>({ name: 'plan.export.ics', permission: 'self:use' }, async (request, actor, { planId }) => {
  const member = new URL(request.url).searchParams.get('member') ?? actor.membershipId
  const planner = can(actor.role, 'plan:read')
  if (member !== actor.membershipId && !planner) throw notFound('Plan')
  const plan = await getVisiblePlan(actor.orgId, planId, { membershipId: actor.membershipId, canReadDrafts: planner })
  const mine = plan.assignments.filter((a) => a.membershipId === member)
  if (member !== actor.membershipId && mine.length === 0) throw notFound('Team member')
  const focusHours = mine.filter((a) => a.mode !== 'orchestration').reduce((sum, a) => sum + a.workItem.hours, 0)
  const perDay = mine[0]?.membership?.profile?.deepWorkHoursPerDay ?? 4
  const day = (d: Date) => d.toISOString().slice(0, 10)
  const { blocks } = focusBlocks(day(plan.sprint.startDate), day(plan.sprint.endDate), focusHours, { maxHoursPerDay: perDay })
  const titles = mine.filter((a) => a.mode !== 'orchestration').map((a) => a.workItem.title)
  const events = blocks.map((block, i) => ({
    uid: `${plan.id}-${member}-${i + 1}@plural`,
    block,
    summary: `Focus block: ${plan.sprint.name}`,
    description: `Uninterrupted deep work for: ${titles.join('; ')}`,
  }))
  return download(buildIcs(`Focus blocks · ${plan.sprint.name}`, events, new Date()), `focus-${plan.sprint.name}-v${plan.version}.ics`, 'text/calendar')
})
