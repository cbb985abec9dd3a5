import { NextResponse } from 'next/server'
import { suggestAssignees, suggestLabels } from '@/lib/db/work-item-filters'
import { defineRoute } from '@/lib/server/route'
import { suggestQuerySchema } from '@/lib/work-items/filters'

// GET /api/work-items/suggest?field=assignee|label&q=<text>: a few matches for the work-item list's
// filter comboboxes, so the page never has to list every member or label of the organisation.
export const GET = defineRoute({ name: 'work-items.suggest', permission: 'work-item:read' }, async (request, actor) => {
  const { field, q } = suggestQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams))
  const options = await (field === 'assignee' ? suggestAssignees : suggestLabels)(actor.orgId, q)
  return NextResponse.json({ options }, { headers: { 'cache-control': 'private, no-store' } })
})
