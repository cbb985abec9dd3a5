import type { Mode, WorkType } from '../core/work-types'
import type { PersonSprintLoad } from './deep-work'
import { byName, groupBy } from './group'
import { ratio, sumModeHours, totalHours, type ModeHours } from './types'

/** Work that needs deep, hands-on expertise; concentrating it in few people is fragile. */
export const CRAFT_CRITICAL_TYPES: readonly WorkType[] = [
  'SECURITY_AUTH',
  'PERFORMANCE_CRITICAL',
  'NOVEL_PROBLEM',
  'INFRASTRUCTURE',
  'ARCHITECTURE',
]
/** How many recent planned sprints the mismatch and concentration rules look at. */
export const RISK_WINDOW = 3
/** Less than this share of planned hours in the preferred mode = "mostly outside" it. */
export const PREFERRED_SHARE_FLOOR = 0.5
/** One or two people holding at least this share of craft-critical hours is a single point of failure. */
const CONCENTRATION_SHARE = 0.8
/** Concentration is only a risk when the team has people who could share the work. */
const CONCENTRATION_MIN_TEAM = 3
/** No craft-mode hours in this many consecutive planned sprints = nobody does craft work any more. */
const ATROPHY_SPRINTS = 2

export interface TalentLossRisk {
  membershipId: string
  name: string
  preferred: Mode
  plannedHours: number
  preferredShare: number
}

/** Hours in the preferred mode; a hybrid works across modes by definition, so all their hours count. */
export function hoursInPreferred(hours: ModeHours, preferred: Mode): number {
  return preferred === 'hybrid' ? totalHours(hours) : hours[preferred]
}

/** Everyone with a preference (stated, else primary type): how much of their planned time is in that mode. */
export function preferredModeShares(loads: readonly PersonSprintLoad[]): TalentLossRisk[] {
  const shares: TalentLossRisk[] = []
  for (const [membershipId, rows] of groupBy(loads, (l) => l.membershipId)) {
    const preferred = rows[0].preferredMode ?? rows[0].primaryType
    if (!preferred) continue
    const hours = sumModeHours(rows.map((r) => r.hours))
    const planned = totalHours(hours)
    const share = ratio(hoursInPreferred(hours, preferred), planned)
    if (share !== null) shares.push({ membershipId, name: rows[0].name, preferred, plannedHours: planned, preferredShare: share })
  }
  return shares.sort((a, b) => a.preferredShare - b.preferredShare || byName(a.name, b.name))
}

/** People planned mostly outside their preferred mode. */
export function talentLossRisks(loads: readonly PersonSprintLoad[]): TalentLossRisk[] {
  return preferredModeShares(loads).filter((p) => p.preferredShare < PREFERRED_SHARE_FLOOR)
}

export interface Concentration {
  holders: { membershipId: string; name: string; hours: number }[]
  totalHours: number
  topShare: number
  risky: boolean
}

/** Who did the craft-critical work, and whether the top one or two hold nearly all of it. */
export function craftConcentration(loads: readonly PersonSprintLoad[], teamSize: number): Concentration | null {
  const byPerson = new Map<string, { membershipId: string; name: string; hours: number }>()
  for (const l of loads) {
    if (l.craftCriticalHours <= 0) continue
    const entry = byPerson.get(l.membershipId) ?? { membershipId: l.membershipId, name: l.name, hours: 0 }
    entry.hours += l.craftCriticalHours
    byPerson.set(l.membershipId, entry)
  }
  const holders = [...byPerson.values()].sort((a, b) => b.hours - a.hours || byName(a.name, b.name))
  const total = holders.reduce((sum, h) => sum + h.hours, 0)
  if (total <= 0) return null
  const topShare = (holders[0].hours + (holders[1]?.hours ?? 0)) / total
  return { holders, totalHours: total, topShare, risky: teamSize >= CONCENTRATION_MIN_TEAM && topShare >= CONCENTRATION_SHARE }
}

/** `craftHoursBySprint`: craft-mode hours of each planned sprint, newest first. */
export function isSkillAtrophying(craftHoursBySprint: readonly number[]): boolean {
  if (craftHoursBySprint.length < ATROPHY_SPRINTS) return false
  return craftHoursBySprint.slice(0, ATROPHY_SPRINTS).every((h) => h <= 0)
}

export function concentrationMessage(team: string, c: Concentration): string {
  const names = c.holders.slice(0, 2).map((h) => h.name)
  const who = names.length === 1 ? names[0] : `${names[0]} and ${names[1]}`
  return `${team}: ${who} held ${Math.round(c.topShare * 100)}% of the craft-critical work (security, performance, novel problems, infrastructure, architecture) in the last ${RISK_WINDOW} planned sprints. If they leave or are away, nobody else has done it recently.`
}

export const atrophyMessage = (team: string) =>
  `${team}: nobody was planned on craft work in the last ${ATROPHY_SPRINTS} planned sprints, so deep skills may be fading.`
