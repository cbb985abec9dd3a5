import 'server-only'
import { StampedCache } from '@/lib/cache/stamped-cache'
import type { OrgId } from '@/lib/db/org-id'
import { log } from '../log'
import { prisma } from './client'

/**
 * Expensive organisation-wide reads (the dashboards, leads' planner view) are shared between requests
 * for a short while. Every successful server action or writing route handler bumps its organisation's
 * stamp in Postgres (`lib/server/action.ts`, `lib/server/route.ts`), and every cached read checks it, so
 * a change shows at once on every instance (decision 0046). The TTL only bounds what a write made
 * outside the app (a script, psql) leaves stale.
 */
const READ_CACHE_TTL_MS = 30_000

// Organization.readVersion is the stamp: one primary-key read per cached read, one single-row update per write.

/** The organisation's current stamp (0 for an organisation that is gone: nothing is cached for it). */
async function getReadStamp(orgId: OrgId): Promise<bigint> {
  const [row] = await prisma.$queryRaw<
    { readVersion: bigint | number | string }[]
  >`SELECT "readVersion" FROM "Organization" WHERE id = ${orgId}`
  // BIGINT arrives as a bigint through the pg adapter; BigInt() also takes what another driver might send.
  return BigInt(row?.readVersion ?? 0)
}

/** After a write in the organisation: every instance drops its cached reads of it. */
async function bumpReadStamp(orgId: OrgId): Promise<void> {
  await prisma.$executeRaw`UPDATE "Organization" SET "readVersion" = "readVersion" + 1 WHERE id = ${orgId}`
}

/** After an account change (a new name, a joined organisation): every organisation the user belongs to. */
async function bumpReadStampsOfUser(userId: string): Promise<void> {
  await prisma.$executeRaw`UPDATE "Organization" SET "readVersion" = "readVersion" + 1
    WHERE id IN (SELECT "organizationId" FROM "Membership" WHERE "userId" = ${userId})`
}

export const createReadCache = () => new StampedCache<OrgId>({ ttlMs: READ_CACHE_TTL_MS, maxEntries: 2_000, stampOf: getReadStamp })

// Next bundles route handlers apart from pages and server actions, so a module-level cache would exist
// once per bundle in one process (and an action would clear only its own). One per process, on globalThis.
const SHARED = Symbol.for('plural.read-cache')
const holder = globalThis as { [SHARED]?: StampedCache<OrgId> }
export const readCache: StampedCache<OrgId> = (holder[SHARED] ??= createReadCache())

/** An organisation, or (an account change) every organisation of a user, or nothing at all. */
export type WriteScope = OrgId | { user: string } | 'none'

/** After a successful write: drop the cached reads it made stale, here and on every other instance. */
export async function invalidateReads(scope: WriteScope): Promise<void> {
  if (scope === 'none') return
  try {
    if (typeof scope === 'string') await bumpReadStamp(scope)
    else await bumpReadStampsOfUser(scope.user)
  } catch (error) {
    // The write itself succeeded; only other instances may show it late (within the TTL).
    log('error', 'read stamp not bumped', { error })
  } finally {
    if (typeof scope === 'string') readCache.invalidate(scope)
    else readCache.invalidate()
  }
}
