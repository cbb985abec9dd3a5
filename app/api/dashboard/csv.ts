import 'server-only'
import type { OrgId } from '@/lib/db/org-id'
import { getCachedDashboard } from '@/lib/db/dashboard'
import { toCsv } from '@/lib/metrics/csv'
import { DASHBOARD_TABLE_IDS, dashboardTables } from '@/lib/metrics/view'
import { download } from '@/lib/server/route'
import { notFound } from '@/lib/server/app-error'

/** The CSV of one dashboard table; the same view the page renders, so the two always agree. */
export async function dashboardCsv(orgId: OrgId, teamId: string | null, section: string): Promise<Response> {
  if (!(DASHBOARD_TABLE_IDS as readonly string[]).includes(section)) throw notFound('Dashboard table')
  const view = await getCachedDashboard(orgId, teamId)
  const table = dashboardTables(view).find((t) => t.id === section)
  if (!table) throw notFound('Dashboard table')
  const day = new Date().toISOString().slice(0, 10)
  return download(toCsv(table), `${view.title}-${section}-${day}.csv`, 'text/csv')
}
