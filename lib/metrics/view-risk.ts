import { MODE_LABELS } from '../core/work-types'
import type { PersonSprintLoad } from './deep-work'
import { formatHoursPlain, sharePct } from '../core/format'
import type { ModeMixData } from './mode-mix'
import {
  atrophyMessage,
  concentrationMessage,
  craftConcentration,
  isSkillAtrophying,
  PREFERRED_SHARE_FLOOR,
  preferredModeShares,
  RISK_WINDOW,
  talentLossRisks,
  type Concentration,
  type TalentLossRisk,
} from './risk'
import { groupBy } from './group'
import type { DataTable } from './table'
import type { SprintInfo } from './trends'
import { roundHours } from './types'

/** A bar of the mismatch chart: a person (team dashboard) or a team (organisation dashboard). */
interface PreferredShareBar {
  label: string
  plannedHours: number
  preferredShare: number
}

export interface RiskView {
  talentLoss: (TalentLossRisk & { teamName: string })[]
  concentration: { teamName: string; concentration: Concentration; message: string | null }[]
  atrophy: { teamName: string; message: string }[]
  /** Teams without enough planned sprints to judge. */
  unplannedTeams: string[]
  /** How much planned time was in people's preferred mode, over the same window as the risks. */
  preferred: PreferredShareBar[]
  preferredTable: DataTable
  table: DataTable
}

/** A team's people together: their hours in their preferred modes over all their planned hours. */
function teamPreferredShare(label: string, people: ReturnType<typeof preferredModeShares>): PreferredShareBar[] {
  const planned = people.reduce((sum, p) => sum + p.plannedHours, 0)
  const inPreferred = people.reduce((sum, p) => sum + p.preferredShare * p.plannedHours, 0)
  return planned > 0 ? [{ label, plannedHours: planned, preferredShare: inPreferred / planned }] : []
}

export function buildRiskView(
  sprints: readonly SprintInfo[],
  loads: readonly PersonSprintLoad[],
  mix: ModeMixData,
  teams: readonly { id: string; name: string }[],
  scope: 'org' | 'team',
): RiskView {
  const view: Omit<RiskView, 'table' | 'preferredTable'> = {
    talentLoss: [],
    concentration: [],
    atrophy: [],
    unplannedTeams: [],
    preferred: [],
  }
  const loadsBySprint = groupBy(loads, (l) => l.sprintId)
  const sprintsByTeam = groupBy(sprints, (s) => s.teamId)
  for (const team of teams) {
    const planned = (sprintsByTeam.get(team.id) ?? []).filter((s) => s.planStatus !== null).sort((a, b) => a.slot - b.slot)
    if (planned.length === 0) {
      view.unplannedTeams.push(team.name)
      continue
    }
    const teamLoads = planned.slice(0, RISK_WINDOW).flatMap((s) => loadsBySprint.get(s.sprintId) ?? [])
    view.talentLoss.push(...talentLossRisks(teamLoads).map((r) => ({ ...r, teamName: team.name })))
    const shares = preferredModeShares(teamLoads)
    view.preferred.push(
      ...(scope === 'team'
        ? shares.map((p) => ({ label: p.name, plannedHours: p.plannedHours, preferredShare: p.preferredShare }))
        : teamPreferredShare(team.name, shares)),
    )
    const counts = mix.teams.find((t) => t.teamId === team.id)
    const teamSize = counts ? counts.orchestration + counts.craft + counts.hybrid : 0
    const concentration = craftConcentration(teamLoads, teamSize)
    if (concentration)
      view.concentration.push({
        teamName: team.name,
        concentration,
        message: concentration.risky ? concentrationMessage(team.name, concentration) : null,
      })
    const craftBySprint = planned.map((s) => (loadsBySprint.get(s.sprintId) ?? []).reduce((sum, l) => sum + l.hours.craft, 0))
    if (isSkillAtrophying(craftBySprint)) view.atrophy.push({ teamName: team.name, message: atrophyMessage(team.name) })
  }
  const rows = [
    ...view.talentLoss.map((r) => ({
      risk: 'Talent loss',
      team: r.teamName,
      people: r.name,
      detail: `${Math.round(r.preferredShare * 100)}% of ${formatHoursPlain(r.plannedHours)} planned in preferred mode (${MODE_LABELS[r.preferred]})`,
      sharePct: sharePct(r.preferredShare),
    })),
    ...view.concentration
      .filter((c) => c.concentration.risky)
      .map((c) => ({
        risk: 'Single point of failure',
        team: c.teamName,
        people: c.concentration.holders
          .slice(0, 2)
          .map((h) => h.name)
          .join(', '),
        detail: `Top two hold ${Math.round(c.concentration.topShare * 100)}% of ${formatHoursPlain(c.concentration.totalHours)} craft-critical work`,
        sharePct: sharePct(c.concentration.topShare),
      })),
    ...view.atrophy.map((a) => ({ risk: 'Skill atrophy', team: a.teamName, people: '', detail: a.message, sharePct: null })),
  ]
  return {
    ...view,
    preferredTable: {
      id: 'preferred-mode',
      caption: `Planned time in the preferred mode ${scope === 'team' ? 'per person' : 'per team'}, last ${RISK_WINDOW} planned sprints (below ${Math.round(PREFERRED_SHARE_FLOOR * 100)}% is a talent-loss risk)`,
      columns: [
        { key: 'who', label: scope === 'team' ? 'Person' : 'Team' },
        { key: 'planned', label: 'Planned (h)', numeric: true },
        { key: 'sharePct', label: 'In preferred mode (%)', numeric: true },
      ],
      rows: view.preferred.map((p) => ({ who: p.label, planned: roundHours(p.plannedHours), sharePct: sharePct(p.preferredShare) })),
    },
    table: {
      id: 'risk',
      caption: `Mismatch and risk over the last ${RISK_WINDOW} planned sprints`,
      columns: [
        { key: 'risk', label: 'Risk' },
        { key: 'team', label: 'Team' },
        { key: 'people', label: 'People' },
        { key: 'detail', label: 'Detail' },
        { key: 'sharePct', label: 'Share (%)', numeric: true },
      ],
      rows,
    },
  }
}
