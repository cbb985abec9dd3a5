import 'server-only'
import type { SyncCounts, SyncStatus } from '@/lib/connectors/types'
import { toSyncedFields } from '@/lib/connectors/work-item-fields'
import { getConnectionForSync, updateSyncFailure } from '@/lib/db/connectors/connections'
import { syncIssues } from '@/lib/db/connectors/synced-items'
import type { OrgId } from '@/lib/db/org-id'
import type { UserId } from '@/lib/db/user-id'
import { trackerClientFor } from './connect'
import { TrackerError } from './http'

// One sync of one connection: read every issue of its scope, turn each into work item fields (type
// mapping, classifier, hours factor), and let lib/db reconcile. A tracker's refusal is recorded on the
// connection for settings to show, never thrown at the caller: a scheduled run has nobody to tell.

export type SyncOutcome = { status: SyncStatus; message: string | null; counts: SyncCounts | null }

export async function syncConnection(orgId: OrgId, actorId: UserId | null, connectionId: string): Promise<SyncOutcome> {
  const connection = await getConnectionForSync(orgId, connectionId)
  try {
    const issues = await trackerClientFor(connection).listIssues()
    const incoming = issues.map((issue) => ({
      externalKey: issue.externalKey,
      upstreamId: issue.upstreamId,
      fields: toSyncedFields(issue, connection),
    }))
    const counts = await syncIssues(orgId, actorId, connectionId, incoming)
    return { status: 'ok', message: null, counts }
  } catch (error) {
    if (!(error instanceof TrackerError)) throw error
    await updateSyncFailure(orgId, connectionId, error.failure, error.message)
    return { status: error.failure, message: error.message, counts: null }
  }
}
