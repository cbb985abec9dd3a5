import type { PersonSprintLoad } from './deep-work'
import type { ModeMixData } from './mode-mix'
import type { OutcomeGroupRow } from './outcomes'
import type { PulseVisibility } from './pulse-visibility'
import type { DataTable } from './table'
import type { SprintInfo } from './trends'
import { buildDeepWorkView, type DeepWorkView } from './view-deep-work'
import { buildMixView, type MixView } from './view-mix'
import { buildRiskView, type RiskView } from './view-risk'
import { buildSupplyView, type SupplyView } from './view-supply'
import { buildOutcomesView, buildTrendsView, type OutcomesView, type TrendsView } from './view-trends'

/** Everything lib/db loads for one dashboard: already aggregated rows, no individual answers. */
export interface DashboardData {
  teamId: string | null
  title: string
  /** The teams shown: all of the organisation's, or the one team. */
  teams: { id: string; name: string }[]
  anonymityThreshold: number
  mix: ModeMixData
  sprints: SprintInfo[]
  loads: PersonSprintLoad[]
  outcomes: OutcomeGroupRow[]
  /** Every team's and the organisation's, by ended month, whatever the scope (lib/db/dashboards/pulse.ts). */
  pulse: PulseVisibility
}

export interface DashboardView {
  scope: 'org' | 'team'
  teamId: string | null
  title: string
  teams: { id: string; name: string }[]
  anonymityThreshold: number
  mix: MixView
  supply: SupplyView
  deepWork: DeepWorkView
  risk: RiskView
  trends: TrendsView
  outcomes: OutcomesView
}

export function buildDashboardView(data: DashboardData): DashboardView {
  const scope = data.teamId ? 'team' : 'org'
  return {
    scope,
    teamId: data.teamId,
    title: data.title,
    teams: data.teams,
    anonymityThreshold: data.anonymityThreshold,
    mix: buildMixView(data.mix, data.title, scope),
    supply: buildSupplyView(data.sprints, data.teams, scope),
    deepWork: buildDeepWorkView(data.sprints, data.loads, data.teams),
    risk: buildRiskView(data.sprints, data.loads, data.mix, data.teams, scope),
    trends: buildTrendsView(data.teamId, data.sprints, data.loads, data.pulse),
    outcomes: buildOutcomesView(data.outcomes),
  }
}

/** Every downloadable table, by id (the CSV route's `section`). */
export function dashboardTables(view: DashboardView): DataTable[] {
  return [
    view.mix.table,
    view.supply.table,
    view.deepWork.teamTable,
    view.deepWork.table,
    view.risk.preferredTable,
    view.risk.table,
    view.trends.table,
    view.trends.pulseTable,
    view.outcomes.modeTable,
    view.outcomes.typeTable,
  ]
}

export const DASHBOARD_TABLE_IDS = [
  'mode-mix',
  'supply-demand',
  'deep-work-teams',
  'deep-work',
  'preferred-mode',
  'risk',
  'trends',
  'pulse',
  'outcomes-by-mode',
  'outcomes-by-type',
] as const
