import 'server-only'
import type { ChatKind } from '@/lib/connectors/chat'
import { AppError, notFound } from '@/lib/core/app-error'
import { Prisma } from '@/lib/generated/prisma/client'
import { recordAudit } from '../accounts/audit'
import { prisma } from '../client'
import type { OrgId } from '../org-id'
import type { UserId } from '../user-id'

// Each team's chat channel (decision 0073). `credential` holds the sealed webhook URL or bot token;
// only getChatChannelForSend selects it, for the server's own POST.

const PUBLIC_COLUMNS = {
  id: true,
  kind: true,
  channel: true,
  lastSentAt: true,
  lastError: true,
  lastErrorAt: true,
  createdAt: true,
  team: { select: { id: true, name: true } },
} as const satisfies Prisma.ChatChannelSelect

export type NewChatChannel = { teamId: string; kind: ChatKind; sealedCredential: string; channel: string; apiBaseUrl: string }

export async function createChatChannel(orgId: OrgId, actorId: UserId, input: NewChatChannel) {
  const team = await prisma.team.findFirst({ where: { id: input.teamId, organizationId: orgId }, select: { id: true } })
  if (!team) throw notFound('Team')
  const { sealedCredential, ...rest } = input
  try {
    const row = await prisma.chatChannel.create({
      data: { organizationId: orgId, credential: sealedCredential, ...rest },
      select: { id: true },
    })
    await recordAudit(orgId, { actorId, action: 'chat.created', targetType: 'team', targetId: input.teamId, data: { kind: input.kind } })
    return row
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
      throw new AppError('CONFLICT', 'This team already has a chat channel. Remove it first to connect another.', {
        teamId: ['This team already has a chat channel.'],
      })
    throw error
  }
}

export async function listChatChannels(orgId: OrgId) {
  const rows = await prisma.chatChannel.findMany({
    where: { organizationId: orgId },
    orderBy: { createdAt: 'asc' },
    select: PUBLIC_COLUMNS,
  })
  return rows.map((row) => ({ ...row, kind: row.kind as ChatKind }))
}
export type ChatChannelView = Awaited<ReturnType<typeof listChatChannels>>[number]

/** The channel with its sealed credential, for the server's own POST. */
export async function getChatChannelForSend(orgId: OrgId, channelId: string) {
  const row = await prisma.chatChannel.findFirst({
    where: { id: channelId, organizationId: orgId },
    select: { id: true, kind: true, channel: true, apiBaseUrl: true, credential: true, team: { select: { name: true } } },
  })
  if (!row) throw notFound('Chat channel')
  return { ...row, kind: row.kind as ChatKind }
}
export type ChatChannelForSend = Awaited<ReturnType<typeof getChatChannelForSend>>

/** The channels of these teams, with the team's name for the message. */
export async function listTeamChatChannels(orgId: OrgId, teamIds: readonly string[]) {
  return prisma.chatChannel.findMany({
    where: { organizationId: orgId, teamId: { in: [...teamIds] } },
    select: { id: true, team: { select: { name: true } } },
  })
}

/** A message went through (error null) or failed: settings shows the last failure until one succeeds. */
export async function updateChatResult(orgId: OrgId, channelId: string, error: string | null, at = new Date()) {
  await prisma.chatChannel.updateMany({
    where: { id: channelId, organizationId: orgId },
    data: error === null ? { lastSentAt: at, lastError: null, lastErrorAt: null } : { lastError: error, lastErrorAt: at },
  })
}

export async function deleteChatChannel(orgId: OrgId, actorId: UserId, channelId: string) {
  const row = await prisma.chatChannel.findFirst({ where: { id: channelId, organizationId: orgId }, select: { teamId: true } })
  if (!row) throw notFound('Chat channel')
  await prisma.chatChannel.deleteMany({ where: { id: channelId, organizationId: orgId } })
  await recordAudit(orgId, { actorId, action: 'chat.removed', targetType: 'team', targetId: row.teamId })
}

/** What "plan published" says: the sprint's team, the version, how many items and people it plans. */
export async function getPlanChatFacts(orgId: OrgId, planId: string) {
  const plan = await prisma.plan.findFirst({
    where: { id: planId, organizationId: orgId },
    select: {
      version: true,
      sprint: { select: { id: true, name: true, teamId: true } },
      assignments: { select: { membershipId: true } },
    },
  })
  if (!plan) throw notFound('Plan')
  const assigned = plan.assignments.map((a) => a.membershipId).filter((id): id is string => id !== null)
  return { ...plan.sprint, version: plan.version, items: assigned.length, people: new Set(assigned).size }
}

export async function getSprintChatFacts(orgId: OrgId, sprintId: string) {
  const sprint = await prisma.sprint.findFirst({ where: { id: sprintId, organizationId: orgId }, select: { name: true, teamId: true } })
  if (!sprint) throw notFound('Sprint')
  return sprint
}

export async function listTeamIdsOfMember(orgId: OrgId, membershipId: string) {
  const rows = await prisma.teamMember.findMany({ where: { organizationId: orgId, membershipId }, select: { teamId: true } })
  return rows.map((r) => r.teamId)
}
