import type { PersonSprintLoad } from './deep-work'
import { sharePct } from './format'
import { shapeOutcomes, type OutcomeGroupRow, type OutcomeStats } from './outcomes'
import { PULSE_HIDDEN_TEXT, type PulseVisibility } from './pulse-visibility'
import type { DataTable } from './table'
import { shapeTrends, TREND_SPRINTS, type SprintInfo, type TrendPoint } from './trends'
import { roundHours } from './types'

export interface TrendsView {
  points: TrendPoint[]
  table: DataTable
  pulseTable: DataTable
}

const oneDecimal = (x: number) => Math.round(x * 10) / 10

export function buildTrendsView(
  scope: 'org' | 'team',
  sprints: readonly SprintInfo[],
  loads: readonly PersonSprintLoad[],
  pulse: PulseVisibility,
): TrendsView {
  const points = shapeTrends(scope, sprints, loads, pulse)
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
      })),
    },
    pulseTable: {
      id: 'pulse',
      caption: 'Sprint pulse (shown only for groups large enough to stay anonymous)',
      columns: [
        { key: 'sprint', label: 'Sprint' },
        { key: 'responses', label: 'Answers', numeric: true },
        { key: 'deepWork', label: 'Time in deep-work blocks (%)', numeric: true },
        { key: 'preferred', label: 'Time in preferred mode (%)', numeric: true },
        { key: 'energy', label: 'Energy (1–5)', numeric: true },
        { key: 'status', label: 'Status' },
      ],
      rows: points.map((p) =>
        p.pulse.visible
          ? { sprint: p.label, responses: p.pulse.responses, deepWork: sharePct(p.pulse.deepWorkShare), preferred: sharePct(p.pulse.preferredModeShare), energy: oneDecimal(p.pulse.energy), status: 'Shown' }
          : { sprint: p.label, responses: null, deepWork: null, preferred: null, energy: null, status: PULSE_HIDDEN_TEXT[p.pulse.reason] },
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
    modeTable: { id: 'outcomes-by-mode', caption: `Outcomes by mode, last ${TREND_SPRINTS} sprints`, columns: outcomeColumns('Mode'), rows: [...byMode, total].map(outcomeRow) },
    typeTable: { id: 'outcomes-by-type', caption: `Outcomes by work type, last ${TREND_SPRINTS} sprints`, columns: outcomeColumns('Work type'), rows: byType.map(outcomeRow) },
  }
}
