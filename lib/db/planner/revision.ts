import 'server-only'
import { AppError, notFound } from '@/lib/core/app-error'
import type { Tx } from '../client'
import type { OrgId } from '../org-id'

// Optimistic concurrency for plan edits (engineering guide, style rule 11).

const planSelect = { id: true, sprintId: true, version: true, revision: true, status: true, objective: true, summary: true } as const

const staleMessage =
  'Someone else changed this plan since you loaded it, so your change was not saved. Reload to see the latest version and try again.'

/**
 * The race: two managers load revision 4 of the same plan and both submit a change. A read-then-write
 * check would let both pass and the second would silently overwrite the first. Instead the revision
 * is part of the UPDATE's WHERE clause: Postgres row-locks the plan for the first transaction, the
 * second UPDATE re-reads the row after that commits, no longer matches `revision = 4`, updates 0 rows
 * and we refuse with CONFLICT. Returns the plan as it is after the bump.
 */
async function claimRevision(orgId: OrgId, tx: Tx, planId: string, revision: number) {
  const claimed = await tx.plan.updateMany({ where: { id: planId, organizationId: orgId, revision }, data: { revision: { increment: 1 } } })
  const plan = await tx.plan.findFirst({
    where: { id: planId, organizationId: orgId },
    select: planSelect,
  })
  if (!plan) throw notFound('Plan')
  if (claimed.count !== 1) throw new AppError('CONFLICT', staleMessage)
  return plan
}

/** Only the newest version of a sprint's plan is edited; older ones are history. */
async function requireLatest(orgId: OrgId, tx: Tx, sprintId: string, version: number) {
  const newer = await tx.plan.findFirst({
    where: { organizationId: orgId, sprintId, version: { gt: version } },
    select: { version: true },
    orderBy: { version: 'desc' },
  })
  if (newer)
    throw new AppError('CONFLICT', `Version ${version} is no longer the newest: version ${newer.version} exists. Reload to work on it.`)
}

/** Every edit of a plan starts here, inside its transaction: claim the revision the editor saw, on the newest version. */
export async function claimLatest(orgId: OrgId, tx: Tx, planId: string, revision: number) {
  const plan = await claimRevision(orgId, tx, planId, revision)
  await requireLatest(orgId, tx, plan.sprintId, plan.version)
  return plan
}

/**
 * The version a new one is made from (a re-plan, a saved what-if, a draft opened by an edit). A draft
 * is claimed like any edit. A published version is never written, not even its revision (decision
 * 0055): it is only checked to be the one the editor saw and the newest; two copies racing for the
 * next version number meet the unique (sprintId, version) index, which lets exactly one win.
 */
export async function claimBase(orgId: OrgId, tx: Tx, planId: string, revision: number) {
  const plan = await tx.plan.findFirst({ where: { id: planId, organizationId: orgId }, select: planSelect })
  if (!plan) throw notFound('Plan')
  if (plan.status !== 'PUBLISHED') return claimLatest(orgId, tx, planId, revision)
  if (plan.revision !== revision) throw new AppError('CONFLICT', staleMessage)
  await requireLatest(orgId, tx, plan.sprintId, plan.version)
  return plan
}
