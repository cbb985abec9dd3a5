import { defineRoute } from '@/lib/server/route'
import { dashboardCsv } from '../../../csv'

/** GET /api/dashboard/teams/<team id>/<table id>: one team-dashboard table as CSV (404 for other organisations' teams). */
export const GET = defineRoute<{ teamId: string; section: string }>({ name: 'dashboard.team-csv', permission: 'dashboard:read' }, async (_request, actor, { teamId, section }) =>
  dashboardCsv(actor.orgId, teamId, section),
)
