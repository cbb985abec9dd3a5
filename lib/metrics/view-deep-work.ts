import { MODE_LABELS } from '../core/work-types'
import {
  assessDeepWork,
  craftDeepWorkAverage,
  DEEP_WORK_FLAG_LABELS,
  sortDeepWork,
  type DeepWorkRow,
  type PersonSprintLoad,
} from './deep-work'
import { sharePct } from '../core/format'
import { groupBy } from './group'
import type { DataTable } from './table'
import type { SprintInfo } from './trends'
import { roundHours } from './types'

interface DeepWorkFocus {
  teamId: string
  teamName: string
  sprintId: string | null
  sprintName: string | null
  planStatus: 'PUBLISHED' | 'DRAFT' | null
  /** Said when the plan shown is not the active sprint's. */
  note: string | null
}

type DeepWorkPerson = DeepWorkRow & { teamId: string; teamName: string }

/** One team's figures, for the organisation's chart: every team is shown, flagged people or not. */
interface DeepWorkTeam {
  teamName: string
  sprintName: string | null
  people: number
  flagged: number
  craftShare: number | null
}

export interface DeepWorkView {
  focus: DeepWorkFocus[]
  people: DeepWorkPerson[]
  flagged: number
  teams: DeepWorkTeam[]
  teamTable: DataTable
  table: DataTable
}

/**
 * The sprint each team's deep-work figures come from: the active sprint's plan; when it has none
 * yet, the newest earlier sprint with a plan (said in words, so nobody mistakes it for this sprint).
 */
function deepWorkFocus(sprints: readonly SprintInfo[], teams: readonly { id: string; name: string }[]): DeepWorkFocus[] {
  const byTeam = groupBy(sprints, (s) => s.teamId)
  return teams.map((team) => {
    const own = [...(byTeam.get(team.id) ?? [])].sort((a, b) => a.slot - b.slot)
    const active = own.find((s) => s.status === 'ACTIVE') ?? null
    const planned = active?.planStatus ? active : (own.find((s) => s.planStatus !== null) ?? null)
    const base = { teamId: team.id, teamName: team.name }
    if (!planned) {
      const note = active ? `${active.name} has no plan yet, and no earlier sprint has one.` : 'No active sprint and no planned sprint yet.'
      return { ...base, sprintId: null, sprintName: null, planStatus: null, note }
    }
    const kind = planned.planStatus === 'PUBLISHED' ? 'published plan' : 'newest draft plan'
    const note =
      planned === active
        ? null
        : active
          ? `${active.name} has no plan yet: showing the ${kind} of ${planned.name}.`
          : `No active sprint: showing the ${kind} of ${planned.name}.`
    return { ...base, sprintId: planned.sprintId, sprintName: planned.name, planStatus: planned.planStatus, note }
  })
}

export function buildDeepWorkView(
  sprints: readonly SprintInfo[],
  loads: readonly PersonSprintLoad[],
  teams: readonly { id: string; name: string }[],
): DeepWorkView {
  const focus = deepWorkFocus(sprints, teams)
  const loadsBySprint = groupBy(loads, (l) => l.sprintId)
  const people = focus.flatMap((f) =>
    sortDeepWork((f.sprintId ? (loadsBySprint.get(f.sprintId) ?? []) : []).map(assessDeepWork)).map((row) => ({
      ...row,
      teamId: f.teamId,
      teamName: f.teamName,
    })),
  )
  const teamFigures = focus.map((f) => {
    const own = people.filter((p) => p.teamId === f.teamId)
    return {
      teamName: f.teamName,
      sprintName: f.sprintName,
      people: own.length,
      flagged: own.filter((p) => p.flags.length > 0).length,
      craftShare: craftDeepWorkAverage(own),
    }
  })
  return {
    focus,
    people,
    flagged: people.filter((p) => p.flags.length > 0).length,
    teams: teamFigures,
    teamTable: {
      id: 'deep-work-teams',
      caption: 'Planned deep-work share of craftspeople per team',
      columns: [
        { key: 'team', label: 'Team' },
        { key: 'sprint', label: 'Sprint' },
        { key: 'people', label: 'People planned', numeric: true },
        { key: 'flagged', label: 'People flagged', numeric: true },
        { key: 'craftShare', label: 'Craftspeople deep-work share (%)', numeric: true },
      ],
      rows: teamFigures.map((t) => ({
        team: t.teamName,
        sprint: t.sprintName,
        people: t.people,
        flagged: t.flagged,
        craftShare: sharePct(t.craftShare),
      })),
    },
    table: {
      id: 'deep-work',
      caption: 'Planned deep-work share per person against their target',
      columns: [
        { key: 'team', label: 'Team' },
        { key: 'person', label: 'Person' },
        { key: 'type', label: 'Primary type' },
        { key: 'capacity', label: 'Capacity (h)', numeric: true },
        { key: 'planned', label: 'Planned (h)', numeric: true },
        { key: 'orchestration', label: 'Orchestration (h)', numeric: true },
        { key: 'share', label: 'Deep-work share (%)', numeric: true },
        { key: 'target', label: 'Target (%)', numeric: true },
        { key: 'items', label: 'Parallel items', numeric: true },
        { key: 'flags', label: 'Flags' },
      ],
      rows: people.map((p) => ({
        team: p.teamName,
        person: p.name,
        type: p.primaryType ? MODE_LABELS[p.primaryType] : 'No profile',
        capacity: roundHours(p.capacity),
        planned: roundHours(p.plannedHours),
        orchestration: roundHours(p.orchestrationHours),
        share: sharePct(p.share),
        target: sharePct(p.target),
        items: p.items,
        flags: p.flags.map((f) => DEEP_WORK_FLAG_LABELS[f]).join('; '),
      })),
    },
  }
}
