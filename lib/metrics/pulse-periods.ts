import { suppressOverlappingGroups, type Visibility } from '../survey/anonymity'
import { bandToShare, shareToBand } from '../survey/pulse'
import type { PulseFigure, PulsePeriodFigures } from './pulse-visibility'

/**
 * Pulse figures over fixed calendar months (decision 0044). A figure that can change between two
 * reads gives away the difference, so every figure belongs to a month that has ended and is
 * computed from that month's seal: the answers given in it, summed once and never again. The
 * populations shown are then fixed cells (team × month) and their month totals; months are
 * disjoint, so whatever the sequence of reads, only one month's cells can be combined, and within
 * a month complementary suppression keeps every derivable group at zero or `threshold` people.
 */

/** How many ended months the pulse trend covers. */
export const PULSE_PERIODS = 6

/** A UTC calendar month, `YYYY-MM`: the month an answer was given in. */
export const periodOf = (at: Date): string => at.toISOString().slice(0, 7)

export const periodStart = (period: string): Date => new Date(`${period}-01T00:00:00.000Z`)

/** The `count` months that ended last before `now`, oldest first; the running month is never one. */
export function endedPeriods(now: Date, count: number): string[] {
  return Array.from({ length: count }, (_, i) => periodOf(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - count + i, 1))))
}

/** One answer as sealing reads it: the team of its sprint and who gave it (the id never leaves the seal's maker). */
export interface PulseAnswer {
  teamId: string
  membershipId: string
  deepWorkShare: number
  preferredModeShare: number
  energy: number
}

/** Sums in whole numbers (band midpoints in percentage points, energy 1–5), so no rounding depends on order. */
interface SealedCell {
  teamId: string
  responses: number
  deepWorkPctSum: number
  preferredModePctSum: number
  energySum: number
}

/**
 * A month's answers reduced to what suppression and figures need: sums per team, and for each
 * person (unnamed) the teams they answered for, so distinct people of any set of cells can be
 * counted without keeping who they were.
 */
export interface PeriodSeal {
  cells: SealedCell[]
  people: string[][]
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
/** Stored shares are band midpoints; normalising any other value to its band keeps figures on the form's scale. */
const bandPct = (share: number) => Math.round(bandToShare(shareToBand(share)) * 100)

export function sealPeriod(answers: readonly PulseAnswer[]): PeriodSeal {
  const cells = new Map<string, SealedCell>()
  const teamsOf = new Map<string, Set<string>>()
  for (const a of answers) {
    const cell = cells.get(a.teamId) ?? { teamId: a.teamId, responses: 0, deepWorkPctSum: 0, preferredModePctSum: 0, energySum: 0 }
    cells.set(a.teamId, {
      ...cell,
      responses: cell.responses + 1,
      deepWorkPctSum: cell.deepWorkPctSum + bandPct(a.deepWorkShare),
      preferredModePctSum: cell.preferredModePctSum + bandPct(a.preferredModeShare),
      energySum: cell.energySum + a.energy,
    })
    teamsOf.set(a.membershipId, (teamsOf.get(a.membershipId) ?? new Set()).add(a.teamId))
  }
  // Sorted, so the stored order says nothing about who joined or answered first.
  const people = [...teamsOf.values()].map((teams) => [...teams].sort(byText)).sort((a, b) => byText(a.join('\n'), b.join('\n')))
  return { cells: [...cells.values()].sort((a, b) => byText(a.teamId, b.teamId)), people }
}

export const EMPTY_SEAL: PeriodSeal = { cells: [], people: [] }

/** Distinct people with an answer in any of the teams. */
const peopleIn = (seal: PeriodSeal, teams: ReadonlySet<string>) => seal.people.filter((p) => p.some((t) => teams.has(t))).length

/** A mean percentage to one decimal, as a share (43.3% → 0.433). */
const shareOfMeanPct = (pctSum: number, n: number) => Math.round((pctSum / n) * 10) / 1000
const oneDecimal = (value: number) => Math.round(value * 10) / 10

const monthLabel = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' })

function figure(cell: SealedCell, visibility: Visibility): PulseFigure {
  if (!visibility.visible) return { visible: false, reason: visibility.reason }
  return {
    visible: true,
    responses: cell.responses,
    deepWorkShare: shareOfMeanPct(cell.deepWorkPctSum, cell.responses),
    preferredModeShare: shareOfMeanPct(cell.preferredModePctSum, cell.responses),
    energy: oneDecimal(cell.energySum / cell.responses),
  }
}

/**
 * What a month's seal may show at `threshold`, by the survey's suppression rule over people
 * (lib/survey/anonymity.ts): a team cell needs `threshold` distinct people, and the total minus
 * the shown cells (the hidden cells) must hold none or at least `threshold`. Teams without answers
 * are absent from `teams`.
 */
export function showPeriod(period: string, seal: PeriodSeal, threshold: number): PulsePeriodFigures {
  const label = monthLabel.format(periodStart(period))
  if (seal.cells.length === 0) return { period, label, total: { visible: false, reason: 'no-answers' }, teams: new Map() }
  const result = suppressOverlappingGroups({
    groups: seal.cells.map((c) => ({ id: c.teamId, size: peopleIn(seal, new Set([c.teamId])) })),
    totalPeople: seal.people.length,
    peopleIn: (teams) => peopleIn(seal, teams),
    threshold,
  })
  const total = seal.cells.reduce(
    (sum, c) => ({
      ...sum,
      responses: sum.responses + c.responses,
      deepWorkPctSum: sum.deepWorkPctSum + c.deepWorkPctSum,
      preferredModePctSum: sum.preferredModePctSum + c.preferredModePctSum,
      energySum: sum.energySum + c.energySum,
    }),
    { teamId: '', responses: 0, deepWorkPctSum: 0, preferredModePctSum: 0, energySum: 0 },
  )
  return {
    period,
    label,
    total: figure(total, result.total),
    teams: new Map(
      seal.cells.map((c) => [c.teamId, figure(c, result.groups.get(c.teamId) ?? { visible: false, reason: 'below-threshold' })]),
    ),
  }
}
