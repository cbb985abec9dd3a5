import { groupBy } from './group'
import { suppressGroups, type SuppressionReason } from '../survey/anonymity'

/**
 * Pulse answers per team sprint, grouped into "sprint slots" (the latest sprint of every team, the
 * one before, …). Within a slot the teams form a partition of the organisation total, which is what
 * complementary suppression needs: the organisation dashboard shows slot totals and the team
 * dashboards show groups, so both must hide the same cells or subtraction would reveal a small team.
 */

export interface PulseGroupRow {
  sprintId: string
  teamId: string
  /** 1 = the team's newest sprint in the window. */
  slot: number
  responses: number
  deepWorkSum: number
  preferredModeSum: number
  energySum: number
}

export type PulseFigure =
  | { visible: true; responses: number; deepWorkShare: number; preferredModeShare: number; energy: number }
  | { visible: false; reason: SuppressionReason | 'no-answers' }

const figure = (r: Pick<PulseGroupRow, 'responses' | 'deepWorkSum' | 'preferredModeSum' | 'energySum'>): PulseFigure => ({
  visible: true,
  responses: r.responses,
  deepWorkShare: r.deepWorkSum / r.responses,
  preferredModeShare: r.preferredModeSum / r.responses,
  energy: r.energySum / r.responses,
})

export interface PulseVisibility {
  /** By sprint id: a team sprint's own figure. */
  bySprint: Map<string, PulseFigure>
  /** By slot: the organisation's figure. */
  bySlot: Map<number, PulseFigure>
}

/** `rows` must cover every team of the organisation, whatever page is being shown. */
export function pulseVisibility(rows: readonly PulseGroupRow[], threshold: number): PulseVisibility {
  const bySprint = new Map<string, PulseFigure>()
  const bySlot = new Map<number, PulseFigure>()
  const slots = groupBy(rows, (r) => r.slot)
  for (const [slot, groups] of slots) {
    const total = groups.reduce(
      (acc, g) => ({ responses: acc.responses + g.responses, deepWorkSum: acc.deepWorkSum + g.deepWorkSum, preferredModeSum: acc.preferredModeSum + g.preferredModeSum, energySum: acc.energySum + g.energySum }),
      { responses: 0, deepWorkSum: 0, preferredModeSum: 0, energySum: 0 },
    )
    const result = suppressGroups({
      total: { id: `slot-${slot}`, size: total.responses },
      groups: groups.map((g) => ({ id: g.sprintId, size: g.responses })),
      threshold,
    })
    bySlot.set(slot, total.responses === 0 ? { visible: false, reason: 'no-answers' } : result.total.visible ? figure(total) : { visible: false, reason: result.total.reason })
    for (const g of groups) {
      const v = result.groups.get(g.sprintId)
      if (g.responses === 0) bySprint.set(g.sprintId, { visible: false, reason: 'no-answers' })
      else bySprint.set(g.sprintId, v && v.visible ? figure(g) : { visible: false, reason: v && !v.visible ? v.reason : 'below-threshold' })
    }
  }
  return { bySprint, bySlot }
}

export const PULSE_HIDDEN_TEXT: Record<Exclude<PulseFigure, { visible: true }>['reason'], string> = {
  'below-threshold': 'Hidden: too few answers to keep them anonymous',
  complementary: 'Hidden: showing it would reveal a smaller group by subtraction',
  'total-below-threshold': 'Hidden: too few answers to keep them anonymous',
  'no-answers': 'No answers',
}
