import 'server-only'
import type { PulseGroupRow } from '@/lib/metrics/pulse-visibility'
import { prisma } from './client'
import { windowCtes } from './dashboard-sql'
import type { OrgId } from './org-id'

/**
 * Pulse sums per team sprint of the trend window, for EVERY team of the organisation whatever the
 * page: suppression must see the whole partition (lib/metrics/pulse-visibility.ts). Sums, not
 * averages, so slot totals can be combined exactly; individual answers never leave the database.
 */
export async function listPulseGroups(orgId: OrgId): Promise<PulseGroupRow[]> {
  return prisma.$queryRaw<PulseGroupRow[]>`
    WITH ${windowCtes(orgId, null)}
    SELECT r.id AS "sprintId", r."teamId", r.slot, count(*)::int AS responses,
           sum(pr."deepWorkShare")::float8 AS "deepWorkSum", sum(pr."preferredModeShare")::float8 AS "preferredModeSum",
           sum(pr.energy)::float8 AS "energySum"
    FROM "PulseResponse" pr
    JOIN recent r ON r.id = pr."sprintId"
    WHERE pr."organizationId" = ${orgId}
    GROUP BY r.id, r."teamId", r.slot`
}
