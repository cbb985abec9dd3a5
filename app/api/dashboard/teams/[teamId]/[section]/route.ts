import { exportFormatQuerySchema } from '@/lib/schemas/export'
import { defineRoute } from '@/lib/server/route'
import { dashboardTable } from '../../../table'

/** GET /api/dashboard/teams/<team id>/<table id>[?format=json]: one team-dashboard table (404 for other organisations' teams). */
export const GET = defineRoute(
  { name: 'dashboard.team-table', permission: 'dashboard:read', query: exportFormatQuerySchema },
  async (_request, actor, { teamId, section }: { teamId: string; section: string }, { format }) =>
    dashboardTable(actor.orgId, teamId, section, format),
)
