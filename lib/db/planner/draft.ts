import 'server-only'
import type { EditedVersion } from '@/lib/planner/types'
import { recordAudit } from '../accounts/audit'
import type { Tx } from '../client'
import type { OrgId } from '../org-id'
import type { UserId } from '../user-id'
import { claimBase } from './revision'

// Published means published (decision 0055): engineers work from a published version, so a hand edit
// of it never changes it. The edit lands on a new draft, copied from it in the edit's transaction.

/** Who edits: the draft's author is their membership, the audit log's actor their user. */
export type Editor = { userId: UserId; membershipId: string }

/**
 * Claims the version the editor saw for an edit: a draft is edited in place (its revision bumped); the
 * published version is copied, rows and summary, into draft v(n+1) "based on" it, and that is edited.
 */
export async function claimEditable(orgId: OrgId, tx: Tx, editor: Editor, planId: string, revision: number) {
  const base = await claimBase(orgId, tx, planId, revision)
  if (base.status !== 'PUBLISHED') return base
  const summary = { ...(base.summary as object), kind: 'edit', basedOnVersion: base.version, movedCount: 0, movedItemIds: [], why: [] }
  const draft = await tx.plan.create({
    data: {
      organizationId: orgId,
      sprintId: base.sprintId,
      version: base.version + 1,
      authorId: editor.membershipId,
      objective: base.objective,
      summary,
    },
    select: { id: true, sprintId: true, version: true, revision: true, status: true, objective: true, summary: true },
  })
  // Copied in the database: the rows never travel through the server, and their ids are new.
  await tx.$executeRaw`
    INSERT INTO "Assignment" ("id", "organizationId", "planId", "workItemId", "membershipId", "mode", "fit", "value", "reasons", "locked")
    SELECT gen_random_uuid()::text, "organizationId", ${draft.id}, "workItemId", "membershipId", "mode", "fit", "value", "reasons", "locked"
    FROM "Assignment" WHERE "planId" = ${base.id} AND "organizationId" = ${orgId}`
  await recordAudit(
    orgId,
    {
      actorId: editor.userId,
      action: 'plan.draft',
      targetType: 'plan',
      targetId: draft.id,
      data: { sprintId: base.sprintId, version: draft.version, basedOnVersion: base.version },
    },
    tx,
  )
  return draft
}

export const editedVersion = (plan: { id: string; version: number; revision: number; status: EditedVersion['status'] }): EditedVersion => ({
  planId: plan.id,
  version: plan.version,
  revision: plan.revision,
  status: plan.status,
})
