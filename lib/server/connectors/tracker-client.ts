import type { UpstreamIssue } from '@/lib/connectors/types'

// What the sync and write-back need from a tracker, whichever it is.

export interface TrackerClient {
  /** A cheap authenticated call, so "Test" can tell a wrong token from a wrong scope. */
  check(): Promise<void>
  /** Every issue in the connection's scope, all pages. */
  listIssues(): Promise<UpstreamIssue[]>
  /** The tracker's handle for the person with this e-mail, or null when nobody matches. */
  findUser(email: string): Promise<string | null>
  assign(upstreamId: string, userRef: string): Promise<void>
}
