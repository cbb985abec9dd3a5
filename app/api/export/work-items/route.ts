import { listWorkItemsForExport } from '@/lib/db/work-items/list'
import { defineRoute, download } from '@/lib/server/route'
import { exportItems } from '@/lib/work-items/export'
import { workItemExportQuerySchema } from '@/lib/work-items/filters'

// GET /api/export/work-items?format=csv|json&<the list's filters>: the filtered list, every page.
export const GET = defineRoute(
  { name: 'export.work-items', permission: 'work-item:read', query: workItemExportQuerySchema },
  async (_request, actor, _params, { format, ...filter }) => {
    const rows = await listWorkItemsForExport(actor.orgId, filter)
    const file = exportItems(rows, format, new Date())
    return download(file.body, file.filename, file.contentType)
  },
)
