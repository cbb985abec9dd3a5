import type { WorkType } from '../core/work-types'

// The vocabulary every connector shares: an upstream issue read from Jira, Linear or GitHub, already
// in Plural's terms (priority 1-4, estimate with its unit), and how a sync call can fail.

export const TRACKER_KINDS = ['JIRA', 'LINEAR', 'GITHUB'] as const
export type TrackerKind = (typeof TRACKER_KINDS)[number]

export const TRACKER_LABELS: Record<TrackerKind, string> = { JIRA: 'Jira Cloud', LINEAR: 'Linear', GITHUB: 'GitHub Issues' }

/** An estimate as the tracker keeps it: Jira's Original Estimate in seconds, story points or Linear's estimate. */
export type UpstreamEstimate = { value: number; unit: 'seconds' | 'points' }

export type UpstreamStatus = 'TODO' | 'IN_PROGRESS' | 'DONE'

export interface UpstreamIssue {
  /** The work item's external key: Jira "PROJ-12", Linear "ENG-7", GitHub "owner/repo#42". */
  readonly externalKey: string
  /** What write-back addresses: Jira's issue key, Linear's issue id, GitHub's issue number. */
  readonly upstreamId: string
  readonly title: string
  readonly description: string
  /** Jira's issue type; Linear and GitHub have none (their labels carry it). */
  readonly issueType: string | null
  readonly labels: readonly string[]
  /** 1 (low) to 4 (urgent), Plural's scale. */
  readonly priority: number
  readonly estimate: UpstreamEstimate | null
  readonly status: UpstreamStatus
}

/** One page of a tracker's issues and where the next starts (null: this was the last). */
export type IssuePage<Cursor> = { issues: UpstreamIssue[]; next: Cursor | null }

/** A row of a connection's type mapping: an upstream issue type or label that decides the work type. */
export type TypeMappingRow = { upstream: string; type: WorkType }

/**
 * Why a call to a tracker failed, as settings shows it. "unauthorized" asks the admin to reconnect
 * (a revoked or wrong token); the others say whether waiting or fixing the scope will help.
 */
export const SYNC_FAILURES = ['unauthorized', 'forbidden', 'not-found', 'rate-limited', 'unavailable', 'malformed'] as const
export type SyncFailure = (typeof SYNC_FAILURES)[number]
export type SyncStatus = 'ok' | SyncFailure

export const SYNC_FAILURE_MESSAGES: Record<SyncFailure, string> = {
  unauthorized: 'The tracker refused the credentials. Reconnect with a new token.',
  forbidden: 'The token may not read these issues. Give it access to the project or repository.',
  'not-found': 'The project, team, cycle or repository was not found. Check the connection’s scope.',
  'rate-limited': 'The tracker kept asking us to slow down. The next sync will try again.',
  unavailable: 'The tracker did not answer properly. The next sync will try again.',
  malformed: 'The tracker answered with something that is not its documented format.',
}

/** Counts a sync reports. */
export type SyncCounts = { created: number; updated: number; closed: number; flagged: number; unchanged: number }

/** A tracker's answer that is not the shape its documentation gives (a proxy's HTML page, a changed API). */
export class MalformedResponseError extends Error {}
