import type { EstimateUnit, ImportOptions } from '@/lib/schemas/import'
import { normaliseHeader } from './import-mapping'

/**
 * Estimates in a CSV file come in many units; work items keep hours. Conversion and the detection
 * of Jira's time-tracking columns (which Jira exports in seconds) live here, so the preview and
 * the server convert the same way.
 */

export const ESTIMATE_UNIT_LABELS: Record<EstimateUnit, string> = {
  seconds: 'Seconds',
  minutes: 'Minutes',
  hours: 'Hours',
  days: 'Days',
  points: 'Story points',
}

export const DEFAULT_HOURS_PER_DAY = 8

/** Work items keep hours to two decimals; every conversion rounds there. */
export const roundHours = (hours: number) => Math.round(hours * 100) / 100

type Factors = Pick<ImportOptions, 'pointsToHours' | 'hoursPerDay'>

function hoursPer(unit: EstimateUnit, factors: Factors): number {
  switch (unit) {
    case 'seconds':
      return 1 / 3600
    case 'minutes':
      return 1 / 60
    case 'hours':
      return 1
    case 'days':
      return factors.hoursPerDay
    case 'points':
      return factors.pointsToHours
  }
}

/** An estimate in `unit` as hours, rounded to the hours' precision. */
export const toHours = (value: number, unit: EstimateUnit, factors: Factors) => roundHours(value * hoursPer(unit, factors))

/** Jira's time-tracking columns, always exported in seconds ("Σ Original Estimate" sums sub-tasks). */
const JIRA_SECONDS_HEADERS = new Set(['originalestimate', 'remainingestimate', 'timespent'])

/** Jira's time-tracking fields step in quarter hours: 900 seconds. */
const JIRA_SECONDS_STEP = 900
/** Work items are capped at 1,000 hours, so a value above it cannot be meant as hours. */
const MAX_HOURS = 1000

export type SecondsDetection = 'jira-header' | 'seconds-values'

/**
 * Whether an estimate column holds Jira's seconds. The rule: the header is one of Jira's
 * time-tracking fields (Original Estimate, Remaining Estimate, Time Spent, with or without Σ), or
 * every filled value is a whole multiple of 900 (a quarter hour in seconds) and at least one is
 * over 1,000, which read as hours would break the 1,000-hour cap. Null when neither holds.
 */
export function detectSeconds(header: string, values: readonly string[]): SecondsDetection | null {
  if (JIRA_SECONDS_HEADERS.has(normaliseHeader(header))) return 'jira-header'
  const filled = values.map((v) => v.trim()).filter(Boolean)
  const numbers = filled.map(Number)
  const allSteps = filled.length > 0 && filled.every((v) => /^\d+$/.test(v)) && numbers.every((n) => n % JIRA_SECONDS_STEP === 0)
  return allSteps && numbers.some((n) => n > MAX_HOURS) ? 'seconds-values' : null
}

/** detectSeconds for the column mapped to the estimate (none mapped: null). */
export const detectSecondsIn = (header: readonly string[], records: readonly string[][], column: number | null) =>
  column === null
    ? null
    : detectSeconds(
        header[column] ?? '',
        records.map((r) => r[column] ?? ''),
      )

/** The line the preview shows beside the unit when it picked seconds itself. */
export const SECONDS_DETECTION_NOTES: Record<SecondsDetection, string> = {
  'jira-header': 'Detected Jira’s seconds: Jira exports this column in seconds.',
  'seconds-values':
    'Detected Jira’s seconds: every estimate is a whole number of quarter hours in seconds (900), and some are too large to be hours.',
}
