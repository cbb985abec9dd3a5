import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createChatChannelAction, testChatChannelAction } from '@/app/(app)/settings/connectors/actions'
import { slackPostMessagePayload, slackWebhookPayload, teamsPayload } from '@/lib/connectors/chat'
import { pulsePromptMessage, surveyReminderMessage, testMessage } from '@/lib/connectors/chat-messages'
import { exportOrganization } from '@/lib/db/accounts/organization-data'
import { prisma } from '@/lib/db/client'
import { listChatChannels } from '@/lib/db/connectors/chat-channels'
import { stopJobQueue } from '@/lib/db/jobs/queue'
import { env } from '@/lib/env'
import { appUrl, notifyTeamChannels, runChatSendJob } from '@/lib/server/connectors/chat'
import { sendSurveyReminderWithChat } from '@/lib/server/connectors/chat-notices'
import { startWorker } from '@/lib/server/jobs'
import { createTestOrg, signInAs, type TestOrg } from '../../support/factories'
import { SLACK_BOT_TOKEN, startChatReceiver } from '../../support/chat-receiver'
import { ok } from '../work-items/helpers'

// Team chat channels against a local receiver: the exact Block Kit and Adaptive Card payloads, the
// bot token in the header only, refusals shown as the channel's last error, 5xx and 429 retried (after
// Retry-After), and no URL or token in settings, the export or the answers.

let org: TestOrg
let receiver: Awaited<ReturnType<typeof startChatReceiver>>
const channelOf = async (teamId: string) => (await listChatChannels(org.orgId)).find((c) => c.team.id === teamId)!
const chatJobs = () =>
  prisma.$queryRawUnsafe<{ data: { attempt: number }; start_after: Date; created_on: Date }[]>(
    `SELECT data, start_after, created_on FROM "${env().JOB_QUEUE_SCHEMA}".job WHERE name = 'chat.send' ORDER BY created_on`,
  )
let slackTeam: string
let teamsTeam: string
let botTeam: string

async function until(done: () => Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the chat job')
    await new Promise((r) => setTimeout(r, 100))
  }
}

beforeAll(async () => {
  Object.assign(env(), { WEBHOOKS_ALLOW_LOOPBACK: true })
  org = await createTestOrg()
  receiver = await startChatReceiver()
  slackTeam = org.teamId
  const team = (name: string) => prisma.team.create({ data: { organizationId: org.orgId, name }, select: { id: true } })
  teamsTeam = (await team('Teams team')).id
  botTeam = (await team('Bot team')).id
  await signInAs(org.members.ADMIN)
})
afterAll(async () => {
  await stopJobQueue()
  await receiver.close()
})

describe('team chat channels', () => {
  it('connects Slack (webhook and bot) and Teams channels, one per team, answering no secret', async () => {
    const slackUrl = `${receiver.url}/services/T000/B000/slack-secret-path`
    expect(ok(await createChatChannelAction({ kind: 'SLACK_WEBHOOK', teamId: slackTeam, webhookUrl: slackUrl }))).toEqual({
      id: expect.any(String),
    })
    ok(await createChatChannelAction({ kind: 'TEAMS_WEBHOOK', teamId: teamsTeam, webhookUrl: `${receiver.url}/teams/teams-secret-path` }))
    ok(
      await createChatChannelAction({
        kind: 'SLACK_BOT',
        teamId: botTeam,
        token: SLACK_BOT_TOKEN,
        channel: 'C0PLURAL',
        apiBaseUrl: `${receiver.url}/api`,
      }),
    )
    const again = await createChatChannelAction({ kind: 'SLACK_WEBHOOK', teamId: slackTeam, webhookUrl: slackUrl })
    expect(again).toMatchObject({ ok: false, code: 'CONFLICT', fieldErrors: { teamId: [expect.any(String)] } })
    const badToken = await createChatChannelAction({ kind: 'SLACK_BOT', teamId: slackTeam, token: 'nope', channel: 'C1' })
    expect(badToken).toMatchObject({ ok: false, code: 'INVALID', fieldErrors: { token: ['A bot token starts with xoxb-'] } })

    const listed = JSON.stringify(await listChatChannels(org.orgId))
    const exported = JSON.stringify((await exportOrganization(org.orgId)).chatChannels)
    for (const text of [listed, exported]) {
      expect(text).not.toContain('secret-path')
      expect(text).not.toContain(SLACK_BOT_TOKEN)
      expect(text).not.toContain('credential')
    }
    expect(JSON.parse(exported)).toHaveLength(3)
  })

  it('sends the test message in each platform’s exact format', async () => {
    for (const teamId of [slackTeam, teamsTeam, botTeam])
      expect(ok(await testChatChannelAction({ chatChannelId: (await channelOf(teamId)).id }))).toEqual({ sent: true, error: null })
    const [slack, teams, bot] = receiver.received.slice(-3)
    expect(slack).toMatchObject({ method: 'POST', url: expect.objectContaining({ pathname: '/services/T000/B000/slack-secret-path' }) })
    expect(slack.body).toEqual(slackWebhookPayload(testMessage((await channelOf(slackTeam)).team.name)))
    expect(teams.body).toEqual(teamsPayload(testMessage('Teams team')))
    expect(bot.url.pathname).toBe('/api/chat.postMessage')
    expect(bot.authorization).toBe(`Bearer ${SLACK_BOT_TOKEN}`)
    expect(bot.body).toEqual(slackPostMessagePayload(testMessage('Bot team'), 'C0PLURAL'))
    expect(await channelOf(slackTeam)).toMatchObject({ lastSentAt: expect.any(Date), lastError: null })
  })

  it('a refusal (4xx) is shown as the channel’s last error, without the URL; the next success clears it', async () => {
    const channel = await channelOf(slackTeam)
    receiver.failNext(/slack-secret-path/, { status: 404, body: 'channel_not_found' })
    const refused = ok(await testChatChannelAction({ chatChannelId: channel.id }))
    expect(refused).toEqual({ sent: false, error: 'Slack refused the message (404 channel_not_found).' })
    expect(JSON.stringify(refused)).not.toContain('secret-path')
    expect(await channelOf(slackTeam)).toMatchObject({ lastError: 'Slack refused the message (404 channel_not_found).' })
    const bot = await channelOf(botTeam)
    receiver.failNext(/chat.postMessage/, { status: 200, body: '{"ok":false,"error":"not_in_channel"}' })
    expect(ok(await testChatChannelAction({ chatChannelId: bot.id }))).toMatchObject({ sent: false })
    expect(await channelOf(botTeam)).toMatchObject({ lastError: 'Slack refused the message (not_in_channel).' })
    ok(await testChatChannelAction({ chatChannelId: channel.id }))
    expect(await channelOf(slackTeam)).toMatchObject({ lastError: null })
  })

  it('a job hitting 429 queues its next attempt after Retry-After; a 5xx backs off; a 4xx stops', async () => {
    const channel = await channelOf(teamsTeam)
    const message = pulsePromptMessage({ appUrl: 'https://plural.example.com', teamName: 'Teams team', sprintName: 'Sprint 9' })
    receiver.failNext(/teams-secret-path/, { status: 429, headers: { 'Retry-After': '20' } })
    const before = Date.now()
    await runChatSendJob({ channelId: channel.id, attempt: 1, message })
    receiver.failNext(/teams-secret-path/, { status: 502 })
    await runChatSendJob({ channelId: channel.id, attempt: 2, message })
    receiver.failNext(/teams-secret-path/, { status: 400, body: 'invalid_payload' })
    await runChatSendJob({ channelId: channel.id, attempt: 1, message })
    const jobs = await chatJobs()
    expect(jobs.map((j) => j.data.attempt)).toEqual([2, 3])
    const [afterLimit, afterOutage] = jobs.map((j) => j.start_after.getTime() - before)
    expect(afterLimit).toBeGreaterThanOrEqual(19_000)
    expect(afterLimit).toBeLessThan(30_000)
    expect(afterOutage).toBeGreaterThanOrEqual(59_000) // 30 s doubled for the second attempt
    expect(await channelOf(teamsTeam)).toMatchObject({ lastError: 'Teams refused the message (400 invalid_payload).' })
    await prisma.$executeRawUnsafe(`DELETE FROM "${env().JOB_QUEUE_SCHEMA}".job WHERE name = 'chat.send'`)
  })

  it('team messages go out as chat.send jobs a worker delivers', async () => {
    const from = receiver.received.length
    await notifyTeamChannels(org.orgId, [teamsTeam, botTeam], (teamName) =>
      pulsePromptMessage({ appUrl: 'https://plural.example.com', teamName, sprintName: 'Sprint 10' }),
    )
    await startWorker({ NODE_ENV: 'test' })
    await until(async () => receiver.received.length - from === 2)
    const bodies = receiver.received.slice(from).map((r) => r.body)
    expect(bodies).toContainEqual(
      teamsPayload(pulsePromptMessage({ appUrl: 'https://plural.example.com', teamName: 'Teams team', sprintName: 'Sprint 10' })),
    )
    expect(bodies).toContainEqual(
      slackPostMessagePayload(
        pulsePromptMessage({ appUrl: 'https://plural.example.com', teamName: 'Bot team', sprintName: 'Sprint 10' }),
        'C0PLURAL',
      ),
    )
  })

  it('reminding three people of one team posts one survey note to its channel, and other messages still go', async () => {
    const channelId = (await channelOf(slackTeam)).id
    const queued = async (title: string) =>
      (
        await prisma.$queryRawUnsafe<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM "${env().JOB_QUEUE_SCHEMA}".job
           WHERE name = 'chat.send' AND data->>'channelId' = $1 AND data->'message'->>'title' = $2`,
          channelId,
          title,
        )
      )[0].n
    const note = surveyReminderMessage({ appUrl: appUrl(), teamName: 'Core' })
    const sender = { userId: org.members.MANAGER.userId, name: 'Morgan Manager' }
    for (const role of ['ENGINEER', 'LEAD', 'ADMIN'] as const)
      expect((await sendSurveyReminderWithChat(org.orgId, sender, org.members[role].membershipId)).status).toBe('sent')
    // Each of the three got their own reminder; the channel, one note (the throttle's window is an hour).
    expect(await prisma.notification.count({ where: { organizationId: org.orgId, kind: 'survey-reminder' } })).toBe(3)
    expect(await queued(note.title)).toBe(1)
    const prompt = pulsePromptMessage({ appUrl: appUrl(), teamName: 'Core', sprintName: 'Sprint 11' })
    await notifyTeamChannels(org.orgId, [slackTeam], () => prompt)
    expect(await queued(prompt.title)).toBe(1)
  })
})
