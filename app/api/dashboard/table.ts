import 'server-only'
import { NextResponse } from 'next/server'
import type { OrgId } from '@/lib/db/org-id'
import { getCachedDashboard } from '@/lib/db/dashboards/dashboard'
import { firstRows, tableCsv } from '@/lib/metrics/table'
import { DASHBOARD_TABLE_IDS, dashboardTables } from '@/lib/metrics/view'
import type { ExportFormat } from '@/lib/schemas/export'
import { download } from '@/lib/server/route'
import { notFound } from '@/lib/core/app-error'

/**
 * One dashboard table from the same view the page renders, so the two always agree: every row as a
 * CSV download, or (format=json) the rows a collapsed table shows when it is opened.
 */
export async function dashboardTable(orgId: OrgId, teamId: string | null, section: string, format: ExportFormat): Promise<Response> {
  if (!(DASHBOARD_TABLE_IDS as readonly string[]).includes(section)) throw notFound('Dashboard table')
  const view = await getCachedDashboard(orgId, teamId)
  const table = dashboardTables(view).find((t) => t.id === section)
  if (!table) throw notFound('Dashboard table')
  if (format === 'json') {
    return NextResponse.json(firstRows(table), { headers: { 'cache-control': 'private, no-store' } })
  }
  const day = new Date().toISOString().slice(0, 10)
  return download(tableCsv(table), `${view.title}-${section}-${day}.csv`, 'text/csv')
}
