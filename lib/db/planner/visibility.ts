import 'server-only'
import { parseEngineerSummaries, parseReasons } from '@/lib/planner/meta'
import { notFound } from '@/lib/core/app-error'
import { prisma } from '../client'
import type { OrgId } from '../org-id'

// Who may read which plan: planners (plan:read) every version; other members only published plans
// of sprints of their own teams, never drafts.

type Viewer = { membershipId: string; canReadDrafts: boolean }

export async function getVisiblePlan(orgId: OrgId, planId: string, viewer: Viewer) {
  const plan = await prisma.plan.findFirst({
    where: {
      id: planId,
      organizationId: orgId,
      ...(viewer.canReadDrafts
        ? {}
        : {
            status: { in: ['PUBLISHED', 'SUPERSEDED'] },
            sprint: { team: { members: { some: { membershipId: viewer.membershipId, organizationId: orgId } } } },
          }),
    },
    select: {
      id: true,
      version: true,
      status: true,
      summary: true,
      sprint: { select: { id: true, name: true, startDate: true, endDate: true } },
      assignments: {
        where: { organizationId: orgId },
        select: {
          workItemId: true,
          membershipId: true,
          mode: true,
          fit: true,
          value: true,
          reasons: true,
          locked: true,
          workItem: { select: { title: true, type: true, hours: true, priority: true, externalKey: true } },
          membership: { select: { user: { select: { name: true } }, profile: { select: { deepWorkHoursPerDay: true } } } },
        },
      },
    },
  })
  if (!plan) throw notFound('Plan')
  return plan
}

/** The engineer's items in the newest published plan of their team's active sprint. */
export async function getMySprint(orgId: OrgId, membershipId: string) {
  const sprint = await prisma.sprint.findFirst({
    where: { organizationId: orgId, status: 'ACTIVE', team: { members: { some: { membershipId, organizationId: orgId } } } },
    orderBy: { startDate: 'desc' },
    select: { id: true, name: true, startDate: true, endDate: true, team: { select: { name: true } } },
  })
  if (!sprint) return { sprint: null, plan: null }
  const plan = await prisma.plan.findFirst({
    where: { organizationId: orgId, sprintId: sprint.id, status: 'PUBLISHED' },
    orderBy: { version: 'desc' },
    select: {
      id: true,
      version: true,
      publishedAt: true,
      summary: true,
      assignments: {
        where: { organizationId: orgId, membershipId },
        select: {
          workItemId: true,
          mode: true,
          fit: true,
          reasons: true,
          workItem: { select: { title: true, type: true, hours: true, priority: true } },
        },
      },
    },
  })
  if (!plan) return { sprint, plan: null }
  const balance = parseEngineerSummaries(plan.summary, {}).find((s) => s.engineerId === membershipId) ?? null
  const items = plan.assignments
    .map((a) => ({ itemId: a.workItemId, mode: a.mode, fit: a.fit, reasons: parseReasons(a.reasons), ...a.workItem }))
    .sort((x, y) => y.priority - x.priority || x.title.localeCompare(y.title))
  return { sprint, plan: { id: plan.id, version: plan.version, publishedAt: plan.publishedAt, items, balance } }
}
