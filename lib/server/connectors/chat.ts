import 'server-only'
import type { ChatMessage } from '@/lib/connectors/chat'
import { testMessage } from '@/lib/connectors/chat-messages'
import { createChatChannel, getChatChannelForSend, listTeamChatChannels } from '@/lib/db/connectors/chat-channels'
import { enqueue } from '@/lib/db/jobs/queue'
import { orgIdOfChatChannel, type OrgId } from '@/lib/db/org-id'
import type { UserId } from '@/lib/db/user-id'
import { invalid } from '@/lib/core/app-error'
import { env } from '@/lib/env'
import type { CreateChatChannelInput } from '@/lib/schemas/connector'
import { readOrNull } from '../read-or-404'
import { encryptSecret } from '../secrets'
import { webhookUrlProblem } from '../webhooks/target'
import { sendChatMessage } from './chat-send'

// Team chat channels (decision 0073): connecting one (the URL or token sealed at once), the test
// message, and the chat.send job that carries every other message with its own retry schedule.

/** After this many tries (Retry-After honoured, else 30 s doubling), the channel keeps its last error. */
const MAX_ATTEMPTS = 5
const FIRST_WAIT_MS = 30_000

/** The app's public address, for links in messages. */
export const appUrl = () => (env().NEXTAUTH_URL ?? 'http://localhost:3000').replace(/\/+$/, '')

export async function connectChatChannel(orgId: OrgId, actorId: UserId, input: CreateChatChannelInput) {
  const target = input.kind === 'SLACK_BOT' ? input.apiBaseUrl : input.webhookUrl
  const problem = webhookUrlProblem(new URL(target))
  if (problem) throw invalid(input.kind === 'SLACK_BOT' ? 'apiBaseUrl' : 'webhookUrl', problem)
  return createChatChannel(orgId, actorId, {
    teamId: input.teamId,
    kind: input.kind,
    sealedCredential: encryptSecret(input.kind === 'SLACK_BOT' ? input.token : input.webhookUrl),
    channel: input.kind === 'SLACK_BOT' ? input.channel : '',
    apiBaseUrl: input.kind === 'SLACK_BOT' ? input.apiBaseUrl : '',
  })
}

/** "Send test message": now, so the page can say at once whether it went through. */
export async function sendTestChatMessage(orgId: OrgId, channelId: string) {
  const { team } = await getChatChannelForSend(orgId, channelId)
  const outcome = await sendChatMessage(orgId, channelId, testMessage(team.name))
  return outcome.result === 'sent' ? { sent: true, error: null } : { sent: false, error: outcome.error }
}

/** A kind of message a channel hears at most once in a window, however often its cause repeats. */
export type ChatThrottle = { kind: string; seconds: number }

/** Queues a message to each of these teams' channels (after the change that prompts it was committed). */
export async function notifyTeamChannels(
  orgId: OrgId,
  teamIds: readonly string[],
  build: (teamName: string) => ChatMessage,
  throttle?: ChatThrottle,
) {
  for (const channel of await listTeamChatChannels(orgId, teamIds))
    await enqueue(
      'chat.send',
      { channelId: channel.id, attempt: 1, message: build(channel.team.name) },
      throttle ? { singletonKey: `${throttle.kind}:${channel.id}`, throttleSeconds: throttle.seconds } : {},
    )
}

/** The chat.send job: one attempt; a 429 or an unavailable service queues the next one. */
export async function runChatSendJob(job: { channelId: string; attempt: number; message: ChatMessage }) {
  const orgId = await readOrNull(() => orgIdOfChatChannel(job.channelId))
  if (!orgId) return
  const outcome = await sendChatMessage(orgId, job.channelId, job.message)
  if (outcome.result !== 'retry' || job.attempt >= MAX_ATTEMPTS) return
  const waitMs = outcome.afterMs ?? FIRST_WAIT_MS * 2 ** (job.attempt - 1)
  await enqueue('chat.send', { ...job, attempt: job.attempt + 1 }, { startAfter: new Date(Date.now() + waitMs) })
}
