import { getPlanForExport } from '@/lib/db/planner/export'
import { exportPlan } from '@/lib/planner/plan-export'
import { planExportQuerySchema } from '@/lib/schemas/plan'
import { defineRoute, download } from '@/lib/server/route'

// GET /api/export/plans?sprintId=…[&version=…]&format=csv|json: a version of the sprint's plan (the
// newest by default) and its assignments. The one plan export: the sprint page and the planner link here.
export const GET = defineRoute(
  { name: 'export.plans', permission: 'plan:read', query: planExportQuerySchema },
  async (_request, actor, _params, { sprintId, version, format }) => {
    const { plan, rows } = await getPlanForExport(actor.orgId, sprintId, version)
    const file = exportPlan(plan, rows, format, new Date())
    return download(file.body, file.filename, file.contentType)
  },
)
