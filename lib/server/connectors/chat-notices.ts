import 'server-only'
import type { ChatMessage } from '@/lib/connectors/chat'
import { planPublishedMessage, pulsePromptMessage, surveyReminderMessage } from '@/lib/connectors/chat-messages'
import { getPlanChatFacts, getSprintChatFacts, listTeamIdsOfMember } from '@/lib/db/connectors/chat-channels'
import type { OrgId } from '@/lib/db/org-id'
import type { UserId } from '@/lib/db/user-id'
import { closeSprint } from '@/lib/db/sprints/close'
import { sendSurveyReminder } from '@/lib/db/survey/reminders'
import type { CloseSprintInput } from '@/lib/schemas/sprint'
import { log } from '@/lib/log'
import { appUrl, notifyTeamChannels, type ChatThrottle } from './chat'

// The moments a team's channel hears about (decision 0073), each after its change was committed.
// A channel that cannot be told never undoes or fails the change: the channel shows its own error.

async function tell(
  orgId: OrgId,
  what: string,
  teamIds: () => Promise<string[]>,
  build: (teamName: string) => ChatMessage,
  throttle?: ChatThrottle,
) {
  try {
    await notifyTeamChannels(orgId, await teamIds(), build, throttle)
  } catch (error) {
    log('warn', 'chat message not queued', { orgId, what, error })
  }
}

/** "Plan published" to the sprint's team. */
export async function tellPlanPublished(orgId: OrgId, planId: string) {
  const facts = await getPlanChatFacts(orgId, planId)
  await tell(
    orgId,
    'plan-published',
    async () => [facts.teamId],
    (teamName) =>
      planPublishedMessage({
        appUrl: appUrl(),
        teamName,
        sprintName: facts.name,
        version: facts.version,
        items: facts.items,
        people: facts.people,
      }),
  )
}

/** Closing a sprint, then the pulse prompt to its team. */
export async function closeSprintWithPulsePrompt(orgId: OrgId, actorId: UserId, input: CloseSprintInput) {
  const result = await closeSprint(orgId, actorId, input)
  const sprint = await getSprintChatFacts(orgId, input.sprintId)
  await tell(
    orgId,
    'pulse-prompt',
    async () => [sprint.teamId],
    (teamName) => pulsePromptMessage({ appUrl: appUrl(), teamName, sprintName: sprint.name }),
  )
  return result
}

/**
 * Reminding five people is one note to their team's channel, not five: a channel hears the survey
 * note at most once an hour (the note names no one, so the later ones would only repeat it).
 */
export const SURVEY_NOTE_THROTTLE: ChatThrottle = { kind: 'survey-reminder', seconds: 3600 }

/** A manager's survey reminder, then a note (naming no one) to the member's teams' channels. */
export async function sendSurveyReminderWithChat(orgId: OrgId, sender: { userId: UserId; name: string }, membershipId: string) {
  const result = await sendSurveyReminder(orgId, sender, membershipId)
  if (result.status === 'sent')
    await tell(
      orgId,
      'survey-reminder',
      () => listTeamIdsOfMember(orgId, membershipId),
      (teamName) => surveyReminderMessage({ appUrl: appUrl(), teamName }),
      SURVEY_NOTE_THROTTLE,
    )
  return result
}
