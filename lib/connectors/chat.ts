// Messages to a team's chat channel, built once and written in each platform's documented format
// (docs/connectors/slack.md, docs/connectors/teams.md): Slack Block Kit for incoming webhooks and
// chat.postMessage, a Teams Adaptive Card in the message-with-attachments envelope its incoming
// webhooks take. Pure, so the exact payloads are unit-tested.

export const CHAT_KINDS = ['SLACK_WEBHOOK', 'SLACK_BOT', 'TEAMS_WEBHOOK'] as const
export type ChatKind = (typeof CHAT_KINDS)[number]

export const CHAT_KIND_LABELS: Record<ChatKind, string> = {
  SLACK_WEBHOOK: 'Slack (incoming webhook)',
  SLACK_BOT: 'Slack (bot token)',
  TEAMS_WEBHOOK: 'Microsoft Teams (incoming webhook)',
}

export type ChatFact = { name: string; value: string }
export type ChatMessage = {
  /** A line saying what happened: the notification text, the card's title. */
  title: string
  text: string
  facts: ChatFact[]
  link: { label: string; url: string } | null
}

/** Slack's mrkdwn treats &, < and > as control characters (Slack's "Formatting text" reference). */
const slackEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Block Kit blocks: a header, the text, the facts as a section's fields, and a link button. */
export function slackBlocks(message: ChatMessage) {
  return [
    { type: 'header', text: { type: 'plain_text', text: message.title.slice(0, 150) } },
    { type: 'section', text: { type: 'mrkdwn', text: slackEscape(message.text) } },
    // A section holds at most 10 fields.
    ...(message.facts.length > 0
      ? [
          {
            type: 'section',
            fields: message.facts.slice(0, 10).map((f) => ({ type: 'mrkdwn', text: `*${slackEscape(f.name)}*\n${slackEscape(f.value)}` })),
          },
        ]
      : []),
    ...(message.link
      ? [{ type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: message.link.label }, url: message.link.url }] }]
      : []),
  ]
}

/** An incoming webhook's body: `text` is the notification and fallback, `blocks` the message. */
export const slackWebhookPayload = (message: ChatMessage) => ({ text: message.title, blocks: slackBlocks(message) })

/** chat.postMessage's JSON body: the same, addressed to the bot's channel. */
export const slackPostMessagePayload = (message: ChatMessage, channel: string) => ({ channel, ...slackWebhookPayload(message) })

/** An Adaptive Card (schema 1.4) in the `message` envelope Teams' incoming webhooks document. */
export function teamsPayload(message: ChatMessage) {
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            { type: 'TextBlock', text: message.title, size: 'Medium', weight: 'Bolder', wrap: true },
            { type: 'TextBlock', text: message.text, wrap: true },
            ...(message.facts.length > 0
              ? [{ type: 'FactSet', facts: message.facts.map((f) => ({ title: f.name, value: f.value })) }]
              : []),
          ],
          ...(message.link ? { actions: [{ type: 'Action.OpenUrl', title: message.link.label, url: message.link.url }] } : {}),
        },
      },
    ],
  }
}

/** What was answered, read into what to do: done, try again later (after `afterMs` when said), or give up with a reason. */
export type ChatOutcome =
  { result: 'sent' } | { result: 'retry'; afterMs: number | null; error: string } | { result: 'failed'; error: string }

/** A vendor's error code worth showing (`channel_not_found`), never free text that could echo a URL or token. */
const codeOf = (text: string) => (/^[a-z_]{2,60}$/.test(text.trim()) ? text.trim() : null)

const VENDOR: Record<ChatKind, string> = { SLACK_WEBHOOK: 'Slack', SLACK_BOT: 'Slack', TEAMS_WEBHOOK: 'Teams' }

/**
 * Slack answers a webhook "ok" with 200 and refusals with 400/403/404/410 and a code; chat.postMessage
 * answers 200 with `ok` and `error` in JSON; both say 429 with Retry-After. Teams' webhooks may answer
 * 200 with a body reporting its own 429 (Teams' "Rate limiting for connectors").
 */
export function chatOutcome(kind: ChatKind, status: number, body: string, afterMs: number | null): ChatOutcome {
  const vendor = VENDOR[kind]
  if (status === 429) return { result: 'retry', afterMs, error: `${vendor} asked us to slow down.` }
  if (status >= 500) return { result: 'retry', afterMs: null, error: `${vendor} did not answer properly (${status}).` }
  if (status < 200 || status >= 300) {
    const code = codeOf(body)
    return { result: 'failed', error: `${vendor} refused the message (${status}${code ? ` ${code}` : ''}).` }
  }
  if (kind === 'SLACK_BOT') {
    let parsed: { ok?: unknown; error?: unknown } = {}
    try {
      parsed = JSON.parse(body) as typeof parsed
    } catch {
      return { result: 'failed', error: 'Slack answered with something that is not its documented format.' }
    }
    if (parsed.ok === true) return { result: 'sent' }
    const code = typeof parsed.error === 'string' ? codeOf(parsed.error) : null
    if (code === 'ratelimited') return { result: 'retry', afterMs, error: 'Slack asked us to slow down.' }
    return { result: 'failed', error: `Slack refused the message${code ? ` (${code})` : ''}.` }
  }
  if (kind === 'TEAMS_WEBHOOK' && body.includes('HTTP error 429'))
    return { result: 'retry', afterMs, error: 'Teams asked us to slow down.' }
  return { result: 'sent' }
}
