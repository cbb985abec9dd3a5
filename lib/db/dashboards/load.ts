import 'server-only'
import { Prisma } from '@/lib/generated/prisma/client'
import type { PersonSprintLoad } from '@/lib/metrics/deep-work'
import { CRAFT_CRITICAL_TYPES } from '@/lib/metrics/risk'
import { prisma } from '../client'
import { capacityHoursOf, type DatedCapacityRow } from './capacity'
import { modeHours, sumByMode, windowCtes, type ModeColumns } from './sql'
import type { OrgId } from '../org-id'

// The SQL row is the domain's PersonSprintLoad with hours as flat columns and nullable sums.
// Capacity comes back as its inputs (DatedCapacityRow) and is derived in TypeScript.
type Row = ModeColumns<'hours'> &
  Omit<PersonSprintLoad, 'hours' | 'craftCriticalHours' | 'items' | 'capacity'> &
  DatedCapacityRow & { critical: number | null; items: number | null }

/**
 * Per person and sprint of the trend window: planned hours by assignment mode, craft-critical
 * hours and item count, from the plan that describes the sprint. People on the team with a profile
 * but nothing planned are included (their deep work is untouched, and they count for concentration).
 *
 * Cost: the window's ≈ 18,000 assignments joined to their items are grouped by (plan, person) in
 * one pass with enum comparisons (no per-row `::text`); the roster is then matched with one FULL
 * JOIN instead of a UNION, a DISTINCT and a second join back to the aggregate.
 */
const personLoadsQuery = (orgId: OrgId, teamId: string | null) => Prisma.sql`
    WITH ${windowCtes(orgId, teamId)},
    load AS (
      SELECT pk."sprintId", a."membershipId", ${sumByMode(Prisma.sql`w.hours`, Prisma.sql`a.mode`)},
             coalesce(sum(w.hours) FILTER (WHERE w.type = ANY(${[...CRAFT_CRITICAL_TYPES]}::"WorkType"[])), 0)::float8 AS critical,
             count(*)::int AS items
      FROM picked pk
      JOIN "Assignment" a ON a."planId" = pk.id
      JOIN "WorkItem" w ON w.id = a."workItemId"
      WHERE a."organizationId" = ${orgId} AND a."membershipId" IS NOT NULL
      GROUP BY pk."sprintId", a."membershipId"
    ),
    roster AS (
      SELECT pk."sprintId", tm."membershipId"
      FROM picked pk
      JOIN recent r ON r.id = pk."sprintId"
      JOIN "TeamMember" tm ON tm."teamId" = r."teamId" AND tm."organizationId" = ${orgId}
      JOIN "EngineerProfile" ep ON ep."membershipId" = tm."membershipId"
    ),
    people AS (
      SELECT coalesce(l."sprintId", ro."sprintId") AS "sprintId", coalesce(l."membershipId", ro."membershipId") AS "membershipId",
             l.orchestration, l.craft, l.hybrid, l.critical, l.items
      FROM load l
      FULL JOIN roster ro ON ro."sprintId" = l."sprintId" AND ro."membershipId" = l."membershipId"
    )
    SELECT r."teamId", pe."sprintId", r."startDate", r."endDate", pe."membershipId", u.name,
           ep."primaryType"::text AS "primaryType", ep."preferredMode"::text AS "preferredMode", ep."deepWorkTarget",
           ep."capacityHours" AS "profileHours", av."hoursPerDay", av."overrideHours",
           pe.orchestration AS "hoursOrchestration", pe.craft AS "hoursCraft", pe.hybrid AS "hoursHybrid", pe.critical, pe.items
    FROM people pe
    JOIN recent r ON r.id = pe."sprintId"
    JOIN "Membership" m ON m.id = pe."membershipId" AND m."organizationId" = ${orgId}
    JOIN "User" u ON u.id = m."userId"
    LEFT JOIN "EngineerProfile" ep ON ep."membershipId" = pe."membershipId"
    LEFT JOIN "Availability" av ON av."sprintId" = pe."sprintId" AND av."membershipId" = pe."membershipId" AND av."organizationId" = ${orgId}
    ORDER BY u.name, pe."membershipId"`

export async function listPersonLoads(orgId: OrgId, teamId: string | null): Promise<PersonSprintLoad[]> {
  const rows = await prisma.$queryRaw<Row[]>(personLoadsQuery(orgId, teamId))
  const capacity = await capacityHoursOf(orgId, rows)
  return rows.map((r) => ({
    teamId: r.teamId,
    sprintId: r.sprintId,
    membershipId: r.membershipId,
    name: r.name,
    primaryType: r.primaryType,
    preferredMode: r.preferredMode,
    deepWorkTarget: r.deepWorkTarget,
    capacity: capacity.get(`${r.sprintId}:${r.membershipId}`) ?? 0,
    hours: modeHours(r.hoursOrchestration, r.hoursCraft, r.hoursHybrid),
    craftCriticalHours: r.critical ?? 0,
    items: r.items ?? 0,
  }))
}
