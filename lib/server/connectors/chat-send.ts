import 'server-only'
import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import {
  chatOutcome,
  slackPostMessagePayload,
  slackWebhookPayload,
  teamsPayload,
  type ChatMessage,
  type ChatOutcome,
} from '@/lib/connectors/chat'
import { retryDelayMs } from '@/lib/connectors/retry-after'
import { getChatChannelForSend, updateChatResult, type ChatChannelForSend } from '@/lib/db/connectors/chat-channels'
import type { OrgId } from '@/lib/db/org-id'
import { log } from '@/lib/log'
import { decryptSecret } from '../secrets'
import { checkedLookup, webhookUrlProblem } from '../webhooks/target'

// One message to one team channel: the platform's payload POSTed to the sealed webhook URL, or to
// chat.postMessage with the bot token. The same target rules as webhooks (https in production, no
// private addresses after DNS), and nothing of the URL or token in what is logged or recorded.

const TIMEOUT_MS = 10_000
const BODY_LIMIT = 4096

type Post = { url: string; headers: Record<string, string>; body: string }

function requestOf(channel: ChatChannelForSend, message: ChatMessage): Post {
  const secret = decryptSecret(channel.credential)
  if (channel.kind === 'SLACK_BOT')
    return {
      url: `${channel.apiBaseUrl.replace(/\/+$/, '')}/chat.postMessage`,
      headers: { authorization: `Bearer ${secret}` },
      body: JSON.stringify(slackPostMessagePayload(message, channel.channel)),
    }
  const payload = channel.kind === 'TEAMS_WEBHOOK' ? teamsPayload(message) : slackWebhookPayload(message)
  return { url: secret, headers: {}, body: JSON.stringify(payload) }
}

type Answer = { status: number; body: string; headers: Headers } | { error: string }

/** POSTs without following redirects and reads up to 4 KB of the answer. Resolves whatever happens. */
function post({ url: target, headers, body }: Post): Promise<Answer> {
  return new Promise((resolve) => {
    const url = new URL(target)
    const problem = webhookUrlProblem(url)
    if (problem) return resolve({ error: problem })
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest
    const req = send(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'Plural-Chat/1', ...headers },
        lookup: checkedLookup(),
        timeout: TIMEOUT_MS,
      },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (text = (text + chunk).slice(0, BODY_LIMIT)))
        res.on('end', () => {
          const answerHeaders = new Headers()
          for (const [name, value] of Object.entries(res.headers)) if (typeof value === 'string') answerHeaders.set(name, value)
          resolve({ status: res.statusCode ?? 0, body: text, headers: answerHeaders })
        })
      },
    )
    req.on('timeout', () => req.destroy(new Error('timeout')))
    // The error's own text may name the host; the setting only needs to know that nothing answered.
    req.on('error', () => resolve({ error: 'The chat service could not be reached.' }))
    req.end(body)
  })
}

/** Sends now and records the result on the channel (its last error shows in settings). */
export async function sendChatMessage(orgId: OrgId, channelId: string, message: ChatMessage): Promise<ChatOutcome> {
  const channel = await getChatChannelForSend(orgId, channelId)
  const answer = await post(requestOf(channel, message))
  const outcome: ChatOutcome =
    'error' in answer
      ? { result: 'retry', afterMs: null, error: answer.error }
      : chatOutcome(channel.kind, answer.status, answer.body, retryDelayMs(answer.headers, Date.now()))
  await updateChatResult(orgId, channelId, outcome.result === 'sent' ? null : outcome.error)
  if (outcome.result !== 'sent') log('warn', 'chat message not sent', { channelId, kind: channel.kind, outcome: outcome.result })
  return outcome
}
