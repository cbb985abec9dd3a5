import { NextResponse } from 'next/server'
import { suggestWorkTypeFor } from '@/lib/db/work-items/type-examples'
import { typeSuggestionQuerySchema } from '@/lib/schemas/type-suggestion'
import { defineRoute } from '@/lib/server/route'

// GET /api/work-items/type-suggestion?title=&description=: the organisation's own work-type suggestion
// (its learned model with the rules as prior) for the work-item form. Answers from the last model
// built; a stale model is rebuilt in the background, so this never waits for training.
export const GET = defineRoute(
  { name: 'work-items.type-suggestion', permission: 'work-item:read', query: typeSuggestionQuerySchema },
  async (_request, actor, _params, { title, description }) => {
    const suggestion = await suggestWorkTypeFor(actor.orgId, title, description)
    return NextResponse.json({ suggestion }, { headers: { 'cache-control': 'private, no-store' } })
  },
)
