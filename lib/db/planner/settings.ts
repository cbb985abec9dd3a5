import 'server-only'
import { notFound } from '@/lib/core/app-error'
import { recordAudit } from '../accounts/audit'
import { prisma } from '../client'
import type { OrgId } from '../org-id'
import type { UserId } from '../user-id'

// The organisation's planning option: how much of the objective the balance pass may give up to keep
// people under the 85% load line (decision 0057). Every plan, re-plan and what-if of the app uses it.

export async function getBalanceCostShare(orgId: OrgId): Promise<number> {
  const org = await prisma.organization.findUnique({ where: { id: orgId }, select: { balanceCostShare: true } })
  if (!org) throw notFound('Organisation')
  return org.balanceCostShare
}

export async function setBalanceCostShare(orgId: OrgId, actorId: UserId, share: number): Promise<{ balanceCostShare: number }> {
  return prisma.$transaction(async (tx) => {
    const before = await tx.organization.findUnique({ where: { id: orgId }, select: { balanceCostShare: true } })
    if (!before) throw notFound('Organisation')
    await tx.organization.update({ where: { id: orgId }, data: { balanceCostShare: share } })
    await recordAudit(
      orgId,
      {
        actorId,
        action: 'planning.balance_budget_changed',
        targetType: 'organization',
        targetId: orgId,
        data: { from: before.balanceCostShare, to: share },
      },
      tx,
    )
    return { balanceCostShare: share }
  })
}
