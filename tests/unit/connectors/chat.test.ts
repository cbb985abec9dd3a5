import { describe, expect, it } from 'vitest'
import { chatOutcome, slackPostMessagePayload, slackWebhookPayload, teamsPayload, type ChatMessage } from '@/lib/connectors/chat'
import { planPublishedMessage } from '@/lib/connectors/chat-messages'

// The exact payloads each platform documents, and how each answer is read.

const message: ChatMessage = planPublishedMessage({
  appUrl: 'https://plural.example.com',
  teamName: 'Core <Platform>',
  sprintName: 'Sprint 14',
  version: 3,
  items: 12,
  people: 4,
})

describe('chat payloads', () => {
  it('Slack: Block Kit header, escaped mrkdwn section, fields and a link button, with the title as text', () => {
    expect(slackWebhookPayload(message)).toEqual({
      text: 'Plan published: Sprint 14',
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'Plan published: Sprint 14' } },
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: "Core &lt;Platform&gt;'s plan for Sprint 14 is published. See what you are working on in My sprint.",
          },
        },
        {
          type: 'section',
          fields: [
            { type: 'mrkdwn', text: '*Version*\n3' },
            { type: 'mrkdwn', text: '*Items planned*\n12' },
            { type: 'mrkdwn', text: '*People*\n4' },
          ],
        },
        {
          type: 'actions',
          elements: [{ type: 'button', text: { type: 'plain_text', text: 'Open My sprint' }, url: 'https://plural.example.com/my-sprint' }],
        },
      ],
    })
    expect(slackPostMessagePayload(message, 'C0123')).toEqual({ channel: 'C0123', ...slackWebhookPayload(message) })
  })

  it('Teams: an Adaptive Card in the message envelope with a FactSet and an OpenUrl action', () => {
    expect(teamsPayload(message)).toEqual({
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
              { type: 'TextBlock', text: 'Plan published: Sprint 14', size: 'Medium', weight: 'Bolder', wrap: true },
              { type: 'TextBlock', text: message.text, wrap: true },
              {
                type: 'FactSet',
                facts: [
                  { title: 'Version', value: '3' },
                  { title: 'Items planned', value: '12' },
                  { title: 'People', value: '4' },
                ],
              },
            ],
            actions: [{ type: 'Action.OpenUrl', title: 'Open My sprint', url: 'https://plural.example.com/my-sprint' }],
          },
        },
      ],
    })
  })
})

describe('chatOutcome', () => {
  it('reads success per platform', () => {
    expect(chatOutcome('SLACK_WEBHOOK', 200, 'ok', null)).toEqual({ result: 'sent' })
    expect(chatOutcome('TEAMS_WEBHOOK', 200, '1', null)).toEqual({ result: 'sent' })
    expect(chatOutcome('SLACK_BOT', 200, '{"ok":true,"ts":"1"}', null)).toEqual({ result: 'sent' })
  })

  it('retries a 429 after its Retry-After, a 5xx, Slack bot "ratelimited" and Teams reporting its own 429', () => {
    expect(chatOutcome('SLACK_WEBHOOK', 429, 'rate_limited', 7000)).toMatchObject({ result: 'retry', afterMs: 7000 })
    expect(chatOutcome('TEAMS_WEBHOOK', 503, '', null)).toMatchObject({ result: 'retry', afterMs: null })
    expect(chatOutcome('SLACK_BOT', 200, '{"ok":false,"error":"ratelimited"}', 3000)).toMatchObject({ result: 'retry', afterMs: 3000 })
    expect(chatOutcome('TEAMS_WEBHOOK', 200, 'Microsoft Teams endpoint returned HTTP error 429', null)).toMatchObject({ result: 'retry' })
  })

  it('gives up on a refusal, naming the vendor code but never echoing free text', () => {
    expect(chatOutcome('SLACK_WEBHOOK', 404, 'channel_not_found', null)).toEqual({
      result: 'failed',
      error: 'Slack refused the message (404 channel_not_found).',
    })
    expect(chatOutcome('SLACK_BOT', 200, '{"ok":false,"error":"not_in_channel"}', null)).toEqual({
      result: 'failed',
      error: 'Slack refused the message (not_in_channel).',
    })
    expect(chatOutcome('TEAMS_WEBHOOK', 400, 'Bad payload for https://x.webhook.office.com/secret-path', null)).toEqual({
      result: 'failed',
      error: 'Teams refused the message (400).',
    })
    expect(chatOutcome('SLACK_BOT', 200, '<html>', null)).toMatchObject({ result: 'failed' })
  })
})
