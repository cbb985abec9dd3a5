import 'server-only'
import { DEFAULT_POLICY } from '@/lib/matching'
import type { PolicyEntry } from '@/lib/schemas/policy'
import { DEFAULT_POLICY_REASONS } from '@/lib/work-items/policy-reasons'
import { WORK_TYPES, type Mode, type WorkType } from '@/lib/core/work-types'
import { recordAudit } from '../accounts/audit'
import { prisma, type Tx } from '../client'
import type { OrgId } from '../org-id'
import type { UserId } from '../user-id'

// The organisation's work type → recommended mode table. Every organisation gets the default rows
// when it is created; a missing row (older data) reads as the default, so callers always see 12.

export type PolicyRow = { workType: WorkType; mode: Mode; reason: string; defaultMode: Mode; defaultReason: string; isDefault: boolean }

const defaults = (workType: WorkType) => ({ mode: DEFAULT_POLICY[workType].recommended, reason: DEFAULT_POLICY_REASONS[workType] })

async function readRows(orgId: OrgId, db: Tx | typeof prisma = prisma) {
  const rows = await db.workTypePolicy.findMany({ where: { organizationId: orgId }, select: { workType: true, mode: true, reason: true } })
  return new Map(rows.map((r) => [r.workType, r]))
}

export async function getPolicy(orgId: OrgId): Promise<PolicyRow[]> {
  const rows = await readRows(orgId)
  return WORK_TYPES.map((workType) => {
    const d = defaults(workType)
    const row = rows.get(workType) ?? d
    return {
      workType,
      mode: row.mode,
      reason: row.reason,
      defaultMode: d.mode,
      defaultReason: d.reason,
      isDefault: row.mode === d.mode && row.reason === d.reason,
    }
  })
}

/** The recommended mode per work type (what "mode" means for an item without an override). */
export async function getPolicyModes(orgId: OrgId): Promise<Record<WorkType, Mode>> {
  const rows = await readRows(orgId)
  return Object.fromEntries(WORK_TYPES.map((t) => [t, rows.get(t)?.mode ?? defaults(t).mode])) as Record<WorkType, Mode>
}

/** Writes the rows that changed, each with its own audit event (before and after), in one transaction. */
export async function updatePolicy(orgId: OrgId, actorId: UserId, entries: readonly PolicyEntry[], action = 'policy.updated') {
  return prisma.$transaction(async (tx) => {
    const current = await readRows(orgId, tx)
    let changed = 0
    for (const entry of entries) {
      const before = current.get(entry.workType) ?? defaults(entry.workType)
      if (before.mode === entry.mode && before.reason === entry.reason) continue
      await tx.workTypePolicy.upsert({
        where: { organizationId_workType: { organizationId: orgId, workType: entry.workType } },
        create: { organizationId: orgId, workType: entry.workType, mode: entry.mode, reason: entry.reason },
        update: { mode: entry.mode, reason: entry.reason },
      })
      await recordAudit(
        orgId,
        {
          actorId,
          action,
          targetType: 'work-type-policy',
          targetId: entry.workType,
          data: { before: { mode: before.mode, reason: before.reason }, after: { mode: entry.mode, reason: entry.reason } },
        },
        tx,
      )
      changed++
    }
    return { changed }
  })
}

/** Back to the default table (docs/matching-contract.md, "Vocabulary") and the default reasons; audited per row as `policy.reset`. */
export async function resetPolicy(orgId: OrgId, actorId: UserId) {
  return updatePolicy(
    orgId,
    actorId,
    WORK_TYPES.map((workType) => ({ workType, ...defaults(workType) })),
    'policy.reset',
  )
}
