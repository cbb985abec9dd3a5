import 'server-only'
import { groupBy } from '@/lib/metrics/group'
import type { PulseFigure, PulseVisibility } from '@/lib/metrics/pulse-visibility'
import { prisma } from './client'
import { windowCtes } from './dashboard-sql'
import type { OrgId } from './org-id'
import { getPulseAggregates, type PulseCell } from './pulse'

const figure = (cell: PulseCell): PulseFigure =>
  cell.responses === 0
    ? { visible: false, reason: 'no-answers' }
    : cell.visible && cell.aggregate
      ? { visible: true, responses: cell.responses, deepWorkShare: cell.aggregate.deepWorkSharePct / 100, preferredModeShare: cell.aggregate.preferredModeSharePct / 100, energy: cell.aggregate.energy }
      : { visible: false, reason: cell.reason ?? 'below-threshold' }

/**
 * Pulse figures for the trend window through the survey's own anonymity rules (lib/db/pulse.ts).
 * One call per sprint slot (every team's newest sprint, the one before, …) with EVERY team's
 * sprint of that slot, whatever the page: the slot total (organisation page) and the team cells
 * (team pages) then come from the same suppression, so no subtraction across pages reveals a
 * small team.
 */
export async function getDashboardPulse(orgId: OrgId): Promise<PulseVisibility> {
  const sprints = await prisma.$queryRaw<{ id: string; slot: number }[]>`WITH ${windowCtes(orgId, null)} SELECT id, slot FROM recent`
  const slots = [...groupBy(sprints, (s) => s.slot)]
  const results = await Promise.all(slots.map(([, group]) => getPulseAggregates(orgId, { sprintIds: group.map((s) => s.id) })))
  const visibility: PulseVisibility = { bySprint: new Map(), bySlot: new Map() }
  slots.forEach(([slot], i) => {
    visibility.bySlot.set(slot, figure(results[i].total))
    for (const cell of results[i].sprints) visibility.bySprint.set(cell.sprintId, figure(cell))
  })
  return visibility
}
