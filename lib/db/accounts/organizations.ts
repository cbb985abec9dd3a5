import 'server-only'
import { DEFAULT_POLICY } from '@/lib/matching'
import { DEFAULT_POLICY_REASONS } from '@/lib/work-items/policy-reasons'
import { WORK_TYPES } from '@/lib/core/work-types'
import { recordAudit } from './audit'
import { prisma } from '../client'
import { orgIdFromMembership, type OrgId } from '../org-id'
import type { UserId } from '../user-id'

function slugify(name: string): string {
  const base = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)
  return base || 'org'
}

/** A new organisation with its creator as OWNER and the default work-type policy, all or nothing. */
export async function createOrganization(userId: UserId, name: string) {
  const suffix = Math.random().toString(36).slice(2, 8)
  return prisma.$transaction(async (tx) => {
    const org = await tx.organization.create({ data: { name, slug: `${slugify(name)}-${suffix}` } })
    const membership = await tx.membership.create({ data: { organizationId: org.id, userId, role: 'OWNER' } })
    await tx.workTypePolicy.createMany({
      data: WORK_TYPES.map((workType) => ({
        organizationId: org.id,
        workType,
        mode: DEFAULT_POLICY[workType].recommended,
        reason: DEFAULT_POLICY_REASONS[workType],
      })),
    })
    // The creator's membership, just written, is what makes the new id a tenant this user may act in.
    await recordAudit(
      await orgIdFromMembership(userId, org.id, tx),
      { actorId: userId, action: 'organization.created', targetType: 'organization', targetId: org.id },
      tx,
    )
    return { organizationId: org.id, membershipId: membership.id }
  })
}

export async function renameOrganization(orgId: OrgId, actorId: UserId, name: string) {
  return prisma.$transaction(async (tx) => {
    await tx.organization.update({ where: { id: orgId }, data: { name } })
    await recordAudit(orgId, { actorId, action: 'organization.renamed', targetType: 'organization', targetId: orgId, data: { name } }, tx)
    return { name }
  })
}

export async function getOrganizationSettings(orgId: OrgId) {
  return prisma.organization.findUniqueOrThrow({ where: { id: orgId }, select: { name: true, slug: true, createdAt: true } })
}
