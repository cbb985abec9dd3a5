import 'server-only'
import type { OutcomeGroupRow } from '@/lib/metrics/outcomes'
import { prisma } from './client'
import { effectiveModeJoins, windowCtes } from './dashboard-sql'
import type { OrgId } from './org-id'

type Row = { dimension: 'mode' | 'type'; key: string; items: number; onTime: number; reworkHours: number; defects: number }

/** Outcomes of the trend window's sprints, by the item's mode and by work type (one GROUPING SETS pass). */
export async function listOutcomeGroups(orgId: OrgId, teamId: string | null): Promise<OutcomeGroupRow[]> {
  return prisma.$queryRaw<Row[]>`
    WITH ${windowCtes(orgId, teamId)}
    SELECT CASE WHEN grouping(x.em) = 0 THEN 'mode' ELSE 'type' END AS dimension,
           coalesce(x.em::text, w.type::text) AS key,
           count(*)::int AS items,
           count(*) FILTER (WHERE o.delivery = 'ON_TIME')::int AS "onTime",
           coalesce(sum(o."reworkHours"), 0)::float8 AS "reworkHours",
           coalesce(sum(o.defects), 0)::int AS defects
    FROM "Outcome" o
    JOIN recent r ON r.id = o."sprintId"
    JOIN "WorkItem" w ON w.id = o."workItemId" AND w."organizationId" = ${orgId}
    ${effectiveModeJoins(orgId)}
    WHERE o."organizationId" = ${orgId}
    GROUP BY GROUPING SETS ((x.em), (w.type))`
}
