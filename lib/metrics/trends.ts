import { assessDeepWork, craftDeepWorkAverage, type PersonSprintLoad } from './deep-work'
import { groupBy } from './group'
import type { OutcomeCounts } from './outcomes'
import { hoursInPreferred } from './risk'
import { trendLabel, uniqueLabels } from './trend-labels'
import { ratio, sumModeHours, totalHours, type ModeHours } from './types'

/** How many sprints the trend charts cover. */
export const TREND_SPRINTS = 6

/** One sprint of one team in the trend window, with its SQL aggregates. */
export interface SprintInfo {
  sprintId: string
  teamId: string
  teamName: string
  name: string
  startDate: Date
  endDate: Date
  status: 'ACTIVE' | 'CLOSED'
  /** 1 = the team's newest sprint. */
  slot: number
  planStatus: 'PUBLISHED' | 'DRAFT' | null
  /** Hours of the sprint's work by recommended mode. */
  demand: ModeHours
  /** Capacity by primary type (availability, else profile capacity). */
  capacity: ModeHours
  /** Hours of the items delivered in the sprint (those with an outcome). */
  deliveredHours: number
  outcomes: OutcomeCounts
}

export interface TrendPoint {
  key: string
  /** The sprints' names and dates, unique among the points (tables, CSV). */
  label: string
  /** The dates alone, unique among the points (a chart's axis). */
  dates: string
  planned: boolean
  demand: ModeHours
  capacity: ModeHours
  /** Average planned deep-work share of craftspeople. */
  craftDeepWorkShare: number | null
  belowTarget: number
  /** Planned hours in people's preferred mode / all planned hours. */
  preferredShare: number | null
  /** Craft-mode hours / all planned hours. */
  craftWorkShare: number | null
  deliveryRate: number | null
  outcomeItems: number
  deliveredHours: number
}

function point(key: string, sprints: readonly SprintInfo[], loads: readonly PersonSprintLoad[]): TrendPoint {
  const assessed = loads.map(assessDeepWork)
  const withPreference = loads.flatMap((l) => {
    const preferred = l.preferredMode ?? l.primaryType
    return preferred ? [{ hours: l.hours, preferred }] : []
  })
  const planned = totalHours(sumModeHours(withPreference.map((l) => l.hours)))
  const inPreferred = withPreference.reduce((sum, l) => sum + hoursInPreferred(l.hours, l.preferred), 0)
  const allHours = sumModeHours(loads.map((l) => l.hours))
  const outcomes = sprints.reduce((acc, s) => ({ items: acc.items + s.outcomes.items, onTime: acc.onTime + s.outcomes.onTime }), {
    items: 0,
    onTime: 0,
  })
  return {
    key,
    ...trendLabel(sprints),
    planned: sprints.some((s) => s.planStatus !== null),
    demand: sumModeHours(sprints.map((s) => s.demand)),
    capacity: sumModeHours(sprints.map((s) => s.capacity)),
    craftDeepWorkShare: craftDeepWorkAverage(assessed),
    belowTarget: assessed.filter((r) => r.flags.includes('below-target')).length,
    preferredShare: ratio(inPreferred, planned),
    craftWorkShare: ratio(allHours.craft, totalHours(allHours)),
    deliveryRate: ratio(outcomes.onTime, outcomes.items),
    outcomeItems: outcomes.items,
    deliveredHours: sprints.reduce((sum, s) => sum + s.deliveredHours, 0),
  }
}

/**
 * Oldest first. A team's trend has one point per sprint; the organisation's has one per slot
 * (every team's newest sprint together, then the ones before), since teams' sprints need not align.
 */
export function shapeTrends(scope: 'org' | 'team', sprints: readonly SprintInfo[], loads: readonly PersonSprintLoad[]): TrendPoint[] {
  const loadsBySprint = groupBy(loads, (l) => l.sprintId)
  const loadsOf = (group: readonly SprintInfo[]) => group.flatMap((s) => loadsBySprint.get(s.sprintId) ?? [])
  const points =
    scope === 'team'
      ? [...sprints].sort((a, b) => b.slot - a.slot).map((s) => point(s.sprintId, [s], loadsOf([s])))
      : [...groupBy(sprints, (s) => s.slot)].sort(([a], [b]) => b - a).map(([slot, group]) => point(`slot-${slot}`, group, loadsOf(group)))
  const labels = uniqueLabels(points.map((p) => p.label))
  const dates = uniqueLabels(points.map((p) => p.dates))
  return points.map((p, i) => ({ ...p, label: labels[i], dates: dates[i] }))
}
