import { MODES, MODE_LABELS } from '../core/work-types'
import { describeSupplyDemand, supplyDemandSummary, type SupplyFinding } from './supply-demand'
import type { DataTable } from './table'
import type { SprintInfo } from './trends'
import { roundHours, sumModeHours, type ModeHours } from './types'

interface SupplyTeamView {
  teamId: string
  teamName: string
  sprintId: string
  sprintName: string
  demand: ModeHours
  supply: ModeHours
  findings: SupplyFinding[]
  summary: string
}

export interface SupplyView {
  current: SupplyTeamView[]
  /** Teams without an active sprint. */
  idleTeams: string[]
  total: { demand: ModeHours; supply: ModeHours; summary: string } | null
  table: DataTable
}

/** A team's current sprint: its newest ACTIVE sprint. */
function currentSprints(sprints: readonly SprintInfo[]): SprintInfo[] {
  const byTeam = new Map<string, SprintInfo>()
  for (const s of sprints) {
    if (s.status !== 'ACTIVE') continue
    const seen = byTeam.get(s.teamId)
    if (!seen || s.slot < seen.slot) byTeam.set(s.teamId, s)
  }
  return [...byTeam.values()].sort((a, b) => a.teamName.localeCompare(b.teamName))
}

export function buildSupplyView(
  sprints: readonly SprintInfo[],
  teams: readonly { id: string; name: string }[],
  scope: 'org' | 'team',
): SupplyView {
  const current = currentSprints(sprints).map((s) => {
    const input = { demand: s.demand, supply: s.capacity }
    return {
      teamId: s.teamId,
      teamName: s.teamName,
      sprintId: s.sprintId,
      sprintName: s.name,
      demand: s.demand,
      supply: s.capacity,
      findings: describeSupplyDemand(input),
      summary: supplyDemandSummary(input),
    }
  })
  const active = new Set(current.map((c) => c.teamId))
  const idleTeams = teams.filter((t) => !active.has(t.id)).map((t) => t.name)
  let total: SupplyView['total'] = null
  if (scope === 'org' && current.length > 0) {
    const demand = sumModeHours(current.map((c) => c.demand))
    const supply = sumModeHours(current.map((c) => c.supply))
    total = { demand, supply, summary: supplyDemandSummary({ demand, supply }) }
  }
  const groups = [
    ...current.map((c) => ({ team: c.teamName, sprint: c.sprintName, demand: c.demand, supply: c.supply })),
    ...(total ? [{ team: 'All teams', sprint: 'Current sprints', ...total }] : []),
  ]
  return {
    current,
    idleTeams,
    total,
    table: {
      id: 'supply-demand',
      caption: 'Current sprint: hours of work per recommended mode against capacity by primary type',
      columns: [
        { key: 'team', label: 'Team' },
        { key: 'sprint', label: 'Sprint' },
        { key: 'mode', label: 'Mode' },
        { key: 'demand', label: 'Work (h)', numeric: true },
        { key: 'supply', label: 'Capacity (h)', numeric: true },
        { key: 'gap', label: 'Capacity minus work (h)', numeric: true },
      ],
      rows: groups.flatMap((g) =>
        MODES.map((m) => ({
          team: g.team,
          sprint: g.sprint,
          mode: MODE_LABELS[m],
          demand: roundHours(g.demand[m]),
          supply: roundHours(g.supply[m]),
          gap: roundHours(g.supply[m] - g.demand[m]),
        })),
      ),
    },
  }
}
