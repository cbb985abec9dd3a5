import type { SuppressionReason } from '../survey/anonymity'

/**
 * Pulse figures as the dashboards show them: lib/db/pulse.ts applies the anonymity threshold and
 * complementary suppression; a hidden figure carries only the reason, never the numbers.
 */

export type PulseFigure =
  | { visible: true; responses: number; deepWorkShare: number; preferredModeShare: number; energy: number }
  | { visible: false; reason: SuppressionReason | 'no-answers' }

export interface PulseVisibility {
  /** By sprint id: a team sprint's own figure. */
  bySprint: Map<string, PulseFigure>
  /** By slot (1 = every team's newest sprint): the organisation's figure. */
  bySlot: Map<number, PulseFigure>
}

export const PULSE_HIDDEN_TEXT: Record<Exclude<PulseFigure, { visible: true }>['reason'], string> = {
  'below-threshold': 'Hidden: too few answers to keep them anonymous',
  complementary: 'Hidden: showing it would reveal a smaller group by subtraction',
  'total-below-threshold': 'Hidden: too few answers to keep them anonymous',
  'no-answers': 'No answers',
}
