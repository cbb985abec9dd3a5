import { getVisiblePlan } from '@/lib/db/planner/visibility'
import { parseReasons } from '@/lib/planner/meta'
import { planCsv } from '@/lib/planner/plan-csv'
import { defineRoute, download } from '@/lib/server/route'

// The whole plan (every version, drafts included) for planners.
export const GET = defineRoute<{ planId: string }>({ name: 'plan.export.csv', permission: 'plan:read' }, async (_request, actor, { planId }) => {
  const plan = await getVisiblePlan(actor.orgId, planId, { membershipId: actor.membershipId, canReadDrafts: true })
  const items = plan.assignments
    .map((a) => ({
      key: a.workItem.externalKey, title: a.workItem.title, type: a.workItem.type, hours: a.workItem.hours, priority: a.workItem.priority,
      mode: a.mode, engineer: a.membership?.user.name ?? null, fit: a.fit, locked: a.locked, reasons: parseReasons(a.reasons),
    }))
    .sort((x, y) => (x.engineer ?? '~').localeCompare(y.engineer ?? '~') || y.priority - x.priority)
  return download(planCsv(items), `${plan.sprint.name}-plan-v${plan.version}.csv`, 'text/csv')
})
