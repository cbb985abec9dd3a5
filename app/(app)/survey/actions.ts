'use server'

import { markNotificationRead } from '@/lib/db/accounts/notifications'
import { deleteOwnRawAnswers, saveSurveyDraft, submitSurvey } from '@/lib/db/survey/responses'
import { deleteRawAnswersSchema, notificationIdSchema, surveyDraftSchema, surveySubmissionSchema } from '@/lib/schemas/survey'
import { defineAction } from '@/lib/server/action'

// The engineer's own survey. Whose answers these are always comes from the session
// (actor.membershipId); no action here accepts a member id.

export const saveSurveyDraftAction = defineAction(
  // No revalidation: the page must not re-render under someone who is still answering.
  { name: 'survey.save-draft', permission: 'self:use' },
  surveyDraftSchema,
  async (draft, actor) => saveSurveyDraft(actor.orgId, actor.membershipId, draft),
)

export const submitSurveyAction = defineAction(
  // Every page: the navigation in the shared layout stops showing the survey as "to do".
  { name: 'survey.submit', permission: 'self:use', revalidate: ['/'] },
  surveySubmissionSchema,
  async (submission, actor) => submitSurvey(actor.orgId, actor, submission),
)

export const deleteRawAnswersAction = defineAction(
  { name: 'survey.delete-raw-answers', permission: 'self:use', revalidate: ['/survey', '/team'] },
  deleteRawAnswersSchema,
  async (_input, actor) => deleteOwnRawAnswers(actor.orgId, actor),
)

export const markNotificationReadAction = defineAction(
  { name: 'notification.mark-read', permission: 'self:use', revalidate: ['/survey', '/pulse', '/my-sprint'] },
  notificationIdSchema,
  async ({ notificationId }, actor) => markNotificationRead(actor.orgId, actor.membershipId, notificationId),
)
