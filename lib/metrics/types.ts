import { MODES, type Mode } from '../core/work-types'

// Shapes shared by the dashboard maths and the lib/db queries that feed it. Plain data only.

export type ModeHours = Record<Mode, number>

const zeroModeHours = (): ModeHours => ({ orchestration: 0, craft: 0, hybrid: 0 })

export const sumModeHours = (rows: readonly ModeHours[]): ModeHours => {
  const total = zeroModeHours()
  for (const row of rows) for (const mode of MODES) total[mode] += row[mode]
  return total
}

export const totalHours = (hours: ModeHours) => hours.orchestration + hours.craft + hours.hybrid

/** A share with a safe zero denominator; null means "no data", which is different from 0%. */
export const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null)

export const clamp01 = (x: number) => Math.min(1, Math.max(0, x))

/** Hours rounded for display and export so floating-point noise never reaches a reader. */
export const roundHours = (h: number) => Math.round(h * 10) / 10
