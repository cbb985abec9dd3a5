import 'server-only'
import { Prisma } from '@/lib/generated/prisma/client'
import type { Mode } from '@/lib/core/work-types'
import type { ModeHours } from '@/lib/metrics/types'
import { prisma } from '../client'
import { computeCapacities, type CapacityRow } from '../sprints/capacity'
import { windowCtes } from './sql'
import type { OrgId } from '../org-id'

// Capacity on the dashboards is the planner's: the SQL reads what it is derived from (sprint dates,
// profile, saved availability) and lib/planner/capacity.ts does the arithmetic with the
// organisation's working days, holidays and each person's days off. One rule, never a second in SQL.

/** A person's capacity inputs for one sprint of the window, with the sprint's dates. */
export type DatedCapacityRow = CapacityRow & { startDate: Date; endDate: Date }

/** Capacity hours of each row, keyed `${sprintId}:${membershipId}`. */
export async function capacityHoursOf(orgId: OrgId, rows: readonly DatedCapacityRow[]): Promise<Map<string, number>> {
  const sprints = new Map(rows.map((r) => [r.sprintId, { id: r.sprintId, startDate: r.startDate, endDate: r.endDate }]))
  const capacities = await computeCapacities(orgId, [...sprints.values()], rows)
  return new Map([...capacities].map(([key, c]) => [key, c.hours]))
}

/** Inputs of every team member with a profile in each sprint of the window (today's members and types: profiles keep no history). */
const teamCapacityQuery = (orgId: OrgId, teamId: string | null) => Prisma.sql`
    WITH ${windowCtes(orgId, teamId)}
    SELECT r.id AS "sprintId", r."startDate", r."endDate", tm."membershipId", ep."primaryType"::text AS "primaryType",
           ep."capacityHours" AS "profileHours", av."hoursPerDay", av."overrideHours"
    FROM recent r
    JOIN "TeamMember" tm ON tm."teamId" = r."teamId" AND tm."organizationId" = ${orgId}
    JOIN "EngineerProfile" ep ON ep."membershipId" = tm."membershipId"
    LEFT JOIN "Availability" av ON av."sprintId" = r.id AND av."membershipId" = tm."membershipId" AND av."organizationId" = ${orgId}`

/** Each sprint's capacity by its people's primary type. */
export async function listTeamCapacity(orgId: OrgId, teamId: string | null): Promise<Map<string, ModeHours>> {
  const rows = await prisma.$queryRaw<(DatedCapacityRow & { primaryType: Mode })[]>(teamCapacityQuery(orgId, teamId))
  const hours = await capacityHoursOf(orgId, rows)
  const bySprint = new Map<string, ModeHours>()
  for (const r of rows) {
    const sum = bySprint.get(r.sprintId) ?? { orchestration: 0, craft: 0, hybrid: 0 }
    sum[r.primaryType] += hours.get(`${r.sprintId}:${r.membershipId}`) ?? 0
    bySprint.set(r.sprintId, sum)
  }
  return bySprint
}
