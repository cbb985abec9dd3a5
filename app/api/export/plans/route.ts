import { getLatestPlanForExport } from '@/lib/db/planner/export'
import { AppError } from '@/lib/core/app-error'
import { defineRoute, download } from '@/lib/server/route'
import { exportFilename, exportPlan } from '@/lib/work-items/export'

// GET /api/export/plans?sprintId=…&format=csv|json: the sprint's newest plan and its assignments.
export const GET = defineRoute({ name: 'export.plans', permission: 'plan:read' }, async (request, actor) => {
  const url = new URL(request.url)
  const sprintId = url.searchParams.get('sprintId')
  if (!sprintId) throw new AppError('INVALID', 'Say which sprint: ?sprintId=…', { sprintId: ['Required.'] })
  const format = url.searchParams.get('format') === 'json' ? 'json' : 'csv'
  const { plan, rows } = await getLatestPlanForExport(actor.orgId, sprintId)
  return download(exportPlan(plan, rows, format), exportFilename(`plan-${plan.sprint}-v${plan.version}`, format, new Date()), format === 'json' ? 'application/json' : 'text/csv')
})
