import { defineRoute } from '@/lib/server/route'
import { dashboardTable } from '../../../table'

/** GET /api/dashboard/teams/<team id>/<table id>[?format=json]: one team-dashboard table (404 for other organisations' teams). */
export const GET = defineRoute<{ teamId: string; section: string }>({ name: 'dashboard.team-table', permission: 'dashboard:read' }, async (request, actor, { teamId, section }) =>
  dashboardTable(request, actor.orgId, teamId, section),
)
