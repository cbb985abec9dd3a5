import 'server-only'
import { Prisma } from '@/lib/generated/prisma/client'
import { staleBefore, type MixCounts, type ModeMixData } from '@/lib/metrics/mode-mix'
import { prisma } from '../client'
import type { OrgId } from '../org-id'

type Row = {
  teamId: string | null
  teamName: string | null
  orchestration: number
  craft: number
  hybrid: number
  missing: number
  outdated: number
}

// Who is expected to have a profile: engineers, plus anyone who answered the survey anyway
// (leads and managers are not asked, so they never count as "missing").
const counts = (stale: Date) => Prisma.sql`
  count(*) FILTER (WHERE ep."primaryType" = 'orchestration')::int AS orchestration,
  count(*) FILTER (WHERE ep."primaryType" = 'craft')::int AS craft,
  count(*) FILTER (WHERE ep."primaryType" = 'hybrid')::int AS hybrid,
  count(*) FILTER (WHERE ep.id IS NULL)::int AS missing,
  count(*) FILTER (WHERE ep.id IS NOT NULL AND (ep."surveyedAt" IS NULL OR ep."surveyedAt" < ${stale}))::int AS outdated`

const pick = ({ orchestration, craft, hybrid, missing, outdated }: Row): MixCounts => ({ orchestration, craft, hybrid, missing, outdated })

/** Mode mix per team and for the whole scope (people on two teams count once in the total). */
export async function getModeMix(orgId: OrgId, teamId: string | null, now: Date): Promise<ModeMixData> {
  const stale = staleBefore(now)
  const teamOnly = teamId ? Prisma.sql`AND tm."teamId" = ${teamId}` : Prisma.empty
  const [teams, total] = await Promise.all([
    prisma.$queryRaw<Row[]>`
      SELECT tm."teamId", t.name AS "teamName", ${counts(stale)}
      FROM "TeamMember" tm
      JOIN "Team" t ON t.id = tm."teamId"
      JOIN "Membership" m ON m.id = tm."membershipId"
      LEFT JOIN "EngineerProfile" ep ON ep."membershipId" = m.id
      WHERE tm."organizationId" = ${orgId} AND m."deactivatedAt" IS NULL AND (m.role = 'ENGINEER' OR ep.id IS NOT NULL) ${teamOnly}
      GROUP BY tm."teamId", t.name
      ORDER BY t.name`,
    teamId
      ? Promise.resolve(null)
      : prisma.$queryRaw<Row[]>`
      SELECT NULL AS "teamId", NULL AS "teamName", ${counts(stale)}
      FROM "Membership" m
      LEFT JOIN "EngineerProfile" ep ON ep."membershipId" = m.id
      WHERE m."organizationId" = ${orgId} AND m."deactivatedAt" IS NULL AND (m.role = 'ENGINEER' OR ep.id IS NOT NULL)`,
  ])
  const empty: MixCounts = { orchestration: 0, craft: 0, hybrid: 0, missing: 0, outdated: 0 }
  return {
    total: total ? pick(total[0]) : teams[0] ? pick(teams[0]) : empty,
    teams: teams.map((r) => ({ ...pick(r), teamId: r.teamId ?? '', teamName: r.teamName ?? '' })),
  }
}
