import { defineRoute } from '@/lib/server/route'
import { dashboardCsv } from '../csv'

/** GET /api/dashboard/<table id>: one organisation-dashboard table as CSV. */
export const GET = defineRoute<{ section: string }>({ name: 'dashboard.csv', permission: 'dashboard:read' }, async (_request, actor, { section }) =>
  dashboardCsv(actor.orgId, null, section),
)
