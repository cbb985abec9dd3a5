import 'server-only'
import { buildDashboardView, type DashboardView } from '@/lib/metrics/view'
import { readCache } from '@/lib/db/read-cache'
import { getDashboardScope } from './scope'
import { getModeMix } from './mix'
import { listWindowOutcomes } from './outcomes'
import { listPersonLoads } from './load'
import { getDashboardPulse } from './pulse'
import { listSprintSeries } from './series'
import type { OrgId } from '../org-id'

/**
 * One dashboard (organisation when teamId is null, else one team): the team is checked to belong
 * to the organisation first, then the aggregate queries run in parallel and the pure metrics
 * turn them into the view. Pages and CSV routes both call this, so they always agree.
 */
export async function getDashboard(orgId: OrgId, teamId: string | null, now = new Date()): Promise<DashboardView> {
  const scope = await getDashboardScope(orgId, teamId)
  // The window's outcomes are scanned once: by mode and type for the outcomes section, by sprint for the series.
  const windowOutcomes = listWindowOutcomes(orgId, scope.teamId)
  const [mix, sprints, loads, outcomes, pulse] = await Promise.all([
    getModeMix(orgId, scope.teamId, now),
    listSprintSeries(
      orgId,
      scope.teamId,
      windowOutcomes.then((o) => o.bySprint),
    ),
    listPersonLoads(orgId, scope.teamId),
    windowOutcomes.then((o) => o.groups),
    getDashboardPulse(orgId, now),
  ])
  const teams = scope.teamId ? scope.teams.filter((t) => t.id === scope.teamId) : scope.teams
  return buildDashboardView({
    teamId: scope.teamId,
    title: scope.title,
    teams,
    anonymityThreshold: scope.anonymityThreshold,
    mix,
    sprints,
    loads,
    outcomes,
    pulse,
  })
}

/**
 * The dashboard as pages and CSV downloads read it: shared between requests for up to
 * `READ_CACHE_TTL_MS` and dropped at once by any write in the organisation (`lib/db/read-cache.ts`).
 */
export function getCachedDashboard(orgId: OrgId, teamId: string | null): Promise<DashboardView> {
  return readCache.get(orgId, `dashboard:${teamId ?? 'org'}`, () => getDashboard(orgId, teamId))
}
