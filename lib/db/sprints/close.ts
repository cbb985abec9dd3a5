import 'server-only'
import type { CloseItemInput, CloseSprintInput } from '@/lib/schemas/sprint'
import { AppError } from '@/lib/core/app-error'
import { groupBy } from '@/lib/metrics/group'
import { recordAudit } from '../accounts/audit'
import type { WebhookData } from '@/lib/webhooks/events'
import type { Tx } from '../client'
import { transactionWithOutbox } from '../webhooks/outbox'
import { trackWorkItems } from '../work-items/change-events'
import type { OrgId } from '../org-id'
import type { UserId } from '../user-id'

// Closing a sprint keeps its history (decision 0056): delivered items (on time or late) get their
// outcome, become Done and stay in the closed sprint with their plan assignments; only items not
// delivered move, each to its chosen open sprint of the same team or to the backlog. All or nothing.

/** What the audit event records and the closed sprint's page reads back: where the rest went. */
export type MovedGroup = { sprintId: string | null; sprintName: string | null; items: number }
export type CloseResult = { delivered: number; onTime: number; late: number; moved: MovedGroup[] }

const listNames = (titles: string[]) => `${titles.slice(0, 3).join(', ')}${titles.length > 3 ? ` and ${titles.length - 3} more` : ''}`

/** Every item of the sprint gets exactly one decision, and no decision names an item outside it. */
function requireOneDecisionEach(items: { id: string; title: string }[], decisions: CloseItemInput[]) {
  const ids = new Set(decisions.map((d) => d.workItemId))
  if (ids.size !== decisions.length)
    throw new AppError('INVALID', 'Each item may have one decision.', { delivery: ['Each item may have one decision.'] })
  const inSprint = new Set(items.map((i) => i.id))
  if (decisions.some((d) => !inSprint.has(d.workItemId))) throw new AppError('NOT_FOUND', 'Some items are not in this sprint.')
  const undecided = items.filter((i) => !ids.has(i.id)).map((i) => i.title)
  if (undecided.length > 0) {
    // Also what an item added to the sprint after the page was loaded looks like: reloading shows it.
    const message = `Choose a delivery for every item: ${listNames(undecided)} ${undecided.length === 1 ? 'has' : 'have'} none.`
    throw new AppError('INVALID', message, { delivery: [message] })
  }
}

/** Destinations must be open sprints of the same team other than this one; returns their names. */
async function requireDestinations(tx: Tx, orgId: OrgId, sprint: { id: string; teamId: string }, ids: string[]) {
  const found = await tx.sprint.findMany({
    where: { id: { in: ids }, organizationId: orgId },
    select: { id: true, name: true, teamId: true, status: true },
  })
  if (found.length !== ids.length) throw new AppError('NOT_FOUND', 'Sprint not found.', { targetSprintId: ['Sprint not found.'] })
  if (found.some((s) => s.id === sprint.id || s.status === 'CLOSED' || s.teamId !== sprint.teamId)) {
    const message = 'Move not delivered items to an open sprint of the same team, or to the backlog.'
    throw new AppError('INVALID', message, { targetSprintId: [message] })
  }
  return new Map(found.map((s) => [s.id, s.name]))
}

export async function closeSprint(orgId: OrgId, actorId: UserId, input: CloseSprintInput): Promise<CloseResult> {
  return transactionWithOutbox(
    async (tx, outbox) => {
      const sprint = await tx.sprint.findFirst({
        where: { id: input.sprintId, organizationId: orgId },
        select: { id: true, name: true, teamId: true, status: true },
      })
      if (!sprint) throw new AppError('NOT_FOUND', 'Sprint not found.')
      // Marked closed first and only if still open: a second close of the same sprint (two managers,
      // a double submit) waits on this row and then matches nothing, instead of recording twice.
      const claimed = await tx.sprint.updateMany({
        where: { id: sprint.id, organizationId: orgId, status: { not: 'CLOSED' } },
        data: { status: 'CLOSED' },
      })
      if (claimed.count === 0) throw new AppError('CONFLICT', 'This sprint is already closed.')
      const items = await tx.workItem.findMany({ where: { organizationId: orgId, sprintId: sprint.id }, select: { id: true, title: true } })
      requireOneDecisionEach(items, input.items)

      const tracking = await trackWorkItems(tx, orgId, outbox, 'sprint-close', { ids: items.map((i) => i.id) })
      const delivered = input.items.filter((d) => d.delivery !== 'NOT_DELIVERED')
      const notDelivered = input.items.filter((d) => d.delivery === 'NOT_DELIVERED')
      const byTarget = groupBy(notDelivered, (d) => d.targetSprintId)
      const names = await requireDestinations(
        tx,
        orgId,
        sprint,
        [...byTarget.keys()].filter((id): id is string => id !== null),
      )

      // A stale outcome (recorded earlier, or on an item now not delivered) is replaced or dropped.
      await tx.outcome.deleteMany({ where: { organizationId: orgId, workItemId: { in: input.items.map((d) => d.workItemId) } } })
      await tx.outcome.createMany({
        data: delivered.map(({ workItemId, delivery, reworkHours, defects, note }) => ({
          organizationId: orgId,
          sprintId: sprint.id,
          workItemId,
          delivery: delivery === 'ON_TIME' ? ('ON_TIME' as const) : ('SLIPPED' as const),
          reworkHours,
          defects,
          note,
        })),
      })
      await tx.workItem.updateMany({
        where: { organizationId: orgId, id: { in: delivered.map((d) => d.workItemId) } },
        data: { status: 'DONE' },
      })
      const moved: MovedGroup[] = []
      for (const [target, group] of byTarget) {
        // An item marked Done but not delivered did not make it: it moves on as work still in progress.
        const ids = group.map((d) => d.workItemId)
        await tx.workItem.updateMany({ where: { organizationId: orgId, id: { in: ids }, status: 'DONE' }, data: { status: 'IN_PROGRESS' } })
        await tx.workItem.updateMany({ where: { organizationId: orgId, id: { in: ids } }, data: { sprintId: target } })
        moved.push({ sprintId: target, sprintName: target ? (names.get(target) ?? null) : null, items: ids.length })
      }
      const onTime = delivered.filter((d) => d.delivery === 'ON_TIME').length
      const result = { delivered: delivered.length, onTime, late: delivered.length - onTime, moved }
      await recordAudit(orgId, { actorId, action: 'sprint.closed', targetType: 'sprint', targetId: sprint.id, data: result }, tx)
      await tracking.record()
      await outbox.record(tx, orgId, 'sprint.closed', {
        sprintId: sprint.id,
        name: sprint.name,
        teamId: sprint.teamId,
        delivered: result.delivered,
        onTime: result.onTime,
        late: result.late,
        // Not delivered items name where they went (null: the backlog).
        items: input.items.map((d): WebhookData =>
          d.delivery === 'NOT_DELIVERED'
            ? { workItemId: d.workItemId, delivery: d.delivery, movedToSprintId: d.targetSprintId }
            : { workItemId: d.workItemId, delivery: d.delivery },
        ),
      })
      return result
    },
    { timeout: 30_000 },
  )
}
