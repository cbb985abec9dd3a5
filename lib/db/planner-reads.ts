import 'server-only'
import { parseEngineerSummaries, parseReasons, parseSummary } from '@/lib/planner/meta'
import type { BoardData, CardView } from '@/lib/planner/types'
import { prisma } from './client'
import type { OrgId } from './org-id'
import { getSprintHeader, loadPlanningInput } from './planner-input'

// What the planner pages read. Everything is scoped by orgId; unknown or foreign ids read as "none".

export async function listPlanVersions(orgId: OrgId, sprintId: string) {
  const plans = await prisma.plan.findMany({
    where: { organizationId: orgId, sprintId },
    orderBy: { version: 'desc' },
    select: { id: true, version: true, revision: true, status: true, objective: true, createdAt: true, publishedAt: true, author: { select: { user: { select: { name: true } } } } },
  })
  return plans.map(({ author, ...p }) => ({ ...p, authorName: author?.user.name ?? null }))
}
export type PlanVersion = Awaited<ReturnType<typeof listPlanVersions>>[number]

async function findPlan(orgId: OrgId, sprintId: string, version?: number) {
  return prisma.plan.findFirst({
    where: { organizationId: orgId, sprintId, ...(version ? { version } : {}) },
    orderBy: { version: 'desc' },
    select: {
      id: true, version: true, revision: true, status: true, objective: true, summary: true,
      assignments: {
        where: { organizationId: orgId },
        select: { workItemId: true, membershipId: true, mode: true, fit: true, value: true, reasons: true, locked: true, workItem: { select: { title: true, type: true, hours: true, priority: true, pinnedToId: true } } },
      },
    },
  })
}

/** The board for one version (default: the newest), or null when the sprint has no plan yet. */
export async function getBoard(orgId: OrgId, sprintId: string, version?: number): Promise<BoardData | null> {
  const sprint = await getSprintHeader(orgId, sprintId)
  const [plan, newest] = await Promise.all([
    findPlan(orgId, sprint.id, version),
    prisma.plan.aggregate({ where: { organizationId: orgId, sprintId: sprint.id }, _max: { version: true } }),
  ])
  if (!plan) return null
  const meta = parseSummary(plan.summary)
  const built = await loadPlanningInput(orgId, sprint, meta.scenario)
  const present = new Set(built.input.items.map((i) => i.id))
  const cards: CardView[] = plan.assignments
    .filter((a) => present.has(a.workItemId))
    .map((a) => ({
      itemId: a.workItemId,
      title: a.workItem.title,
      type: a.workItem.type,
      hours: a.workItem.hours,
      priority: a.workItem.priority,
      mode: a.mode,
      engineerId: a.membershipId,
      fit: a.fit,
      value: a.value,
      reasons: parseReasons(a.reasons),
      alternative: meta.alternatives[a.workItemId] ?? null,
      locked: a.locked,
      pinnedTo: a.workItem.pinnedToId,
    }))
    .sort((x, y) => y.priority - x.priority || y.hours - x.hours || x.title.localeCompare(y.title))
  const inPlan = new Set(plan.assignments.map((a) => a.workItemId))
  const added = built.input.items.filter((i) => !inPlan.has(i.id)).length
  const gone = plan.assignments.length - cards.length
  const notes = [...meta.notes]
  if (added || gone) notes.push(`The sprint changed since this version (${added} item(s) added, ${gone} done or removed). Re-plan to include the changes.`)
  return {
    planId: plan.id, sprintId: sprint.id, version: plan.version, revision: plan.revision, status: plan.status,
    isLatest: plan.version === newest._max.version, objective: plan.objective,
    input: built.input, names: built.names, cards, meta: { ...meta, unplanned: built.unplanned, notes },
  }
}

/** Two versions of one sprint for the comparison page. */
export async function getVersionPair(orgId: OrgId, sprintId: string, a: number, b: number) {
  const sprint = await getSprintHeader(orgId, sprintId)
  const [left, right, names] = await Promise.all([
    findPlan(orgId, sprint.id, a),
    findPlan(orgId, sprint.id, b),
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
    meta: parseSummary(p.summary),
  })
  const titles = Object.fromEntries([...left.assignments, ...right.assignments].map((x) => [x.workItemId, x.workItem.title]))
  return { sprint, left: side(left), right: side(right), titles, names: nameOf }
}
