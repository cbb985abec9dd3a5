import { exportFormatQuerySchema } from '@/lib/schemas/export'
import { defineRoute } from '@/lib/server/route'
import { dashboardTable } from '../table'

/** GET /api/dashboard/<table id>[?format=json]: one organisation-dashboard table, as CSV or as its first rows. */
export const GET = defineRoute(
  { name: 'dashboard.table', permission: 'dashboard:read', query: exportFormatQuerySchema },
  async (_request, actor, { section }: { section: string }, { format }) => dashboardTable(actor.orgId, null, section, format),
)
