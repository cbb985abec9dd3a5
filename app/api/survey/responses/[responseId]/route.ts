import { NextResponse } from 'next/server'
import { getOwnSurveyAnswers } from '@/lib/db/survey/responses'
import { defineRoute } from '@/lib/server/route'

// One survey response with its raw answers, for its author only. Anyone else's id (a manager's
// included) answers 404 exactly like an unknown id, so the URL reveals nothing.
export const GET = defineRoute<{ responseId: string }>(
  { name: 'survey.response', permission: 'self:use' },
  async (_request, actor, { responseId }) => {
    const response = await getOwnSurveyAnswers(actor.orgId, actor.membershipId, responseId)
    return NextResponse.json(response, { headers: { 'cache-control': 'no-store' } })
  },
)
