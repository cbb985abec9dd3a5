import 'server-only'
import { changesFor, countChanges, publishedHoursOf, type EngineerChanges, type PlannedItem } from '@/lib/planner/published-changes'
import { notFound } from '@/lib/core/app-error'
import { prisma, type Tx } from '../client'
import type { OrgId } from '../org-id'

// Which published version each engineer last looked at (PlanView, one row per person and sprint), and
// what changed for them since (decision 0055). Reading never writes: "Got it" records the view.

type Db = Tx | typeof prisma

/**
 * A version's items as its people got them. `published`: the version's stored hours at publishing
 * stand in for the items' current hours (a draft, not yet published, has only the current ones).
 */
export async function loadPlannedItems(
  db: Db,
  orgId: OrgId,
  plan: { id: string; summary: unknown },
  published: boolean,
  membershipId?: string,
): Promise<PlannedItem[]> {
  const rows = await db.assignment.findMany({
    where: { organizationId: orgId, planId: plan.id, ...(membershipId ? { membershipId } : {}) },
    select: { workItemId: true, membershipId: true, mode: true, workItem: { select: { title: true, hours: true } } },
  })
  const hours = published ? publishedHoursOf(plan.summary) : {}
  return rows.map((r) => ({
    itemId: r.workItemId,
    title: r.workItem.title,
    engineerId: r.membershipId,
    mode: r.mode,
    hours: hours[r.workItemId] ?? r.workItem.hours,
  }))
}

/**
 * What changed for the engineer between the published version they last looked at and `planId` (the
 * one My sprint shows), or null: nothing seen yet (no baseline, so nothing to compare) or up to date.
 */
export async function getChangesSinceSeen(
  orgId: OrgId,
  membershipId: string,
  planId: string,
): Promise<(EngineerChanges & { planId: string; version: number; seenVersion: number }) | null> {
  const current = await prisma.plan.findFirst({
    where: { id: planId, organizationId: orgId },
    select: { id: true, sprintId: true, version: true, summary: true },
  })
  if (!current) return null
  const view = await prisma.planView.findFirst({
    where: { organizationId: orgId, membershipId, sprintId: current.sprintId },
    select: { plan: { select: { id: true, version: true, summary: true } } },
  })
  if (!view || view.plan.version >= current.version) return null
  const [before, after] = await Promise.all([
    loadPlannedItems(prisma, orgId, view.plan, true, membershipId),
    loadPlannedItems(prisma, orgId, current, true, membershipId),
  ])
  return { ...changesFor(membershipId, before, after), planId: current.id, version: current.version, seenVersion: view.plan.version }
}

/**
 * "Got it" on My sprint: the engineer has seen this published version. Only a published plan of a
 * sprint of one of the engineer's own teams can be recorded; anything else reads as not found.
 */
export async function recordPlanSeen(orgId: OrgId, membershipId: string, planId: string, now = new Date()) {
  const plan = await prisma.plan.findFirst({
    where: {
      id: planId,
      organizationId: orgId,
      status: 'PUBLISHED',
      sprint: { team: { members: { some: { membershipId, organizationId: orgId } } } },
    },
    select: { id: true, sprintId: true, version: true },
  })
  if (!plan) throw notFound('Plan')
  await prisma.planView.upsert({
    where: { membershipId_sprintId: { membershipId, sprintId: plan.sprintId }, organizationId: orgId },
    create: { organizationId: orgId, membershipId, sprintId: plan.sprintId, planId: plan.id, seenAt: now },
    update: { planId: plan.id, seenAt: now },
  })
  return { planId: plan.id, version: plan.version }
}

/** The board's banner over a draft: the sprint's published version and how many items the draft changes. */
export async function getUnpublishedChanges(orgId: OrgId, sprintId: string, draft: { id: string; summary: unknown }) {
  const published = await prisma.plan.findFirst({
    where: { organizationId: orgId, sprintId, status: 'PUBLISHED' },
    orderBy: { version: 'desc' },
    select: { id: true, version: true, summary: true },
  })
  if (!published) return null
  const [before, after] = await Promise.all([
    loadPlannedItems(prisma, orgId, published, true),
    loadPlannedItems(prisma, orgId, draft, false),
  ])
  return { publishedVersion: published.version, changes: countChanges(before, after) }
}
