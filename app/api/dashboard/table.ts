import 'server-only'
import { NextResponse } from 'next/server'
import { z } from 'zod'
import type { OrgId } from '@/lib/db/org-id'
import { getCachedDashboard } from '@/lib/db/dashboards/dashboard'
import { firstRows, tableCsv } from '@/lib/metrics/table'
import { DASHBOARD_TABLE_IDS, dashboardTables } from '@/lib/metrics/view'
import { download } from '@/lib/server/route'
import { notFound } from '@/lib/core/app-error'

const tableQuery = z.object({ format: z.enum(['csv', 'json'], { message: 'format must be csv or json' }).default('csv') })

/**
 * One dashboard table from the same view the page renders, so the two always agree: every row as a
 * CSV download, or (format=json) the rows a collapsed table shows when it is opened.
 */
export async function dashboardTable(request: Request, orgId: OrgId, teamId: string | null, section: string): Promise<Response> {
  const { format } = tableQuery.parse(Object.fromEntries(new URL(request.url).searchParams))
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
