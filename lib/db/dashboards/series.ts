import 'server-only'
import { Prisma } from '@/lib/generated/prisma/client'
import type { OutcomeCounts } from '@/lib/metrics/outcomes'
import type { SprintInfo } from '@/lib/metrics/trends'
import { prisma } from '../client'
import { effectiveModeJoins, modeHours, sumByMode, windowCtes, type ModeColumns } from './sql'
import type { OrgId } from '../org-id'

// The sprint's own columns come back as SprintInfo names them; modes and outcomes come flat.
type Row = Pick<SprintInfo, 'teamId' | 'teamName' | 'name' | 'startDate' | 'status' | 'slot' | 'planStatus'> &
  ModeColumns<'demand'> &
  ModeColumns<'capacity'> & {
    id: string
    outcomeItems: number | null
    onTime: number | null
    reworkHours: number | null
    defects: number | null
  }

/**
 * Each team's last sprints with demand by recommended mode, capacity by primary type and (unless
 * the caller takes them from listWindowOutcomes) outcome counts, aggregated in one statement.
 * Capacity uses today's team members and types (profiles keep no history) and each person's
 * availability for that sprint, else their profile's capacity.
 */
const sprintSeriesQuery = (orgId: OrgId, teamId: string | null, withOutcomes = true) => Prisma.sql`
    WITH ${windowCtes(orgId, teamId)},
    demand AS (
      SELECT w."sprintId", ${sumByMode(Prisma.sql`w.hours`, Prisma.sql`x.em`)}
      FROM "WorkItem" w JOIN recent r ON r.id = w."sprintId" ${effectiveModeJoins(orgId)}
      WHERE w."organizationId" = ${orgId}
      GROUP BY w."sprintId"
    ),
    capacity AS (
      SELECT r.id AS "sprintId", ${sumByMode(Prisma.sql`coalesce(av."overrideHours", av."hoursPerDay" * 10, ep."capacityHours")`, Prisma.sql`ep."primaryType"`)}
      FROM recent r
      JOIN "TeamMember" tm ON tm."teamId" = r."teamId" AND tm."organizationId" = ${orgId}
      JOIN "EngineerProfile" ep ON ep."membershipId" = tm."membershipId"
      LEFT JOIN "Availability" av ON av."sprintId" = r.id AND av."membershipId" = tm."membershipId"
      GROUP BY r.id
    ),
    outcomes AS (
      SELECT o."sprintId", count(*)::int AS items, count(*) FILTER (WHERE o.delivery = 'ON_TIME')::int AS "onTime",
             sum(o."reworkHours")::float8 AS "reworkHours", sum(o.defects)::int AS defects
      FROM "Outcome" o JOIN recent r ON r.id = o."sprintId"
      WHERE o."organizationId" = ${orgId} AND ${withOutcomes}
      GROUP BY o."sprintId"
    )
    SELECT r.id, r."teamId", t.name AS "teamName", r.name, r."startDate", r.status, r.slot, pk.status AS "planStatus",
           d.orchestration AS "demandOrchestration", d.craft AS "demandCraft", d.hybrid AS "demandHybrid",
           c.orchestration AS "capacityOrchestration", c.craft AS "capacityCraft", c.hybrid AS "capacityHybrid",
           oc.items AS "outcomeItems", oc."onTime", oc."reworkHours", oc.defects
    FROM recent r
    JOIN "Team" t ON t.id = r."teamId"
    LEFT JOIN picked pk ON pk."sprintId" = r.id
    LEFT JOIN demand d ON d."sprintId" = r.id
    LEFT JOIN capacity c ON c."sprintId" = r.id
    LEFT JOIN outcomes oc ON oc."sprintId" = r.id
    ORDER BY t.name, r.slot`

/** Without `outcomes` the series counts them itself; getDashboard passes listWindowOutcomes' per-sprint counts. */
export async function listSprintSeries(
  orgId: OrgId,
  teamId: string | null,
  outcomes?: Promise<ReadonlyMap<string, OutcomeCounts>>,
): Promise<SprintInfo[]> {
  const [rows, bySprint] = await Promise.all([prisma.$queryRaw<Row[]>(sprintSeriesQuery(orgId, teamId, !outcomes)), outcomes])
  return rows.map((r) => ({
    sprintId: r.id,
    teamId: r.teamId,
    teamName: r.teamName,
    name: r.name,
    startDate: r.startDate,
    status: r.status,
    slot: r.slot,
    planStatus: r.planStatus,
    demand: modeHours(r.demandOrchestration, r.demandCraft, r.demandHybrid),
    capacity: modeHours(r.capacityOrchestration, r.capacityCraft, r.capacityHybrid),
    outcomes: bySprint
      ? (bySprint.get(r.id) ?? { items: 0, onTime: 0, reworkHours: 0, defects: 0 })
      : { items: r.outcomeItems ?? 0, onTime: r.onTime ?? 0, reworkHours: r.reworkHours ?? 0, defects: r.defects ?? 0 },
  }))
}
