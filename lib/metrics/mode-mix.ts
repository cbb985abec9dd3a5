import { MODES, MODE_LABELS, type Mode } from '../core/work-types'
import { ratio } from './types'

/** A team with more than this share of one working type is homogeneous (mixed teams do better). */
export const HOMOGENEITY_THRESHOLD = 0.7
/** Below this many profiles a share says little (one person is always "100% one type"). */
export const MIN_PROFILES_FOR_HOMOGENEITY = 2
/** Profiles older than this no longer describe how someone works: ask for the survey again. */
const STALE_PROFILE_DAYS = 90

const DAY_MS = 86_400_000

export interface MixCounts {
  orchestration: number
  craft: number
  hybrid: number
  /** People expected to have a profile (engineers) who have none. */
  missing: number
  /** Profiles never dated or surveyed more than STALE_PROFILE_DAYS ago (also counted in their type). */
  outdated: number
}

type TeamMixCounts = MixCounts & { teamId: string; teamName: string }
/** What lib/db returns: per team, and for the whole scope (people on two teams count once). */
export interface ModeMixData {
  total: MixCounts
  teams: TeamMixCounts[]
}

export interface ModeMix extends MixCounts {
  profiled: number
  population: number
  shares: Record<Mode, number | null>
  dominant: { mode: Mode; share: number } | null
  homogeneous: boolean
  /** Share of the population with an up-to-date profile. */
  coverage: number | null
}

export const staleBefore = (now: Date) => new Date(now.getTime() - STALE_PROFILE_DAYS * DAY_MS)

export function summariseMix(counts: MixCounts): ModeMix {
  const profiled = counts.orchestration + counts.craft + counts.hybrid
  const population = profiled + counts.missing
  const shares = Object.fromEntries(MODES.map((m) => [m, ratio(counts[m], profiled)])) as Record<Mode, number | null>
  // The first mode wins a tie so the result does not depend on anything but the counts.
  const top = MODES.reduce((best, m) => (counts[m] > counts[best] ? m : best), MODES[0])
  const dominant = profiled > 0 ? { mode: top, share: counts[top] / profiled } : null
  const homogeneous = profiled >= MIN_PROFILES_FOR_HOMOGENEITY && dominant !== null && dominant.share > HOMOGENEITY_THRESHOLD
  return { ...counts, profiled, population, shares, dominant, homogeneous, coverage: ratio(profiled - counts.outdated, population) }
}

/** The warning shown for a homogeneous group, or null. */
export function homogeneityWarning(name: string, mix: ModeMix): string | null {
  if (!mix.homogeneous || !mix.dominant) return null
  const pct = Math.round(mix.dominant.share * 100)
  return `${name} is ${pct}% ${MODE_LABELS[mix.dominant.mode].toLowerCase()} (${mix[mix.dominant.mode]} of ${mix.profiled} profiles): mixed teams cover more kinds of work, so consider the balance when staffing.`
}

export function coverageNote(mix: ModeMix): string {
  if (mix.population === 0) return 'Nobody here is expected to answer the working-style survey yet.'
  const parts = []
  if (mix.missing > 0) parts.push(`${mix.missing} without a profile`)
  if (mix.outdated > 0) parts.push(`${mix.outdated} with a profile older than ${STALE_PROFILE_DAYS} days`)
  return parts.length === 0 ? `All ${mix.population} profiles are up to date.` : `${parts.join(' and ')} (of ${mix.population}).`
}
