'use server'

import { sendSurveyReminderWithChat } from '@/lib/server/connectors/chat-notices'
import { memberIdSchema } from '@/lib/schemas/survey'
import { defineAction } from '@/lib/server/action'

export const sendSurveyReminderAction = defineAction(
  { name: 'survey.send-reminder', permission: 'survey:status', revalidate: ['/team'] },
  memberIdSchema,
  async ({ membershipId }, actor) => sendSurveyReminderWithChat(actor.orgId, { userId: actor.userId, name: actor.name }, membershipId),
)
