import 'server-only'
import type { SyncStatus } from '@/lib/connectors/types'
import { createConnection, getConnectionForSync, updateCredential } from '@/lib/db/connectors/connections'
import type { OrgId } from '@/lib/db/org-id'
import type { UserId } from '@/lib/db/user-id'
import type { CreateConnectionInput } from '@/lib/schemas/connector'
import { encryptSecret } from '../secrets'
import { trackerClientFor } from './connect'
import { TrackerError } from './http'

// Adding, reconnecting and testing a connection. The token is sealed before it reaches lib/db and
// nothing here returns it: the browser only ever sends a token, it never gets one back.

function scopeOf(input: CreateConnectionInput) {
  switch (input.kind) {
    case 'JIRA':
      return { jql: input.jql, storyPointsField: input.storyPointsField }
    case 'LINEAR':
      return { teamId: input.teamId, cycleId: input.cycleId }
    case 'GITHUB':
      return { repository: input.repository, labels: input.labels, milestone: input.milestone }
  }
}

export async function createTrackerConnection(orgId: OrgId, actorId: UserId, input: CreateConnectionInput) {
  return createConnection(orgId, actorId, {
    kind: input.kind,
    name: input.name,
    baseUrl: input.baseUrl,
    account: input.kind === 'JIRA' ? input.account : '',
    sealedCredential: encryptSecret(input.token),
    scope: scopeOf(input),
    pointsToHours: input.pointsToHours,
    defaultHours: input.defaultHours,
  })
}

export async function reconnectTrackerConnection(orgId: OrgId, actorId: UserId, input: { connectionId: string; token: string }) {
  await updateCredential(orgId, actorId, input.connectionId, encryptSecret(input.token))
}

/** "Test": one authenticated call, answered as the status settings would show. */
export async function testTrackerConnection(orgId: OrgId, connectionId: string): Promise<{ status: SyncStatus; message: string }> {
  const connection = await getConnectionForSync(orgId, connectionId)
  try {
    await trackerClientFor(connection).check()
    return { status: 'ok', message: 'Connected: the tracker accepted the token.' }
  } catch (error) {
    if (error instanceof TrackerError) return { status: error.failure, message: error.message }
    throw error
  }
}
