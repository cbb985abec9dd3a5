import 'server-only'
import type { WebhookData } from '@/lib/webhooks/events'
import type { Tx } from '../client'
import type { OrgId } from '../org-id'
import type { WebhookOutbox } from '../webhooks/outbox'

// The plan.changed webhook: every edit of a plan version (a new version planned, re-planned or saved
// from a what-if; a move, lock or pin on the board, which on a published version opens a new draft)
// says which version it left behind, at which revision (the API's ETag), and what changed.

type Version = { id: string; sprintId: string; version: number; revision: number; status: string }

export async function recordPlanChanged(
  tx: Tx,
  outbox: WebhookOutbox,
  orgId: OrgId,
  plan: Version,
  change: { change: string } & WebhookData,
) {
  await outbox.record(tx, orgId, 'plan.changed', {
    planId: plan.id,
    sprintId: plan.sprintId,
    version: plan.version,
    revision: plan.revision,
    status: plan.status,
    ...change,
  })
}
