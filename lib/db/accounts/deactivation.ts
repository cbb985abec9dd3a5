import 'server-only'
import { AppError } from '@/lib/core/app-error'
import { recordAudit } from './audit'
import { revokeAllSessions } from './users'
import type { Tx } from '../client'
import type { OrgId } from '../org-id'

// Deactivation (decision 0074): the identity provider switched the person off (SCIM active=false or
// DELETE, or single sign-on finding them gone). The membership row stays, so plans, outcomes and
// assignments keep their name, but the session gate no longer counts it (lib/db/accounts/users.ts),
// nor do API tokens, calendar feeds or the current team lists; and every session of a person with no
// other organisation ends at once. Both functions run inside the caller's transaction so the change and its audit commit together.

export type DeactivationCause = { source: 'scim' | 'sso'; tokenId?: string }

async function findMembership(tx: Tx, orgId: OrgId, membershipId: string) {
  const member = await tx.membership.findFirst({
    where: { id: membershipId, organizationId: orgId },
    select: { id: true, userId: true, role: true, deactivatedAt: true },
  })
  if (!member) throw new AppError('NOT_FOUND', 'Member not found.')
  return member
}

/**
 * Ends the member's access to the organisation at once (and all their sessions when it was their only
 * one). The organisation's last active
 * owner cannot be deactivated (nobody could manage it any more). Already deactivated: nothing changes.
 */
export async function deactivateMembership(tx: Tx, orgId: OrgId, membershipId: string, cause: DeactivationCause, now = new Date()) {
  const member = await findMembership(tx, orgId, membershipId)
  if (member.deactivatedAt) return { membershipId, changed: false }
  if (member.role === 'OWNER') {
    // Locks the owners' rows: two deactivations at once must not each see the other owner still active.
    const owners = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Membership" WHERE "organizationId" = ${orgId} AND role = 'OWNER' AND "deactivatedAt" IS NULL FOR UPDATE`
    if (owners.length <= 1) throw new AppError('INVALID', 'The last owner cannot be deactivated. Make someone else an owner first.')
  }
  await tx.membership.update({ where: { id: member.id }, data: { deactivatedAt: now } })
  // The session gate stops counting this membership on the next request. Sessions end outright only
  // when no other organisation counts the person: one organisation's provider must not sign someone
  // out of another (the provider of any organisation can provision any e-mail address).
  const elsewhere = await tx.membership.count({ where: { userId: member.userId, id: { not: member.id }, deactivatedAt: null } })
  if (elsewhere === 0) await revokeAllSessions(member.userId, tx)
  await recordAudit(
    orgId,
    { action: 'member.deactivated', targetType: 'membership', targetId: member.id, data: { userId: member.userId, ...cause } },
    tx,
  )
  return { membershipId, changed: true }
}

/** Gives a deactivated member their access back, with the role and history they had. */
export async function reactivateMembership(tx: Tx, orgId: OrgId, membershipId: string, cause: DeactivationCause) {
  const member = await findMembership(tx, orgId, membershipId)
  if (!member.deactivatedAt) return { membershipId, changed: false }
  await tx.membership.update({ where: { id: member.id }, data: { deactivatedAt: null, scimDeletedAt: null } })
  await recordAudit(
    orgId,
    { action: 'member.reactivated', targetType: 'membership', targetId: member.id, data: { userId: member.userId, ...cause } },
    tx,
  )
  return { membershipId, changed: true }
}
