import {
  MODES,
  PREFERENCES,
  WORK_TYPES,
  type Engineer,
  type Mode,
  type PlanInput,
  type Preference,
  type Priority,
  type WorkItem,
  type WorkType,
} from '@/lib/matching'
import type { Role } from '@/lib/core/permissions'
import type { Scenario, UnplannedMember } from './types'

// Turns database rows (already scoped to one organisation by lib/db) into the matching engine's
// input. Pure, so every rule about who is planned and with how many hours has a unit test.

export type ProfileRow = {
  affinityOrchestration: number
  affinityCraft: number
  affinityHybrid: number
  preferences: unknown
  preferredMode: Mode | null
  capacityHours: number
}
export type MemberRow = { membershipId: string; name: string; role: Role; profile: ProfileRow | null; availabilityHours: number | null }
export type ItemRow = {
  id: string
  title: string
  type: WorkType
  hours: number
  priority: number
  modeOverride: Mode | null
  pinnedToId: string | null
}
type PolicyRow = { workType: WorkType; mode: Mode }

export type BuiltInput = { input: PlanInput; names: Record<string, string>; unplanned: UnplannedMember[]; notes: string[] }

export const EMPTY_SCENARIO: Scenario = { capacity: {}, removed: [] }

const clamp01 = (n: number) => Math.min(1, Math.max(0, n / 100))
const toPriority = (p: number): Priority => Math.min(4, Math.max(1, Math.round(p))) as Priority

/** Survey preferences are stored as JSON; anything that is not a known type/answer is ignored. */
export function parsePreferences(raw: unknown): Partial<Record<WorkType, Preference>> {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {}
  const out: Partial<Record<WorkType, Preference>> = {}
  for (const [key, val] of Object.entries(raw as Record<string, unknown>)) {
    if ((WORK_TYPES as readonly string[]).includes(key) && (PREFERENCES as readonly string[]).includes(val as string)) {
      out[key as WorkType] = val as Preference
    }
  }
  return out
}

function engineerOf(member: MemberRow, profile: ProfileRow, hours: number): Engineer {
  const engineer: Engineer = {
    id: member.membershipId,
    name: member.name,
    capacityHours: hours,
    affinity: {
      orchestration: clamp01(profile.affinityOrchestration),
      craft: clamp01(profile.affinityCraft),
      hybrid: clamp01(profile.affinityHybrid),
    },
    preferences: parsePreferences(profile.preferences),
  }
  if (profile.preferredMode && (MODES as readonly string[]).includes(profile.preferredMode)) engineer.preferredMode = profile.preferredMode
  return engineer
}

/**
 * Members without a profile, removed in a what-if, or with no hours are not planned (and the board
 * says why; a manager, lead or admin without a profile is not expected to take sprint work, so is left
 * out without a word). Hours: the what-if value, else the sprint's Availability row, else the profile's capacity.
 * A pin to someone who is not planned is dropped with a note rather than failing the whole plan.
 */
export function buildPlanInput(rows: { members: MemberRow[]; items: ItemRow[]; policies: PolicyRow[]; scenario?: Scenario }): BuiltInput {
  const scenario = rows.scenario ?? EMPTY_SCENARIO
  const names: Record<string, string> = {}
  const unplanned: UnplannedMember[] = []
  const engineers: Engineer[] = []
  for (const member of rows.members) {
    names[member.membershipId] = member.name
    const hours = scenario.capacity[member.membershipId] ?? member.availabilityHours ?? member.profile?.capacityHours ?? 0
    if (!member.profile) {
      if (member.role === 'ENGINEER')
        unplanned.push({
          membershipId: member.membershipId,
          name: member.name,
          reason: 'No working-style profile yet (survey not taken), so not planned.',
        })
    } else if (scenario.removed.includes(member.membershipId))
      unplanned.push({ membershipId: member.membershipId, name: member.name, reason: 'Taken out of this plan (what-if).' })
    else if (!(hours > 0))
      unplanned.push({ membershipId: member.membershipId, name: member.name, reason: 'No hours available in this sprint.' })
    else engineers.push(engineerOf(member, member.profile, hours))
  }
  const planned = new Set(engineers.map((e) => e.id))
  const notes: string[] = []
  const items: WorkItem[] = rows.items
    .filter((row) => row.hours > 0)
    .map((row) => {
      let pinnedTo = row.pinnedToId
      if (pinnedTo && !planned.has(pinnedTo)) {
        notes.push(`“${row.title}” is pinned to ${names[pinnedTo] ?? 'someone outside the team'}, who is not planned; the pin was ignored.`)
        pinnedTo = null
      }
      return {
        id: row.id,
        title: row.title,
        type: row.type,
        hours: row.hours,
        priority: toPriority(row.priority),
        mode: row.modeOverride,
        pinnedTo,
      }
    })
  const policy = Object.fromEntries(rows.policies.map((p) => [p.workType, p.mode])) as Partial<Record<WorkType, Mode>>
  return { input: { engineers, items, policy }, names, unplanned, notes }
}
