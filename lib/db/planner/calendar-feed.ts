import 'server-only'
import { createHash, randomBytes } from 'node:crypto'
import type { FeedSprint } from '@/lib/planner/calendar-feed'
import { notFound } from '@/lib/core/app-error'
import { prisma } from '../client'
import { orgIdFromCalendarFeed, type OrgId } from '../org-id'
import { loadMemberDates } from '../sprints/capacity'

// A member's calendar subscription URL carries a random token; only its sha256 is stored (like
// invitation links), so the URL is shown once, when it is made, and a new one replaces it.

/** The feed holds the newest sprints only, so it stays small however long the team has used Plural. */
const FEED_SPRINTS = 12

const hashFeedToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex')

export async function getCalendarFeedStatus(orgId: OrgId, membershipId: string): Promise<{ createdAt: Date } | null> {
  return prisma.calendarFeed.findFirst({ where: { organizationId: orgId, membershipId }, select: { createdAt: true } })
}

/** Makes a new token for the member, replacing (and so revoking) any earlier one; returns it. */
export async function createCalendarFeedToken(orgId: OrgId, membershipId: string): Promise<string> {
  const member = await prisma.membership.findFirst({ where: { id: membershipId, organizationId: orgId }, select: { id: true } })
  if (!member) throw notFound('Team member')
  const token = randomBytes(32).toString('base64url')
  const tokenHash = hashFeedToken(token)
  await prisma.calendarFeed.upsert({
    where: { membershipId },
    create: { organizationId: orgId, membershipId, tokenHash },
    update: { tokenHash, createdAt: new Date() },
  })
  return token
}

export async function deleteCalendarFeed(orgId: OrgId, membershipId: string): Promise<void> {
  await prisma.calendarFeed.deleteMany({ where: { organizationId: orgId, membershipId } })
}

/**
 * What the feed of `token` shows: each of the newest sprints of the member's teams with a published plan,
 * its newest published version, and the member's dates. Null for an unknown or revoked token.
 */
export async function readCalendarFeed(token: string): Promise<{ member: string; timeZone: string | null; sprints: FeedSprint[] } | null> {
  if (!/^[\w-]{43}$/.test(token)) return null
  const feed = await orgIdFromCalendarFeed(hashFeedToken(token))
  if (!feed) return null
  const { orgId, membershipId } = feed
  const [membership, plans] = await Promise.all([
    prisma.membership.findFirst({ where: { id: membershipId, organizationId: orgId }, select: { user: { select: { timeZone: true } } } }),
    prisma.plan.findMany({
      where: {
        organizationId: orgId,
        status: 'PUBLISHED',
        sprint: { team: { members: { some: { membershipId, organizationId: orgId } } } },
      },
      orderBy: [{ sprint: { startDate: 'desc' } }, { version: 'desc' }],
      select: {
        id: true,
        version: true,
        sprint: { select: { id: true, name: true, startDate: true, endDate: true } },
        assignments: {
          where: { organizationId: orgId, membershipId },
          select: {
            membershipId: true,
            mode: true,
            workItem: { select: { title: true, hours: true } },
            membership: { select: { profile: { select: { deepWorkHoursPerDay: true } } } },
          },
        },
      },
    }),
  ])
  // One published version per sprint is the rule (decision 0055); the newest wins should two meet.
  const newest = plans.filter((plan, i) => plans.findIndex((p) => p.sprint.id === plan.sprint.id) === i).slice(0, FEED_SPRINTS)
  const sprints = await Promise.all(
    newest.map(async (plan) => ({ sprintId: plan.sprint.id, plan, dates: await loadMemberDates(orgId, membershipId, plan.sprint) })),
  )
  return { member: membershipId, timeZone: membership?.user.timeZone ?? null, sprints }
}
