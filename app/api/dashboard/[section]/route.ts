import { defineRoute } from '@/lib/server/route'
import { dashboardTable } from '../table'

/** GET /api/dashboard/<table id>[?format=json]: one organisation-dashboard table, as CSV or as its first rows. */
export const GET = defineRoute<{ section: string }>({ name: 'dashboard.table', permission: 'dashboard:read' }, async (request, actor, { section }) =>
  dashboardTable(request, actor.orgId, null, section),
)
