import 'server-only'
import { checkMove } from '@/lib/matching'
import { parseSummary } from '@/lib/planner/meta'
import { scoreItem, objectiveOf, summariseEngineers } from '@/lib/planner/summarise'
import type { AssignmentMap, EditedVersion, MoveResult } from '@/lib/planner/types'
import { humanise } from '@/lib/planner/words'
import type { MoveItemInput, SetLockInput, SetPinInput } from '@/lib/schemas/plan'
import { AppError, notFound } from '@/lib/core/app-error'
import { recordAudit } from '../accounts/audit'
import { prisma } from '../client'
import type { OrgId } from '../org-id'
import { loadBasePlan } from './compute'
import { trackWorkItems } from '../work-items/change-events'
import { recordPlanChanged } from './changed-event'
import { claimEditable, editedVersion, type Editor } from './draft'
import { getSprintHeader, loadPlanningInput } from './input'
import { write } from './plans'

// A manager's hand edits on the board. The board already ran checkMove in the browser; the server
// runs it again on fresh rows because the browser's copy may be stale or tampered with. An edit of the
// published version lands on a new draft copied from it (claimEditable), so rows are found by plan and
// item, never by the base's row ids.

type Actor = Editor & { name: string }

async function loadEditable(orgId: OrgId, planId: string, itemId: string) {
  const base = await loadBasePlan(orgId, planId)
  const row = base.assignments.find((a) => a.workItemId === itemId)
  if (!row) throw notFound('Work item')
  return { base, row }
}

export async function moveItem(orgId: OrgId, actor: Actor, input: MoveItemInput): Promise<MoveResult> {
  const { base, row } = await loadEditable(orgId, input.planId, input.itemId)
  const summary = parseSummary(base.summary)
  const built = await loadPlanningInput(orgId, await getSprintHeader(orgId, base.sprintId), summary.scenario)
  const to = input.toMembershipId
  if (to && !built.input.engineers.some((e) => e.id === to)) {
    const member = await prisma.membership.findFirst({ where: { id: to, organizationId: orgId }, select: { id: true } })
    if (!member) throw notFound('Team member')
    throw new AppError('INVALID', 'That person is not planned in this sprint (no profile, no hours, or taken out).', {
      toMembershipId: ['Not planned in this sprint.'],
    })
  }
  const current: AssignmentMap = Object.fromEntries(base.assignments.map((a) => [a.workItemId, a.membershipId]))
  const previous = Object.fromEntries(Object.entries(current).filter((e): e is [string, string] => e[1] !== null))
  const locked = base.assignments.filter((a) => a.locked && a.membershipId).map((a) => a.workItemId)
  const titles = Object.fromEntries(built.input.items.map((i) => [i.id, i.title ?? i.id]))
  const check = checkMove({ ...built.input, previous: { assignments: previous, locked } }, current, input.itemId, to)
  if (!check.allowed)
    throw new AppError('INVALID', `Refused: ${humanise(check.reason, titles)}`, { toMembershipId: [humanise(check.reason, titles)] })

  const next: AssignmentMap = { ...current, [input.itemId]: to }
  const score = scoreItem(built.input, input.itemId, to)
  const warnings = check.warnings.map((w) => humanise(w, titles))
  const fromName = row.membershipId ? (built.names[row.membershipId] ?? 'someone') : 'the Unassigned lane'
  const reasons = [
    to ? `Moved by hand by ${actor.name} from ${fromName}.` : `Taken off the plan by hand by ${actor.name}.`,
    ...warnings,
    `Objective change of this move: ${check.objectiveDelta >= 0 ? '+' : ''}${Math.round(check.objectiveDelta * 100) / 100}.`,
  ]
  const objective = objectiveOf(built.input, next)
  const alternatives = { ...summary.alternatives }
  delete alternatives[input.itemId]
  const engineers = summariseEngineers(built.input, next)

  return write(async (tx, outbox) => {
    const plan = await claimEditable(orgId, tx, actor, base.id, input.revision)
    await tx.assignment.updateMany({
      where: { planId: plan.id, workItemId: input.itemId, organizationId: orgId },
      data: { membershipId: to, fit: score.fit, value: score.value, mode: score.mode, reasons },
    })
    await recordPlanChanged(tx, outbox, orgId, plan, {
      change: 'move',
      newDraft: plan.id !== base.id,
      workItemId: input.itemId,
      fromMembershipId: row.membershipId,
      toMembershipId: to,
    })
    // The claimed version's own summary: a draft just opened says what it is based on.
    const stored = { ...(plan.summary as object), alternatives, engineers }
    await tx.plan.updateMany({ where: { id: plan.id, organizationId: orgId }, data: { objective, summary: stored as object } })
    await recordAudit(
      orgId,
      {
        actorId: actor.userId,
        action: 'plan.move',
        targetType: 'plan',
        targetId: plan.id,
        data: { itemId: input.itemId, from: row.membershipId, to },
      },
      tx,
    )
    return { ...editedVersion(plan), objective, objectiveDelta: check.objectiveDelta, warnings }
  })
}

export async function setLock(orgId: OrgId, editor: Editor, input: SetLockInput): Promise<EditedVersion> {
  const { base, row } = await loadEditable(orgId, input.planId, input.itemId)
  if (input.locked && !row.membershipId) throw new AppError('INVALID', 'Only an assigned item can be locked.')
  return write(async (tx, outbox) => {
    const plan = await claimEditable(orgId, tx, editor, base.id, input.revision)
    await tx.assignment.updateMany({
      where: { planId: plan.id, workItemId: input.itemId, organizationId: orgId },
      data: { locked: input.locked },
    })
    const action = input.locked ? 'plan.lock' : 'plan.unlock'
    await recordPlanChanged(tx, outbox, orgId, plan, {
      change: input.locked ? 'lock' : 'unlock',
      newDraft: plan.id !== base.id,
      workItemId: input.itemId,
    })
    await recordAudit(orgId, { actorId: editor.userId, action, targetType: 'plan', targetId: plan.id, data: { itemId: input.itemId } }, tx)
    return editedVersion(plan)
  })
}

/**
 * A pin lives on the work item (every future plan honours it); it pins to the item's current engineer.
 * On a published version it still opens a draft, so that the board showing the pin is one that can change.
 */
export async function setPin(orgId: OrgId, editor: Editor, input: SetPinInput): Promise<EditedVersion & { pinnedTo: string | null }> {
  const { base, row } = await loadEditable(orgId, input.planId, input.itemId)
  if (input.pinned && !row.membershipId) throw new AppError('INVALID', 'Assign the item to someone before pinning it.')
  const pinnedTo = input.pinned ? row.membershipId : null
  return write(async (tx, outbox) => {
    const plan = await claimEditable(orgId, tx, editor, base.id, input.revision)
    // The pin is a field of the work item too: work_item.updated reports it besides plan.changed.
    const tracking = await trackWorkItems(tx, orgId, outbox, 'planner', { ids: [input.itemId] })
    await tx.workItem.updateMany({ where: { id: input.itemId, organizationId: orgId }, data: { pinnedToId: pinnedTo } })
    await tracking.record()
    await recordPlanChanged(tx, outbox, orgId, plan, {
      change: input.pinned ? 'pin' : 'unpin',
      newDraft: plan.id !== base.id,
      workItemId: input.itemId,
      pinnedToMembershipId: pinnedTo,
    })
    await recordAudit(
      orgId,
      {
        actorId: editor.userId,
        action: input.pinned ? 'plan.pin' : 'plan.unpin',
        targetType: 'work-item',
        targetId: input.itemId,
        data: { planId: plan.id, pinnedTo },
      },
      tx,
    )
    return { ...editedVersion(plan), pinnedTo }
  })
}
