import 'server-only'
import { can, type Role } from '@/lib/core/permissions'
import type { Mode } from '@/lib/matching'
import { buildPlanInput, type ItemRow } from '@/lib/planner/input'
import { parseAlternative, parseEngineerSummaries, parseMeta, parseReasons } from '@/lib/planner/meta'
import type { BoardData, Explanation } from '@/lib/planner/types'
import { encodeBoard, type Placement } from '@/lib/planner/wire'
import { notFound } from '@/lib/core/app-error'
import { readCache } from '@/lib/db/read-cache'
import { prisma } from '../client'
import type { OrgId } from '../org-id'
import { getSprintHeader, loadMemberRows, loadPolicies, planHeaderSelect, type SprintHeader } from './input'
import { getUnpublishedChanges } from './plan-views'

// What the planner pages read. Everything is scoped by orgId; unknown or foreign ids read as "none".

export type PlanVersion = {
  id: string
  version: number
  revision: number
  status: 'DRAFT' | 'PUBLISHED' | 'SUPERSEDED'
  objective: number
  createdAt: Date
  publishedAt: Date | null
  authorName: string | null
  /** The version this one was made from (re-plan, what-if, hand edits of a published one), when known. */
  basedOnVersion: number | null
}

/** Every version of the sprint's plan, newest first, with its author's name (one query). */
export function listPlanVersions(orgId: OrgId, sprintId: string): Promise<PlanVersion[]> {
  return prisma.$queryRaw<PlanVersion[]>`
    SELECT p.id, p.version, p.revision, p.status::text AS status, p.objective, p."createdAt", p."publishedAt", u.name AS "authorName",
      CASE WHEN jsonb_typeof(p.summary->'basedOnVersion') = 'number' THEN (p.summary->>'basedOnVersion')::int END AS "basedOnVersion"
    FROM "Plan" p
    LEFT JOIN "Membership" m ON m.id = p."authorId" AND m."organizationId" = ${orgId}
    LEFT JOIN "User" u ON u.id = m."userId"
    WHERE p."organizationId" = ${orgId} AND p."sprintId" = ${sprintId}
    ORDER BY p.version DESC`
}

async function findVersion(orgId: OrgId, sprintId: string, version: number) {
  return prisma.plan.findFirst({
    where: { organizationId: orgId, sprintId, version },
    select: {
      version: true,
      status: true,
      objective: true,
      summary: true,
      assignments: {
        where: { organizationId: orgId },
        select: { workItemId: true, membershipId: true, workItem: { select: { title: true } } },
      },
    },
  })
}

type BoardRow = ItemRow & {
  placed: boolean
  membershipId: string | null
  mode: Mode | null
  fit: number | null
  locked: boolean | null
  note: string | null
}

/**
 * The sprint's open items with this version's placement of each, in one query. The board ships no
 * reasons (see getExplanation), only the first one of an unassigned item: why nobody took it.
 */
function boardRows(orgId: OrgId, sprintId: string, planId: string) {
  return prisma.$queryRaw<BoardRow[]>`
    SELECT w.id, w.title, w.type::text AS type, w.hours, w.priority, w."modeOverride"::text AS "modeOverride", w."pinnedToId",
      a.id IS NOT NULL AS placed, a."membershipId", a.mode::text AS mode, a.fit, a.locked,
      CASE WHEN a.id IS NOT NULL AND a."membershipId" IS NULL THEN a.reasons->>0 END AS note
    FROM "WorkItem" w
    LEFT JOIN "Assignment" a ON a."workItemId" = w.id AND a."planId" = ${planId} AND a."organizationId" = ${orgId}
    WHERE w."organizationId" = ${orgId} AND w."sprintId" = ${sprintId} AND w.status <> 'DONE'
    ORDER BY w.priority DESC, w."createdAt" ASC, w.id ASC`
}

/**
 * The board for one version (default: the newest), or null when the sprint has no plan yet. Pass the
 * sprint header when the caller has already read it.
 */
export async function getBoard(orgId: OrgId, sprintId: string, version?: number, header?: SprintHeader): Promise<BoardData | null> {
  const sprint = header ?? (await getSprintHeader(orgId, sprintId))
  const [plan, newest] = await Promise.all([
    prisma.plan.findFirst({
      where: { organizationId: orgId, sprintId: sprint.id, ...(version ? { version } : {}) },
      orderBy: { version: 'desc' },
      select: {
        ...planHeaderSelect,
        _count: { select: { assignments: true } },
      },
    }),
    // Without a version asked for, the plan read is the newest one.
    version
      ? prisma.plan
          .aggregate({ where: { organizationId: orgId, sprintId: sprint.id }, _max: { version: true } })
          .then((r) => r._max.version)
      : null,
  ])
  if (!plan) return null
  const meta = parseMeta(plan.summary)
  const [members, rows, policies, unpublished] = await Promise.all([
    loadMemberRows(orgId, sprint),
    boardRows(orgId, sprint.id, plan.id),
    loadPolicies(orgId),
    plan.status === 'DRAFT' ? getUnpublishedChanges(orgId, sprint.id, plan) : null,
  ])
  const built = buildPlanInput({ members, items: rows, policies, scenario: meta.scenario })
  const byId = new Map(rows.map((r) => [r.id, r]))
  const placements = built.input.items.map((item): Placement | null => {
    const r = byId.get(item.id)
    if (!r?.placed) return null
    return { engineerId: r.membershipId, mode: r.mode!, fit: r.fit!, locked: r.locked!, ...(r.note ? { note: r.note } : {}) }
  })
  const shown = placements.filter(Boolean).length
  const added = placements.length - shown
  const gone = plan._count.assignments - shown
  const versionNotes = [...meta.notes]
  if (added || gone)
    versionNotes.push(
      `The sprint changed since this version (${added} item(s) added, ${gone} done or removed). Re-plan to include the changes.`,
    )
  return {
    planId: plan.id,
    sprintId: sprint.id,
    version: plan.version,
    revision: plan.revision,
    status: plan.status,
    isLatest: newest === null || plan.version === newest,
    objective: plan.objective,
    wire: encodeBoard(built.input, placements, built.names),
    names: built.names,
    meta: { ...meta, unplanned: built.unplanned, notes: versionNotes },
    unpublished,
  }
}

/** Everything the planner page shows: the sprint, the board of one version (null before the first plan) and every version. */
type PlannerView = { sprint: SprintHeader; board: BoardData | null; versions: PlanVersion[] }

async function getPlannerView(orgId: OrgId, sprintId: string, version?: number): Promise<PlannerView> {
  const sprint = await getSprintHeader(orgId, sprintId)
  const [board, versions] = await Promise.all([getBoard(orgId, sprint.id, version, sprint), listPlanVersions(orgId, sprint.id)])
  return { sprint, board, versions }
}

/**
 * The planner view for people who may read plans but not change them (leads): shared between
 * requests like the dashboards (`lib/db/read-cache.ts`), so every write in the organisation drops
 * it on every instance. People who may edit
 * always read it fresh: a move is checked against the plan's revision, and "Reload the plan" after a
 * conflict must show the plan as it is now.
 */
export function getPlannerViewFor(orgId: OrgId, role: Role, sprintId: string, version?: number): Promise<PlannerView> {
  if (can(role, 'plan:write')) return getPlannerView(orgId, sprintId, version)
  return readCache.get(orgId, `planner:${sprintId}:${version ?? 'latest'}`, () => getPlannerView(orgId, sprintId, version))
}

/**
 * For the planner's layout, which must know before the page streams whether the sprint exists (decision
 * 0043), at no more cost than the page's own read: readers get the shared view, which the page then
 * finds in the cache; editors, whose page reads everything fresh, get the sprint's row.
 */
export function findPlannerSprint(orgId: OrgId, role: Role, sprintId: string): Promise<unknown> {
  return can(role, 'plan:write') ? getSprintHeader(orgId, sprintId) : getPlannerViewFor(orgId, role, sprintId)
}

/** One card's explanation in one version; another organisation's plan or item reads as not found. */
export async function getExplanation(orgId: OrgId, planId: string, itemId: string): Promise<Explanation> {
  const row = await prisma.assignment.findFirst({
    where: { organizationId: orgId, planId, workItemId: itemId },
    select: { reasons: true, plan: { select: { summary: true } } },
  })
  if (!row) throw notFound('Work item')
  return { reasons: parseReasons(row.reasons), alternative: parseAlternative(row.plan.summary, itemId) }
}

/** Two versions of one sprint for the comparison page. */
export async function getVersionPair(orgId: OrgId, sprintId: string, a: number, b: number) {
  const sprint = await getSprintHeader(orgId, sprintId)
  const [left, right, names] = await Promise.all([
    findVersion(orgId, sprint.id, a),
    findVersion(orgId, sprint.id, b),
    prisma.membership.findMany({ where: { organizationId: orgId }, select: { id: true, user: { select: { name: true } } } }),
  ])
  if (!left || !right || left.version !== a || right.version !== b) return null
  const nameOf = Object.fromEntries(names.map((m) => [m.id, m.user.name]))
  const side = (p: NonNullable<typeof left>) => ({
    version: p.version,
    status: p.status,
    objective: p.objective,
    assignment: Object.fromEntries(p.assignments.map((x) => [x.workItemId, x.membershipId])),
    summaries: parseEngineerSummaries(p.summary, nameOf),
    meta: parseMeta(p.summary),
  })
  const titles = Object.fromEntries([...left.assignments, ...right.assignments].map((x) => [x.workItemId, x.workItem.title]))
  return { sprint, left: side(left), right: side(right), titles, names: nameOf }
}
