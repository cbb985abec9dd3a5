import { exportOwnSurveyData } from '@/lib/db/survey/responses'
import { defineRoute, download } from '@/lib/server/route'

// Data ownership: the signed-in engineer downloads everything they told Plural (survey answers,
// drafts, notes, pulses and the computed profile). Always their own: the member comes from the session.
export const GET = defineRoute({ name: 'survey.export', permission: 'self:use' }, async (_request, actor) => {
  const data = await exportOwnSurveyData(actor.orgId, actor.membershipId)
  const body = JSON.stringify(
    { exportedAt: new Date().toISOString(), organization: actor.orgName, member: { name: actor.name, email: actor.email }, ...data },
    null,
    2,
  )
  return download(body, `plural-my-survey-${new Date().toISOString().slice(0, 10)}.json`, 'application/json')
})
