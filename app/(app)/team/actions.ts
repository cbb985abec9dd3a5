'use server'

import { sendSurveyReminder } from '@/lib/db/survey/reminders'
import { memberIdSchema } from '@/lib/schemas/survey'
import { defineAction } from '@/lib/server/action'

export const sendSurveyReminderAction = defineAction(
  { name: 'survey.send-reminder', permission: 'survey:status', revalidate: ['/team'] },
  memberIdSchema,
  async ({ membershipId }, actor) => sendSurveyReminder(actor.orgId, { userId: actor.userId, name: actor.name }, membershipId),
)
