import 'server-only'
import { Prisma } from '@/lib/generated/prisma/client'
import { DEFAULT_POLICY } from '@/lib/matching'
import { TREND_SPRINTS } from '@/lib/metrics/trends'
import { WORK_TYPES } from '@/lib/core/work-types'
import type { OrgId } from '../org-id'

// SQL fragments shared by the dashboard queries. Everything is composed with Prisma.sql, so every
// value (organisation, team, policy) travels as a bind parameter, never as concatenated text.

const DEFAULT_TYPES = [...WORK_TYPES]
const DEFAULT_MODES = WORK_TYPES.map((t) => DEFAULT_POLICY[t].recommended)

/** Scope filter on a sprint alias `s`: one team, or the whole organisation. */
const teamFilter = (teamId: string | null) => (teamId ? Prisma.sql`AND s."teamId" = ${teamId}` : Prisma.empty)

/**
 * `recent`: each team's last TREND_SPRINTS started sprints (ACTIVE or CLOSED) with their slot
 * (1 = newest); `picked`: the plan that describes each of them (published, else the newest draft).
 */
export const windowCtes = (orgId: OrgId, teamId: string | null) => Prisma.sql`
  ranked AS (
    SELECT s.id, s."teamId", s.name, s."startDate", s."endDate", s.status::text AS status,
           (row_number() OVER (PARTITION BY s."teamId" ORDER BY s."startDate" DESC, s.id))::int AS slot
    FROM "Sprint" s
    WHERE s."organizationId" = ${orgId} AND s.status IN ('ACTIVE', 'CLOSED') ${teamFilter(teamId)}
  ),
  recent AS (SELECT * FROM ranked WHERE slot <= ${TREND_SPRINTS}),
  picked AS (
    SELECT DISTINCT ON (p."sprintId") p.id, p."sprintId", p.status::text AS status
    FROM "Plan" p JOIN recent r ON r.id = p."sprintId"
    WHERE p."organizationId" = ${orgId} AND p.status IN ('PUBLISHED', 'DRAFT')
    ORDER BY p."sprintId", (p.status = 'PUBLISHED') DESC, p.version DESC
  )`

/**
 * Joins for an item alias `w` that make `x.em` its effective mode: the item's override, else the
 * organisation's policy, else the default table. The 12-row policy is resolved once, then joined.
 * Everything stays in the enum types ("WorkType", "Mode"): comparing enums is an OID compare, while
 * `::text` casts cost an enum-output call per row (measurable over the ≈ 20,000 items of the window).
 */
export const effectiveModeJoins = (orgId: OrgId) => Prisma.sql`
  LEFT JOIN (
    SELECT d.type, coalesce(pol.mode, d.mode) AS mode
    FROM unnest(${DEFAULT_TYPES}::"WorkType"[], ${DEFAULT_MODES}::"Mode"[]) AS d(type, mode)
    LEFT JOIN "WorkTypePolicy" pol ON pol."organizationId" = ${orgId} AND pol."workType" = d.type
  ) pm ON pm.type = w.type
  CROSS JOIN LATERAL (SELECT coalesce(w."modeOverride", pm.mode) AS em) x`

/**
 * Sums of a numeric expression per mode as columns orchestration, craft, hybrid (zero, never null).
 * Pass `mode` as a "Mode" enum expression (not `::text`): the literals are then read as enum values once.
 */
export const sumByMode = (value: Prisma.Sql, mode: Prisma.Sql) => Prisma.sql`
  coalesce(sum(${value}) FILTER (WHERE ${mode} = 'orchestration'), 0)::float8 AS orchestration,
  coalesce(sum(${value}) FILTER (WHERE ${mode} = 'craft'), 0)::float8 AS craft,
  coalesce(sum(${value}) FILTER (WHERE ${mode} = 'hybrid'), 0)::float8 AS hybrid`

/** Selects a CTE's per-mode columns under a prefix, e.g. d → "demandOrchestration". */
export type ModeColumns<P extends string> = Record<`${P}Orchestration` | `${P}Craft` | `${P}Hybrid`, number | null>

export const modeHours = (o: number | null, c: number | null, h: number | null) => ({
  orchestration: o ?? 0,
  craft: c ?? 0,
  hybrid: h ?? 0,
})
