import { NextResponse } from 'next/server'
import { suggestAssignees, suggestLabels, suggestSprints } from '@/lib/db/work-items/filters'
import { defineRoute } from '@/lib/server/route'
import { suggestQuerySchema, type SuggestField } from '@/lib/work-items/filters'

// GET /api/work-items/suggest?field=assignee|sprint|label&q=<text>: a few matches for the work-item list's
// filter comboboxes, so the page never has to list every member, sprint or label of the organisation.
const SUGGESTERS: Record<SuggestField, typeof suggestAssignees> = {
  assignee: suggestAssignees,
  sprint: suggestSprints,
  label: suggestLabels,
}

export const GET = defineRoute(
  { name: 'work-items.suggest', permission: 'work-item:read', query: suggestQuerySchema },
  async (_request, actor, _params, { field, q }) => {
    const options = await SUGGESTERS[field](actor.orgId, q)
    return NextResponse.json({ options }, { headers: { 'cache-control': 'private, no-store' } })
  },
)
