import type { SuppressionReason } from '../survey/anonymity'

/**
 * Pulse figures as the dashboards show them: by ended calendar month, from that month's seal
 * (lib/metrics/pulse-periods.ts, decision 0044); a hidden figure carries only the reason, never the numbers.
 */

export type PulseFigure =
  | { visible: true; responses: number; deepWorkShare: number; preferredModeShare: number; energy: number }
  | { visible: false; reason: SuppressionReason | 'no-answers' }

export interface PulsePeriodFigures {
  /** `YYYY-MM` (UTC). */
  period: string
  label: string
  /** The organisation's figure for the month. */
  total: PulseFigure
  /** By team id, for teams with answers in the month. */
  teams: ReadonlyMap<string, PulseFigure>
}

/** Oldest month first; every team's figures and the totals come from one suppression per month. */
export type PulseVisibility = readonly PulsePeriodFigures[]

export const PULSE_HIDDEN_TEXT: Record<Exclude<PulseFigure, { visible: true }>['reason'], string> = {
  'below-threshold': 'Hidden: too few answers to keep them anonymous',
  complementary: 'Hidden: showing it would reveal a smaller group by subtraction',
  'total-below-threshold': 'Hidden: too few answers to keep them anonymous',
  'no-answers': 'No answers',
}
