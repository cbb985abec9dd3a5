/**
 * Small-group suppression for aggregates of survey and pulse answers.
 *
 * A figure about fewer people than the organisation's threshold would let a
 * reader guess individual answers, so it is hidden. Hiding small groups alone
 * is not enough: when a total and all but one group are visible, the hidden
 * group's figures follow by subtraction (a total of 12 people with visible
 * teams A and B of 5 each gives away the 2 people of hidden team C as
 * total − A − B). This module therefore also applies
 * *complementary suppression*: while the hidden part of a partition is non-empty
 * but smaller than the threshold, the next smallest visible group is hidden too,
 * so that what can be derived by subtraction always covers at least `threshold`
 * people.
 *
 * Assumptions: groups are all contained in the total and may share people
 * (someone on two teams), so the caller counts the hidden people of a set of
 * groups itself. Differencing across time is
 * prevented by what is aggregated, not here: figures over fixed, sealed periods
 * (lib/metrics/pulse-periods.ts, decision 0044).
 */

const DEFAULT_ANONYMITY_THRESHOLD = 5
export const MIN_ANONYMITY_THRESHOLD = 3

export interface GroupSize {
  readonly id: string
  readonly size: number
}

export type SuppressionReason =
  /** The group has fewer people than the threshold. */
  | 'below-threshold'
  /** The group is big enough, but its figures would let a hidden one be derived. */
  | 'complementary'
  /** The whole population is below the threshold, so nothing about it is shown. */
  | 'total-below-threshold'

export type Visibility = { readonly visible: true } | { readonly visible: false; readonly reason: SuppressionReason }

interface SuppressionResult {
  readonly threshold: number
  readonly total: Visibility
  readonly groups: ReadonlyMap<string, Visibility>
}

const VISIBLE: Visibility = { visible: true }

/** Admin input becomes a whole number of people, never below the floor; missing or non-numeric → default. */
export function clampThreshold(threshold?: number | null): number {
  if (threshold == null || !Number.isFinite(threshold)) return DEFAULT_ANONYMITY_THRESHOLD
  return Math.max(MIN_ANONYMITY_THRESHOLD, Math.ceil(threshold))
}

/**
 * Each group's `size` is its distinct people, and `peopleIn` counts the distinct people of a set
 * of groups (a person in two hidden groups counts once, so the hidden remainder is never
 * overestimated).
 */
export function suppressOverlappingGroups(input: {
  readonly groups: readonly GroupSize[]
  readonly totalPeople: number
  readonly peopleIn: (groupIds: ReadonlySet<string>) => number
  readonly threshold?: number | null
}): SuppressionResult {
  return suppress(input.groups, input.totalPeople, clampThreshold(input.threshold), input.peopleIn)
}

function suppress(
  groups: readonly GroupSize[],
  totalPeople: number,
  threshold: number,
  hiddenPeople: (hidden: ReadonlySet<string>) => number,
): SuppressionResult {
  if (totalPeople < threshold) {
    const hidden: Visibility = { visible: false, reason: 'total-below-threshold' }
    return { threshold, total: hidden, groups: new Map(groups.map((group) => [group.id, hidden])) }
  }
  const hidden = new Set(groups.filter((g) => g.size < threshold).map((g) => g.id))
  const visibility = new Map<string, Visibility>(
    groups.map((group) => [group.id, hidden.has(group.id) ? { visible: false, reason: 'below-threshold' } : VISIBLE]),
  )
  // Smallest first so the fewest people lose their view; ties by id so the result ignores input order.
  const candidates = groups
    .filter((group) => group.size >= threshold)
    .sort((a, b) => a.size - b.size || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  for (const group of candidates) {
    const people = hiddenPeople(hidden)
    if (people === 0 || people >= threshold) break
    visibility.set(group.id, { visible: false, reason: 'complementary' })
    hidden.add(group.id)
  }
  return { threshold, total: VISIBLE, groups: visibility }
}
