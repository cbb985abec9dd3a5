import 'server-only'
import { notFound } from '@/lib/core/app-error'
import type { Mode } from '@/lib/core/work-types'
import type { ApiPlanVersion } from '@/lib/schemas/api/plans'
import type { TokenActor } from './tokens'
import { prisma } from '../client'
import type { OrgId } from '../org-id'
import { getSprintHeader } from '../planner/input'
import { createPlan, replan } from '../planner/plans'
import { publishPlan } from '../planner/publish'
import { listPlanVersions, type PlanVersion } from '../planner/reads'

// Plan versions as the API shows them; creating, re-planning and publishing are the planner's own
// functions, so the API gets the board's revision checks and decision 0055 unchanged.

const toApi = (v: PlanVersion): ApiPlanVersion => ({
  id: v.id,
  version: v.version,
  revision: v.revision,
  status: v.status,
  objective: v.objective,
  basedOnVersion: v.basedOnVersion,
  createdAt: v.createdAt.toISOString(),
  publishedAt: v.publishedAt?.toISOString() ?? null,
})

export async function listApiPlanVersions(orgId: OrgId, sprintId: string): Promise<ApiPlanVersion[]> {
  await getSprintHeader(orgId, sprintId)
  return (await listPlanVersions(orgId, sprintId)).map(toApi)
}

async function getVersion(orgId: OrgId, sprintId: string, version: number): Promise<ApiPlanVersion> {
  const found = (await listApiPlanVersions(orgId, sprintId)).find((v) => v.version === version)
  if (!found) throw notFound('Plan version')
  return found
}

type AssignmentRow = {
  workItemId: string
  title: string
  membershipId: string | null
  mode: string
  fit: number
  locked: boolean
  reasons: unknown
}

export async function getApiPlanVersion(orgId: OrgId, sprintId: string, version: number) {
  const plan = await getVersion(orgId, sprintId, version)
  const rows = await prisma.$queryRaw<AssignmentRow[]>`
    SELECT a."workItemId", w.title, a."membershipId", a.mode::text AS mode, a.fit, a.locked, a.reasons
    FROM "Assignment" a JOIN "WorkItem" w ON w.id = a."workItemId" AND w."organizationId" = ${orgId}
    WHERE a."planId" = ${plan.id} AND a."organizationId" = ${orgId}
    ORDER BY w.priority DESC, w."createdAt" ASC, w.id ASC`
  const assignments = rows.map((r) => ({
    ...r,
    mode: r.mode as Mode,
    reasons: Array.isArray(r.reasons) ? r.reasons.filter((x): x is string => typeof x === 'string') : [],
  }))
  return { ...plan, assignments }
}

const authorOf = (actor: TokenActor) => ({ userId: actor.userId, membershipId: actor.membershipId })

export async function createApiPlan(orgId: OrgId, actor: TokenActor, sprintId: string, baseVersion: number) {
  const saved = await createPlan(orgId, authorOf(actor), { sprintId, baseVersion })
  return getVersion(orgId, sprintId, saved.version)
}

/** `revision` is the one the caller read (If-Match); a stale one is refused by the planner's claim. */
export async function replanApiVersion(orgId: OrgId, actor: TokenActor, sprintId: string, version: number, revision: number) {
  const base = await getVersion(orgId, sprintId, version)
  const saved = await replan(orgId, authorOf(actor), { planId: base.id, revision })
  return getVersion(orgId, sprintId, saved.version)
}

export async function publishApiVersion(orgId: OrgId, actor: TokenActor, sprintId: string, version: number, revision: number) {
  const plan = await getVersion(orgId, sprintId, version)
  await publishPlan(orgId, actor.userId, { planId: plan.id, revision })
  return getVersion(orgId, sprintId, version)
}
