import 'server-only'
import type { PulseForm } from '@/lib/schemas/survey'
import { bandToShare } from '@/lib/survey/pulse'
import { AppError, notFound } from '@/lib/core/app-error'
import { prisma } from '../client'
import type { OrgId } from '../org-id'

// The end-of-sprint pulse: answering it (own data only). Dashboards see only sealed monthly
// aggregates (lib/db/dashboards/pulse.ts); comments are private to their author.

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
  const existing = await prisma.pulseResponse.findUnique({
    where: { sprintId_membershipId: { sprintId: sprint.id, membershipId } },
    select: { id: true },
  })
  if (existing)
    throw new AppError('CONFLICT', 'You already answered the pulse for this sprint. Thank you!', { sprintId: ['Already answered.'] })
  // The unique (sprintId, membershipId) index still guards a double click racing past the check (P2002 → CONFLICT).
  const row = await prisma.pulseResponse.create({
    data: {
      organizationId: orgId,
      sprintId: sprint.id,
      membershipId,
      deepWorkShare: bandToShare(input.deepWorkShare),
      preferredModeShare: bandToShare(input.preferredModeShare),
      energy: input.energy,
      comment: input.comment ? input.comment : null,
      createdAt: now,
    },
    select: { id: true },
  })
  return { pulseId: row.id }
}
