import { z } from 'zod'
import { WORK_TYPES } from '../core/work-types'
import { labelled } from './field-label'
import { idField } from './id'
import { textField } from './text'

// Tracker connections: what the settings form sends and what a connection's scope holds. The token is
// write-only: it arrives here, is encrypted on the server, and no schema ever carries it back.

const blankToEmpty = (v: unknown) => (v === undefined || v === null ? '' : v)
const url = (label: string) =>
  labelled(z.url({ protocol: /^https?$/, message: `Enter the ${label} as an https:// address` }).max(300), label)
const token = labelled(
  z.string({ message: 'Enter the API token' }).trim().min(8, 'Enter the API token').max(500, 'The API token is too long'),
  'API token',
)
const factor = (label: string, fallback: number) =>
  labelled(
    z.coerce
      .number({ message: `Enter ${label.toLowerCase()} as a number` })
      .positive(`${label} must be more than 0`)
      .max(200, `${label} must be at most 200`),
    label,
  ).default(fallback)

export const jiraScopeSchema = z.object({
  jql: labelled(z.string({ message: 'Enter a JQL query' }).trim().min(3, 'Enter a JQL query').max(1000), 'JQL query'),
  storyPointsField: labelled(
    z.preprocess(
      (v) => (v === '' || v === undefined ? 'customfield_10016' : v),
      z.string().regex(/^customfield_\d{1,9}$/, 'Story points field looks like customfield_10016'),
    ),
    'Story points field',
  ),
})
export const linearScopeSchema = z.object({
  teamId: labelled(z.string({ message: 'Enter the team id' }).trim().min(1, 'Enter the team id').max(100), 'Team id'),
  cycleId: labelled(z.preprocess(blankToEmpty, z.string().trim().max(100)), 'Cycle id'),
})
export const githubScopeSchema = z.object({
  repository: labelled(
    z
      .string({ message: 'Enter the repository' })
      .trim()
      .regex(/^[\w.-]+\/[\w.-]+$/, 'Enter the repository as owner/name'),
    'Repository',
  ),
  labels: labelled(z.preprocess(blankToEmpty, z.string().trim().max(200)), 'Labels'),
  milestone: labelled(
    z.preprocess(
      blankToEmpty,
      z
        .string()
        .trim()
        .regex(/^(\d{1,9}|\*|none|)$/, 'Milestone is a number, * or none'),
    ),
    'Milestone',
  ),
})
export type JiraScope = z.infer<typeof jiraScopeSchema>
export type LinearScope = z.infer<typeof linearScopeSchema>
export type GithubScope = z.infer<typeof githubScopeSchema>

const common = z.object({
  name: textField({ label: 'Name', min: 2, max: 80, missing: 'Enter a name' }),
  token,
  pointsToHours: factor('Hours per story point', 4),
  defaultHours: factor('Hours for an unestimated issue', 4),
})

export const createConnectionSchema = z.discriminatedUnion(
  'kind',
  [
    common.extend({
      kind: z.literal('JIRA'),
      baseUrl: url('Jira site'),
      account: labelled(z.email({ message: 'Enter the Atlassian account e-mail' }).max(200), 'Account e-mail'),
      ...jiraScopeSchema.shape,
    }),
    common.extend({
      kind: z.literal('LINEAR'),
      baseUrl: url('API address').default('https://api.linear.app/graphql'),
      ...linearScopeSchema.shape,
    }),
    common.extend({ kind: z.literal('GITHUB'), baseUrl: url('API address').default('https://api.github.com'), ...githubScopeSchema.shape }),
  ],
  { message: 'Choose Jira Cloud, Linear or GitHub Issues' },
)
export type CreateConnectionInput = z.infer<typeof createConnectionSchema>

const connectionId = idField('connection')
export const connectionRefSchema = z.object({ connectionId })

export const reconnectSchema = z.object({ connectionId, token })

/** How often a connection syncs by itself (lib/connectors/schedule.ts says when it is due). */
export const SYNC_SCHEDULES = ['off', 'hourly', 'daily'] as const
export type SyncSchedule = (typeof SYNC_SCHEDULES)[number]

const checkbox = z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean())
export const connectionSettingsSchema = z.object({
  connectionId,
  writeBack: labelled(checkbox, 'Write assignees back'),
  pointsToHours: factor('Hours per story point', 4),
  defaultHours: factor('Hours for an unestimated issue', 4),
  syncSchedule: labelled(z.enum(SYNC_SCHEDULES, { message: 'Choose how often to sync' }), 'Sync by itself'),
})

export const typeMappingRowSchema = z.object({
  upstream: labelled(z.string().trim().min(1, 'Enter an upstream type or label').max(60), 'Upstream type or label'),
  type: labelled(z.enum(WORK_TYPES, { message: 'Choose a work type' }), 'Work type'),
})
export const addTypeMappingRowSchema = typeMappingRowSchema.extend({ connectionId })
export const removeTypeMappingRowSchema = typeMappingRowSchema.pick({ upstream: true }).extend({ connectionId })

/** Settling a flagged item: the upstream values waiting, or the values edited here. */
export const resolveFlagSchema = z.object({
  workItemId: idField('work item'),
  take: labelled(z.enum(['upstream', 'local'], { message: 'Choose the upstream values or yours' }), 'Values to keep'),
})

// A team's chat channel (Settings › Connectors). The webhook URL and the bot token are write-only, like tracker tokens.
const teamId = idField('team')
const webhookUrl = labelled(
  z.url({ protocol: /^https?$/, message: 'Enter the incoming webhook URL as an https:// address' }).max(500, 'The webhook URL is too long'),
  'Webhook URL',
)
export const createChatChannelSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('SLACK_WEBHOOK'), teamId, webhookUrl }),
    z.object({ kind: z.literal('TEAMS_WEBHOOK'), teamId, webhookUrl }),
    z.object({
      kind: z.literal('SLACK_BOT'),
      teamId,
      token: labelled(
        z
          .string({ message: 'Enter the bot token' })
          .trim()
          .regex(/^xoxb-[\w-]{8,300}$/, 'A bot token starts with xoxb-'),
        'Bot token',
      ),
      channel: labelled(
        z
          .string({ message: 'Enter the channel' })
          .trim()
          .regex(/^[#\w-]{2,80}$/, 'Enter the channel id (C0123…) or #name'),
        'Channel',
      ),
      apiBaseUrl: url('Slack API address').default('https://slack.com/api'),
    }),
  ],
  { message: 'Choose Slack or Microsoft Teams' },
)
export type CreateChatChannelInput = z.infer<typeof createChatChannelSchema>

export const chatChannelRefSchema = z.object({ chatChannelId: idField('chat channel') })
