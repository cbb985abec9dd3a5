import 'server-only'
import { z } from 'zod'
import {
  EMPTY_SEAL,
  endedPeriods,
  periodOf,
  periodStart,
  PULSE_PERIODS,
  sealPeriod,
  showPeriod,
  type PeriodSeal,
} from '@/lib/metrics/pulse-periods'
import type { PulseVisibility } from '@/lib/metrics/pulse-visibility'
import { prisma } from '../client'
import type { OrgId } from '../org-id'

const sealSchema: z.ZodType<PeriodSeal> = z.object({
  cells: z.array(
    z.object({
      teamId: z.string(),
      responses: z.number(),
      deepWorkPctSum: z.number(),
      preferredModePctSum: z.number(),
      energySum: z.number(),
    }),
  ),
  people: z.array(z.array(z.string())),
})

/**
 * Seals the ended months that have none yet: each month's answers (by the time they were given)
 * summed per team of their sprint. Concurrent readers may both compute a month; the unique index
 * keeps the first, and everyone then reads that one, so a month never shows two versions.
 */
async function sealMissing(orgId: OrgId, periods: readonly string[]) {
  if (periods.length === 0) return
  const from = periodStart(periods[0])
  const last = periodStart(periods[periods.length - 1])
  const to = new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 1))
  const rows = await prisma.pulseResponse.findMany({
    where: { organizationId: orgId, createdAt: { gte: from, lt: to } },
    select: {
      membershipId: true,
      deepWorkShare: true,
      preferredModeShare: true,
      energy: true,
      createdAt: true,
      sprint: { select: { teamId: true } },
    },
  })
  await prisma.pulsePeriodSeal.createMany({
    data: periods.map((period) => ({
      organizationId: orgId,
      period: periodStart(period),
      seal: sealPeriod(rows.filter((r) => periodOf(r.createdAt) === period).map((r) => ({ ...r, teamId: r.sprint.teamId }))) as object,
    })),
    skipDuplicates: true,
  })
}

/**
 * Pulse figures of the last PULSE_PERIODS ended months, every team's and the organisation's,
 * whatever the page: team pages and the organisation page show cells of the same suppression,
 * and no month changes once shown, so neither pages nor reads can be subtracted (decision 0044).
 * The running month is never shown: its answers are still coming in.
 */
export async function getDashboardPulse(orgId: OrgId, now = new Date()): Promise<PulseVisibility> {
  const periods = endedPeriods(now, PULSE_PERIODS)
  const where = { organizationId: orgId, period: { in: periods.map(periodStart) } }
  const [org, sealed] = await Promise.all([
    prisma.organization.findUniqueOrThrow({ where: { id: orgId }, select: { anonymityThreshold: true } }),
    prisma.pulsePeriodSeal.findMany({ where, select: { period: true, seal: true } }),
  ])
  const known = new Set(sealed.map((s) => periodOf(s.period)))
  const missing = periods.filter((p) => !known.has(p))
  await sealMissing(orgId, missing)
  const seals = missing.length ? await prisma.pulsePeriodSeal.findMany({ where, select: { period: true, seal: true } }) : sealed
  const byPeriod = new Map(seals.map((s) => [periodOf(s.period), sealSchema.parse(s.seal)]))
  return periods.map((period) => showPeriod(period, byPeriod.get(period) ?? EMPTY_SEAL, org.anonymityThreshold))
}
