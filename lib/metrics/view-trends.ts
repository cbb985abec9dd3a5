import type { PersonSprintLoad } from './deep-work'
import { sharePct } from '../core/format'
import { shapeOutcomes, type OutcomeGroupRow, type OutcomeStats } from './outcomes'
import { PULSE_HIDDEN_TEXT, type PulseFigure, type PulseVisibility } from './pulse-visibility'
import type { DataTable } from './table'
import { shapeTrends, TREND_SPRINTS, type SprintInfo, type TrendPoint } from './trends'
import { roundHours } from './types'

/** One ended month of pulse answers: the organisation's figure, or the team's on a team dashboard. */
interface PulsePoint {
  key: string
  label: string
  figure: PulseFigure
}

export interface TrendsView {
  points: TrendPoint[]
  table: DataTable
  pulse: PulsePoint[]
  pulseTable: DataTable
}

const oneDecimal = (x: number) => Math.round(x * 10) / 10

const NO_ANSWERS: PulseFigure = { visible: false, reason: 'no-answers' }

export function buildTrendsView(
  teamId: string | null,
  sprints: readonly SprintInfo[],
  loads: readonly PersonSprintLoad[],
  pulseVisibility: PulseVisibility,
): TrendsView {
  const points = shapeTrends(teamId ? 'team' : 'org', sprints, loads)
  const pulse = pulseVisibility.map((p) => ({
    key: p.period,
    label: p.label,
    figure: teamId ? (p.teams.get(teamId) ?? NO_ANSWERS) : p.total,
  }))
  return {
    points,
    table: {
      id: 'trends',
      caption: `Trends over the last ${TREND_SPRINTS} sprints`,
      columns: [
        { key: 'sprint', label: 'Sprint' },
        { key: 'planned', label: 'Planned' },
        { key: 'demandOrchestration', label: 'Orchestration work (h)', numeric: true },
        { key: 'demandCraft', label: 'Craft work (h)', numeric: true },
        { key: 'demandHybrid', label: 'Hybrid work (h)', numeric: true },
        { key: 'capacityOrchestration', label: 'Orchestrator capacity (h)', numeric: true },
        { key: 'capacityCraft', label: 'Craftspeople capacity (h)', numeric: true },
        { key: 'capacityHybrid', label: 'Hybrid capacity (h)', numeric: true },
        { key: 'craftDeepWork', label: 'Craftspeople deep-work share (%)', numeric: true },
        { key: 'belowTarget', label: 'People below deep-work target', numeric: true },
        { key: 'preferred', label: 'Planned in preferred mode (%)', numeric: true },
        { key: 'craftShare', label: 'Craft-mode share of planned work (%)', numeric: true },
        { key: 'delivery', label: 'Delivered on time (%)', numeric: true },
        { key: 'delivered', label: 'Delivered work (h)', numeric: true },
      ],
      rows: points.map((p) => ({
        sprint: p.label,
        planned: p.planned ? 'Yes' : 'No plan',
        demandOrchestration: roundHours(p.demand.orchestration),
        demandCraft: roundHours(p.demand.craft),
        demandHybrid: roundHours(p.demand.hybrid),
        capacityOrchestration: roundHours(p.capacity.orchestration),
        capacityCraft: roundHours(p.capacity.craft),
        capacityHybrid: roundHours(p.capacity.hybrid),
        craftDeepWork: sharePct(p.craftDeepWorkShare),
        belowTarget: p.planned ? p.belowTarget : null,
        preferred: sharePct(p.preferredShare),
        craftShare: sharePct(p.craftWorkShare),
        delivery: sharePct(p.deliveryRate),
        delivered: roundHours(p.deliveredHours),
      })),
    },
    pulse,
    pulseTable: {
      id: 'pulse',
      caption: 'Sprint pulse by month answered (shown only for groups large enough to stay anonymous)',
      columns: [
        { key: 'month', label: 'Month' },
        { key: 'responses', label: 'Answers', numeric: true },
        { key: 'deepWork', label: 'Time in deep-work blocks (%)', numeric: true },
        { key: 'preferred', label: 'Time in preferred mode (%)', numeric: true },
        { key: 'energy', label: 'Energy (1–5)', numeric: true },
        { key: 'status', label: 'Status' },
      ],
      rows: pulse.map(({ label, figure: f }) =>
        f.visible
          ? {
              month: label,
              responses: f.responses,
              deepWork: sharePct(f.deepWorkShare),
              preferred: sharePct(f.preferredModeShare),
              energy: oneDecimal(f.energy),
              status: 'Shown',
            }
          : { month: label, responses: null, deepWork: null, preferred: null, energy: null, status: PULSE_HIDDEN_TEXT[f.reason] },
      ),
    },
  }
}

export interface OutcomesView {
  byMode: OutcomeStats[]
  byType: OutcomeStats[]
  total: OutcomeStats
  modeTable: DataTable
  typeTable: DataTable
}

const outcomeColumns = (first: string) => [
  { key: 'group', label: first },
  { key: 'items', label: 'Items with an outcome', numeric: true },
  { key: 'onTime', label: 'On time', numeric: true },
  { key: 'delivery', label: 'Delivered on time (%)', numeric: true },
  { key: 'rework', label: 'Rework (h)', numeric: true },
  { key: 'reworkPerItem', label: 'Rework per item (h)', numeric: true },
  { key: 'defects', label: 'Defects found later', numeric: true },
  { key: 'defectsPerItem', label: 'Defects per item', numeric: true },
]

const outcomeRow = (s: OutcomeStats) => ({
  group: s.label,
  items: s.items,
  onTime: s.onTime,
  delivery: sharePct(s.deliveryRate),
  rework: roundHours(s.reworkHours),
  reworkPerItem: s.reworkPerItem === null ? null : Math.round(s.reworkPerItem * 100) / 100,
  defects: s.defects,
  defectsPerItem: s.defectsPerItem === null ? null : Math.round(s.defectsPerItem * 100) / 100,
})

export function buildOutcomesView(rows: readonly OutcomeGroupRow[]): OutcomesView {
  const { byMode, byType, total } = shapeOutcomes(rows)
  return {
    byMode,
    byType,
    total,
    modeTable: {
      id: 'outcomes-by-mode',
      caption: `Outcomes by mode, last ${TREND_SPRINTS} sprints`,
      columns: outcomeColumns('Mode'),
      rows: [...byMode, total].map(outcomeRow),
    },
    typeTable: {
      id: 'outcomes-by-type',
      caption: `Outcomes by work type, last ${TREND_SPRINTS} sprints`,
      columns: outcomeColumns('Work type'),
      rows: byType.map(outcomeRow),
    },
  }
}
