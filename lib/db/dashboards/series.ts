import 'server-only'
import { Prisma } from '@/lib/generated/prisma/client'
import type { OutcomeCounts } from '@/lib/metrics/outcomes'
import type { SprintInfo } from '@/lib/metrics/trends'
import { prisma } from '../client'
import { listTeamCapacity } from './capacity'
import { effectiveModeJoins, modeHours, sumByMode, windowCtes, type ModeColumns } from './sql'
import type { OrgId } from '../org-id'

// The sprint's own columns come back as SprintInfo names them; modes and outcomes come flat.
type Row = Pick<SprintInfo, 'teamId' | 'teamName' | 'name' | 'startDate' | 'endDate' | 'status' | 'slot' | 'planStatus'> &
  ModeColumns<'demand'> & {
    id: string
    outcomeItems: number | null
    onTime: number | null
    reworkHours: number | null
    defects: number | null
    deliveredHours: number | null
  }

/**
 * Each team's last sprints with demand by recommended mode, capacity by primary type and (unless
 * the caller takes them from listWindowOutcomes) outcome counts, aggregated in one statement.
 * Capacity by primary type comes from listTeamCapacity: derived from dates like the planner's.
 * A closed sprint's demand is the work it took on: the items still in it (what it delivered) and
 * those of the plan that describes it, so items moved on at the close still count where they were
 * planned (decision 0056); delivered hours are those of the items with an outcome in the sprint.
 */
const sprintSeriesQuery = (orgId: OrgId, teamId: string | null, withOutcomes = true) => Prisma.sql`
    WITH ${windowCtes(orgId, teamId)},
    demand_items AS (
      SELECT w."sprintId", w.id FROM "WorkItem" w JOIN recent r ON r.id = w."sprintId" WHERE w."organizationId" = ${orgId}
      UNION
      SELECT pk."sprintId", a."workItemId" FROM picked pk
      JOIN recent r ON r.id = pk."sprintId" AND r.status = 'CLOSED'
      JOIN "Assignment" a ON a."planId" = pk.id
      WHERE a."organizationId" = ${orgId}
    ),
    demand AS (
      SELECT di."sprintId", ${sumByMode(Prisma.sql`w.hours`, Prisma.sql`x.em`)}
      FROM demand_items di JOIN "WorkItem" w ON w.id = di.id ${effectiveModeJoins(orgId)}
      GROUP BY di."sprintId"
    ),
    delivered AS (
      SELECT o."sprintId", sum(w.hours)::float8 AS hours
      FROM "Outcome" o JOIN recent r ON r.id = o."sprintId" JOIN "WorkItem" w ON w.id = o."workItemId"
      WHERE o."organizationId" = ${orgId}
      GROUP BY o."sprintId"
    ),
    outcomes AS (
      SELECT o."sprintId", count(*)::int AS items, count(*) FILTER (WHERE o.delivery = 'ON_TIME')::int AS "onTime",
             sum(o."reworkHours")::float8 AS "reworkHours", sum(o.defects)::int AS defects
      FROM "Outcome" o JOIN recent r ON r.id = o."sprintId"
      WHERE o."organizationId" = ${orgId} AND ${withOutcomes}
      GROUP BY o."sprintId"
    )
    SELECT r.id, r."teamId", t.name AS "teamName", r.name, r."startDate", r."endDate", r.status, r.slot, pk.status AS "planStatus",
           d.orchestration AS "demandOrchestration", d.craft AS "demandCraft", d.hybrid AS "demandHybrid",
           oc.items AS "outcomeItems", oc."onTime", oc."reworkHours", oc.defects, dv.hours AS "deliveredHours"
    FROM recent r
    JOIN "Team" t ON t.id = r."teamId"
    LEFT JOIN picked pk ON pk."sprintId" = r.id
    LEFT JOIN demand d ON d."sprintId" = r.id
    LEFT JOIN outcomes oc ON oc."sprintId" = r.id
    LEFT JOIN delivered dv ON dv."sprintId" = r.id
    ORDER BY t.name, r.slot`

/** Without `outcomes` the series counts them itself; getDashboard passes listWindowOutcomes' per-sprint counts. */
export async function listSprintSeries(
  orgId: OrgId,
  teamId: string | null,
  outcomes?: Promise<ReadonlyMap<string, OutcomeCounts>>,
): Promise<SprintInfo[]> {
  const [rows, bySprint, capacity] = await Promise.all([
    prisma.$queryRaw<Row[]>(sprintSeriesQuery(orgId, teamId, !outcomes)),
    outcomes,
    listTeamCapacity(orgId, teamId),
  ])
  return rows.map((r) => ({
    sprintId: r.id,
    teamId: r.teamId,
    teamName: r.teamName,
    name: r.name,
    startDate: r.startDate,
    endDate: r.endDate,
    status: r.status,
    slot: r.slot,
    planStatus: r.planStatus,
    demand: modeHours(r.demandOrchestration, r.demandCraft, r.demandHybrid),
    capacity: capacity.get(r.id) ?? modeHours(null, null, null),
    deliveredHours: r.deliveredHours ?? 0,
    outcomes: bySprint
      ? (bySprint.get(r.id) ?? { items: 0, onTime: 0, reworkHours: 0, defects: 0 })
      : { items: r.outcomeItems ?? 0, onTime: r.onTime ?? 0, reworkHours: r.reworkHours ?? 0, defects: r.defects ?? 0 },
  }))
}
