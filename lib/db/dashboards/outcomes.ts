import 'server-only'
import type { OutcomeCounts, OutcomeGroupRow } from '@/lib/metrics/outcomes'
import { prisma } from '../client'
import { effectiveModeJoins, windowCtes } from './sql'
import type { OrgId } from '../org-id'

type Row = OutcomeCounts & { dimension: 'mode' | 'type' | 'sprint'; key: string }

interface WindowOutcomes {
  /** By the item's effective mode and by work type (the outcomes section). */
  groups: OutcomeGroupRow[]
  /** By sprint (the trend series); sprints without outcomes are absent. */
  bySprint: Map<string, OutcomeCounts>
}

/**
 * Outcomes of the trend window's sprints by the item's mode, by work type and by sprint, in one
 * GROUPING SETS pass over the window's outcomes (the sprint series takes its per-sprint counts
 * from here instead of scanning the outcomes a second time).
 */
export async function listWindowOutcomes(orgId: OrgId, teamId: string | null): Promise<WindowOutcomes> {
  const rows = await prisma.$queryRaw<Row[]>`
    WITH ${windowCtes(orgId, teamId)}
    SELECT CASE WHEN grouping(x.em) = 0 THEN 'mode' WHEN grouping(w.type) = 0 THEN 'type' ELSE 'sprint' END AS dimension,
           CASE WHEN grouping(x.em) = 0 THEN x.em::text WHEN grouping(w.type) = 0 THEN w.type::text ELSE o."sprintId" END AS key,
           count(*)::int AS items,
           count(*) FILTER (WHERE o.delivery = 'ON_TIME')::int AS "onTime",
           coalesce(sum(o."reworkHours"), 0)::float8 AS "reworkHours",
           coalesce(sum(o.defects), 0)::int AS defects
    FROM "Outcome" o
    JOIN recent r ON r.id = o."sprintId"
    JOIN "WorkItem" w ON w.id = o."workItemId" AND w."organizationId" = ${orgId}
    ${effectiveModeJoins(orgId)}
    WHERE o."organizationId" = ${orgId}
    GROUP BY GROUPING SETS ((x.em), (w.type), (o."sprintId"))`
  const groups: OutcomeGroupRow[] = []
  const bySprint = new Map<string, OutcomeCounts>()
  for (const { dimension, key, items, onTime, reworkHours, defects } of rows) {
    if (dimension === 'sprint') bySprint.set(key, { items, onTime, reworkHours, defects })
    else groups.push({ dimension, key, items, onTime, reworkHours, defects })
  }
  return { groups, bySprint }
}

/** Outcomes of the trend window's sprints, by the item's mode and by work type. */
export async function listOutcomeGroups(orgId: OrgId, teamId: string | null): Promise<OutcomeGroupRow[]> {
  return (await listWindowOutcomes(orgId, teamId)).groups
}
