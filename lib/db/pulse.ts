import 'server-only'
import type { PulseForm } from '@/lib/schemas/survey'
import { suppressGroups, type SuppressionReason } from '@/lib/survey/anonymity'
import { aggregatePulse, bandToShare, shareToBand, type PulseAggregate } from '@/lib/survey/pulse'
import { AppError, notFound } from '@/lib/server/app-error'
import { prisma } from './client'
import type { OrgId } from './org-id'

// The end-of-sprint pulse: answering it (own data only) and the anonymised aggregates that
// dashboards show. Comments are private to their author and never leave this file in aggregates.

/** How long after a sprint ends its pulse is still offered (a late answer beats none). */
const PULSE_OPEN_DAYS = 28
const DAY_MS = 86_400_000

export type PendingPulseDTO = { sprintId: string; sprintName: string; teamName: string; endDate: Date }

/**
 * A sprint has ended once it is CLOSED or its last day has begun (endDate is a calendar date at
 * midnight UTC, so the pulse opens on the morning of the last day, while the sprint is fresh).
 */
const endedWhere = (now: Date) => ({ OR: [{ status: 'CLOSED' as const }, { endDate: { lte: now } }] })

/** Ended sprints of the member's teams they have not answered the pulse for yet, newest first. */
export async function listPendingPulses(orgId: OrgId, membershipId: string, now = new Date()): Promise<PendingPulseDTO[]> {
  const sprints = await prisma.sprint.findMany({
    where: {
      organizationId: orgId,
      ...endedWhere(now),
      endDate: { gte: new Date(now.getTime() - PULSE_OPEN_DAYS * DAY_MS) },
      team: { members: { some: { membershipId } } },
      pulses: { none: { membershipId } },
    },
    orderBy: { endDate: 'desc' },
    select: { id: true, name: true, endDate: true, team: { select: { name: true } } },
  })
  return sprints.map((s) => ({ sprintId: s.id, sprintName: s.name, teamName: s.team.name, endDate: s.endDate }))
}

/** Stores the member's pulse for one ended sprint of their team; once per sprint (CONFLICT after). */
export async function submitPulse(orgId: OrgId, membershipId: string, input: PulseForm, now = new Date()) {
  const sprint = await prisma.sprint.findFirst({
    where: { id: input.sprintId, organizationId: orgId, team: { members: { some: { membershipId } } } },
    select: { id: true, status: true, endDate: true },
  })
  if (!sprint) throw notFound('Sprint')
  if (sprint.status !== 'CLOSED' && sprint.endDate.getTime() > now.getTime()) {
    throw new AppError('INVALID', 'The pulse for this sprint opens on its last day.', { sprintId: ['Not ended yet.'] })
  }
  const existing = await prisma.pulseResponse.findUnique({ where: { sprintId_membershipId: { sprintId: sprint.id, membershipId } }, select: { id: true } })
  if (existing) throw new AppError('CONFLICT', 'You already answered the pulse for this sprint. Thank you!', { sprintId: ['Already answered.'] })
  // The unique (sprintId, membershipId) index still guards a double click racing past the check (P2002 → CONFLICT).
  const row = await prisma.pulseResponse.create({
    data: {
      organizationId: orgId, sprintId: sprint.id, membershipId,
      deepWorkShare: bandToShare(input.deepWorkShare), preferredModeShare: bandToShare(input.preferredModeShare),
      energy: input.energy, comment: input.comment ? input.comment : null, createdAt: now,
    },
    select: { id: true },
  })
  return { pulseId: row.id }
}

export type PulseCell = {
  responses: number
  visible: boolean
  /** Why the figures are hidden; absent when visible. */
  reason?: SuppressionReason
  /** Null whenever hidden: callers cannot show what they never receive. */
  aggregate: PulseAggregate | null
}

export type PulseAggregates = {
  threshold: number
  /** All selected sprints together (the org, or the team when `teamId` is given). */
  total: PulseCell
  sprints: (PulseCell & { sprintId: string; sprintName: string; teamId: string; teamName: string; endDate: Date })[]
}

type Row = { sprintId: string; membershipId: string; deepWorkShare: number; preferredModeShare: number; energy: number }

const toScores = (rows: Row[]) =>
  rows.map((r) => ({ deepWorkShare: shareToBand(r.deepWorkShare), preferredModeShare: shareToBand(r.preferredModeShare), energy: r.energy }))

/**
 * Pulse aggregates per sprint (each sprint belongs to one team, so concurrent sprints of several
 * teams are the team breakdown) and for all selected sprints together, with every figure about
 * fewer people than the organisation's threshold withheld. Complementary suppression
 * (lib/survey/anonymity.ts) also hides a visible sprint when the total minus the visible ones
 * would reveal a small hidden one. Show figures from one call together; mixing calls with
 * different selections can re-open the subtraction this guards against.
 */
export async function getPulseAggregates(orgId: OrgId, options: { teamId?: string; sprintIds: readonly string[] }): Promise<PulseAggregates> {
  const [org, sprints] = await Promise.all([
    prisma.organization.findUniqueOrThrow({ where: { id: orgId }, select: { anonymityThreshold: true } }),
    prisma.sprint.findMany({
      where: { organizationId: orgId, id: { in: [...options.sprintIds] }, ...(options.teamId ? { teamId: options.teamId } : {}) },
      orderBy: [{ endDate: 'asc' }, { name: 'asc' }],
      select: { id: true, name: true, endDate: true, team: { select: { id: true, name: true } } },
    }),
  ])
  const rows: Row[] = await prisma.pulseResponse.findMany({
    where: { organizationId: orgId, sprintId: { in: sprints.map((s) => s.id) } },
    select: { sprintId: true, membershipId: true, deepWorkShare: true, preferredModeShare: true, energy: true },
  })
  const bySprint = new Map(sprints.map((s) => [s.id, rows.filter((r) => r.sprintId === s.id)]))
  // One response per person per sprint, so responses are people within a sprint; the total counts
  // responses (a partition of the cells) and is additionally checked in distinct people below.
  const result = suppressGroups({
    total: { id: 'total', size: rows.length },
    groups: sprints.map((s) => ({ id: s.id, size: bySprint.get(s.id)?.length ?? 0 })),
    threshold: org.anonymityThreshold,
  })
  const hiddenPeople = new Set(rows.filter((r) => !result.groups.get(r.sprintId)?.visible).map((r) => r.membershipId)).size
  const totalPeople = new Set(rows.map((r) => r.membershipId)).size
  const cell = (cellRows: Row[], visibility: { visible: boolean; reason?: SuppressionReason }): PulseCell =>
    visibility.visible
      ? { responses: cellRows.length, visible: true, aggregate: aggregatePulse(toScores(cellRows)) }
      : { responses: cellRows.length, visible: false, reason: visibility.reason, aggregate: null }
  // A total over few distinct people (the same few answering many sprints) is still about few people;
  // and if the hidden cells hold fewer than `threshold` people, the total would reveal them by subtraction.
  const totalVisibility =
    totalPeople < result.threshold
      ? { visible: false, reason: 'total-below-threshold' as const }
      : hiddenPeople > 0 && hiddenPeople < result.threshold
        ? { visible: false, reason: 'complementary' as const }
        : result.total
  return {
    threshold: result.threshold,
    total: cell(rows, totalVisibility),
    sprints: sprints.map((s) => {
      const cellRows = bySprint.get(s.id) ?? []
      const visibility = totalPeople < result.threshold ? { visible: false, reason: 'total-below-threshold' as const } : result.groups.get(s.id) ?? { visible: false }
      return { sprintId: s.id, sprintName: s.name, teamId: s.team.id, teamName: s.team.name, endDate: s.endDate, ...cell(cellRows, visibility) }
    }),
  }
}
