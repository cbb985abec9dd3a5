import 'server-only'
import { prisma } from './client'
import type { OrgId } from './org-id'

// Organization.readVersion: the stamp that tells every instance's read cache that an organisation's
// data changed (lib/cache/stamped-cache.ts, decision 0046). One primary-key read per cached read, one
// single-row update per write.

/** The organisation's current stamp (0 for an organisation that is gone: nothing is cached for it). */
export async function getReadStamp(orgId: OrgId): Promise<bigint> {
  const [row] = await prisma.$queryRaw<{ readVersion: bigint | number | string }[]>`SELECT "readVersion" FROM "Organization" WHERE id = ${orgId}`
  // BIGINT arrives as a bigint through the pg adapter; BigInt() also takes what another driver might send.
  return BigInt(row?.readVersion ?? 0)
}

/** After a write in the organisation: every instance drops its cached reads of it. */
export async function bumpReadStamp(orgId: OrgId): Promise<void> {
  await prisma.$executeRaw`UPDATE "Organization" SET "readVersion" = "readVersion" + 1 WHERE id = ${orgId}`
}

/** After an account change (a new name, a joined organisation): every organisation the user belongs to. */
export async function bumpReadStampsOfUser(userId: string): Promise<void> {
  await prisma.$executeRaw`UPDATE "Organization" SET "readVersion" = "readVersion" + 1
    WHERE id IN (SELECT "organizationId" FROM "Membership" WHERE "userId" = ${userId})`
}
