import 'server-only'
import { dashboardTables } from '@/lib/metrics/view'
import { getCachedDashboard } from '../dashboards/dashboard'
import type { OrgId } from '../org-id'

// The dashboard through the API: the very view the page renders and the CSV routes download, so its
// figures, and what the anonymity rules hide, are the same everywhere.

export async function getApiDashboard(orgId: OrgId, teamId: string | null) {
  const view = await getCachedDashboard(orgId, teamId)
  return {
    scope: view.scope,
    teamId: view.teamId,
    title: view.title,
    anonymityThreshold: view.anonymityThreshold,
    tables: dashboardTables(view).map(({ id, caption, columns, rows }) => ({ id, caption, columns, rows })),
  }
}
