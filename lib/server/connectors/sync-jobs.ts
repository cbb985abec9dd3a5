import 'server-only'
import { listConnectionsDueForSync, updateSyncQueued, updateSyncStarted } from '@/lib/db/connectors/connections'
import { enqueue } from '@/lib/db/jobs/queue'
import { orgIdOfTrackerConnection, type OrgId } from '@/lib/db/org-id'
import type { UserId } from '@/lib/db/user-id'
import { log } from '@/lib/log'
import { readOrNull } from '../read-or-404'
import { syncConnection } from './sync'

// Syncs run as connector.sync jobs (decision 0073), keyed by connection on a `stately` queue: however
// many clicks, schedules and workers, one sync of a connection waits and one runs at a time, and the
// row lock in syncIssues backs that up. A request marks the connection queued for settings to show.

export type SyncRequest = { queued: boolean }

/** "Sync now" (and the schedule, for no user): false when a sync of the connection is already waiting. */
export async function requestConnectionSync(
  orgId: OrgId,
  actorId: UserId | null,
  connectionId: string,
  now = new Date(),
): Promise<SyncRequest> {
  await updateSyncQueued(orgId, actorId, connectionId, now)
  const jobId = await enqueue('connector.sync', { connectionId }, { singletonKey: connectionId })
  return { queued: jobId !== null }
}

/** The connector.sync job. */
export async function runConnectionSyncJob(connectionId: string) {
  const orgId = await readOrNull(() => orgIdOfTrackerConnection(connectionId))
  if (!orgId) return
  await updateSyncStarted(orgId, connectionId, new Date())
  const outcome = await syncConnection(orgId, null, connectionId)
  log('info', 'tracker sync finished', { connectionId, status: outcome.status })
}

/** The connector.schedule job: queues a sync of every connection whose schedule says it is due. */
export async function queueDueSyncs(now = new Date()) {
  let queued = 0
  for (const connectionId of await listConnectionsDueForSync(now)) {
    const orgId = await readOrNull(() => orgIdOfTrackerConnection(connectionId))
    if (orgId && (await requestConnectionSync(orgId, null, connectionId, now)).queued) queued++
  }
  return queued
}
