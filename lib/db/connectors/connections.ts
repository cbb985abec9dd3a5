import 'server-only'
import { isSyncDue } from '@/lib/connectors/schedule'
import type { SyncCounts, SyncStatus, TrackerKind, TypeMappingRow } from '@/lib/connectors/types'
import { notFound } from '@/lib/core/app-error'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { SyncSchedule } from '@/lib/schemas/connector'
import { recordAudit } from '../accounts/audit'
import { prisma } from '../client'
import type { OrgId } from '../org-id'
import type { UserId } from '../user-id'

// Tracker connections of an organisation. `credential` holds the sealed token (lib/server/secrets.ts);
// only getConnectionForSync selects it, and only the sync and write-back on the server call that.

/** Everything settings shows about a connection: no credential, sealed or not. */
const PUBLIC_COLUMNS = {
  id: true,
  kind: true,
  name: true,
  baseUrl: true,
  account: true,
  scope: true,
  pointsToHours: true,
  defaultHours: true,
  writeBack: true,
  typeMapping: true,
  lastSyncAt: true,
  lastSyncStatus: true,
  lastSyncMessage: true,
  lastSyncCounts: true,
  syncSchedule: true,
  syncQueuedAt: true,
  syncStartedAt: true,
  createdAt: true,
} as const satisfies Prisma.TrackerConnectionSelect

export type NewConnection = {
  kind: TrackerKind
  name: string
  baseUrl: string
  account: string
  sealedCredential: string
  scope: Prisma.InputJsonValue
  pointsToHours: number
  defaultHours: number
}

export async function createConnection(orgId: OrgId, actorId: UserId, input: NewConnection) {
  const { sealedCredential, ...rest } = input
  const row = await prisma.trackerConnection.create({
    data: { organizationId: orgId, credential: sealedCredential, ...rest },
    select: { id: true },
  })
  await recordAudit(orgId, {
    actorId,
    action: 'connector.created',
    targetType: 'tracker-connection',
    targetId: row.id,
    data: { kind: input.kind },
  })
  return row
}

export async function listConnections(orgId: OrgId) {
  const rows = await prisma.trackerConnection.findMany({
    where: { organizationId: orgId },
    orderBy: { createdAt: 'asc' },
    select: PUBLIC_COLUMNS,
  })
  const flagged = await prisma.syncedItem.groupBy({
    by: ['connectionId'],
    where: { organizationId: orgId, flaggedAt: { not: null } },
    _count: { _all: true },
  })
  const flaggedBy = new Map(flagged.map((f) => [f.connectionId, f._count._all]))
  return rows.map((row) => ({
    ...row,
    typeMapping: row.typeMapping as TypeMappingRow[],
    lastSyncStatus: row.lastSyncStatus as SyncStatus | null,
    lastSyncCounts: row.lastSyncCounts as SyncCounts | null,
    syncSchedule: row.syncSchedule as SyncSchedule,
    flagged: flaggedBy.get(row.id) ?? 0,
  }))
}
export type ConnectionView = Awaited<ReturnType<typeof listConnections>>[number]

/** The connection with its sealed credential, for the server's own calls to the tracker. */
export async function getConnectionForSync(orgId: OrgId, connectionId: string) {
  const row = await prisma.trackerConnection.findFirst({
    where: { id: connectionId, organizationId: orgId },
    select: { ...PUBLIC_COLUMNS, credential: true },
  })
  if (!row) throw notFound('Connection')
  return { ...row, typeMapping: row.typeMapping as TypeMappingRow[] }
}
export type ConnectionForSync = Awaited<ReturnType<typeof getConnectionForSync>>

async function updateOwned(orgId: OrgId, connectionId: string, data: Prisma.TrackerConnectionUpdateManyMutationInput) {
  const { count } = await prisma.trackerConnection.updateMany({ where: { id: connectionId, organizationId: orgId }, data })
  if (count === 0) throw notFound('Connection')
}

export async function updateConnectionSettings(
  orgId: OrgId,
  actorId: UserId,
  input: { connectionId: string; writeBack: boolean; pointsToHours: number; defaultHours: number; syncSchedule: SyncSchedule },
) {
  const { connectionId, ...data } = input
  await updateOwned(orgId, connectionId, data)
  await recordAudit(orgId, { actorId, action: 'connector.settings', targetType: 'tracker-connection', targetId: connectionId, data })
}

export async function updateTypeMapping(orgId: OrgId, actorId: UserId, connectionId: string, rows: TypeMappingRow[]) {
  await updateOwned(orgId, connectionId, { typeMapping: rows })
  await recordAudit(orgId, {
    actorId,
    action: 'connector.mapping',
    targetType: 'tracker-connection',
    targetId: connectionId,
    data: { rows: rows.length },
  })
}

/** Adds or replaces the row for an upstream type or label (names compare without case). */
export async function addTypeMappingRow(orgId: OrgId, actorId: UserId, connectionId: string, row: TypeMappingRow) {
  const { typeMapping } = await getConnectionForSync(orgId, connectionId)
  const others = typeMapping.filter((r) => r.upstream.toLowerCase() !== row.upstream.toLowerCase())
  await updateTypeMapping(orgId, actorId, connectionId, [...others, row])
}

export async function removeTypeMappingRow(orgId: OrgId, actorId: UserId, connectionId: string, upstream: string) {
  const { typeMapping } = await getConnectionForSync(orgId, connectionId)
  await updateTypeMapping(
    orgId,
    actorId,
    connectionId,
    typeMapping.filter((r) => r.upstream.toLowerCase() !== upstream.toLowerCase()),
  )
}

/** A new token after the tracker refused the old one; the failure stays shown until the next sync. */
export async function updateCredential(orgId: OrgId, actorId: UserId, connectionId: string, sealedCredential: string) {
  await updateOwned(orgId, connectionId, { credential: sealedCredential })
  await recordAudit(orgId, { actorId, action: 'connector.reconnected', targetType: 'tracker-connection', targetId: connectionId })
}

/** Removes the connection and its links; the work items it created stay in the backlog as ordinary items. */
export async function deleteConnection(orgId: OrgId, actorId: UserId, connectionId: string) {
  const { count } = await prisma.trackerConnection.deleteMany({ where: { id: connectionId, organizationId: orgId } })
  if (count === 0) throw notFound('Connection')
  await recordAudit(orgId, { actorId, action: 'connector.removed', targetType: 'tracker-connection', targetId: connectionId })
}

/** A sync that failed before it could write: the failure shows in settings ("reconnect" on a refused token). */
export async function updateSyncFailure(orgId: OrgId, connectionId: string, status: SyncStatus, message: string) {
  await updateOwned(orgId, connectionId, { lastSyncAt: new Date(), lastSyncStatus: status, lastSyncMessage: message })
}

/** "Sync now" or the schedule asked for a sync: settings shows it queued until a run starts. */
export async function updateSyncQueued(orgId: OrgId, actorId: UserId | null, connectionId: string, at: Date) {
  await updateOwned(orgId, connectionId, { syncQueuedAt: at })
  if (actorId)
    await recordAudit(orgId, { actorId, action: 'connector.sync-requested', targetType: 'tracker-connection', targetId: connectionId })
}

/** A connector.sync job took the connection: settings shows it running until the result is recorded. */
export async function updateSyncStarted(orgId: OrgId, connectionId: string, at: Date) {
  await updateOwned(orgId, connectionId, { syncStartedAt: at })
}

/**
 * The connections of every organisation whose schedule says a sync is due (the connector.schedule job,
 * which acts for no user). Only ids: each sync then reads its connection with its organisation.
 */
export async function listConnectionsDueForSync(now: Date): Promise<string[]> {
  const rows = await prisma.trackerConnection.findMany({
    where: { syncSchedule: { not: 'off' } },
    select: { id: true, syncSchedule: true, lastSyncAt: true, syncQueuedAt: true, syncStartedAt: true },
  })
  return rows.filter((row) => isSyncDue(row.syncSchedule as SyncSchedule, row, now)).map((row) => row.id)
}
