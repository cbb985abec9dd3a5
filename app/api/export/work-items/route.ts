import { listWorkItemsForExport } from '@/lib/db/work-items/list'
import { defineRoute, download } from '@/lib/server/route'
import { exportFilename, exportItems } from '@/lib/work-items/export'
import { parseWorkItemFilter } from '@/lib/work-items/filters'

// GET /api/export/work-items?format=csv|json&<the list's filters>: the filtered list, every page.
export const GET = defineRoute({ name: 'export.work-items', permission: 'work-item:read' }, async (request, actor) => {
  const url = new URL(request.url)
  const format = url.searchParams.get('format') === 'json' ? 'json' : 'csv'
  const filter = parseWorkItemFilter(Object.fromEntries(url.searchParams))
  const rows = await listWorkItemsForExport(actor.orgId, filter)
  const body = exportItems(rows, format)
  return download(body, exportFilename('work-items', format, new Date()), format === 'json' ? 'application/json' : 'text/csv')
})
