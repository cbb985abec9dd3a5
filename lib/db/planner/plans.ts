import 'server-only'
import { EMPTY_SCENARIO } from '@/lib/planner/input'
import { storePlan, type StoredPlan } from '@/lib/planner/result'
import type { CreatePlanInput, PlanRefInput, WhatIfInput } from '@/lib/schemas/plan'
import { AppError } from '@/lib/core/app-error'
import { recordAudit } from '../accounts/audit'
import { recordWhatIfDaysOff, whatIfScenario } from '../sprints/availability'
import type { Tx } from '../client'
import { transactionWithOutbox, type WebhookOutbox } from '../webhooks/outbox'
import type { OrgId } from '../org-id'
import type { UserId } from '../user-id'
import { insertAssignments } from './bulk'
import { recordPlanChanged } from './changed-event'
import { recompute, runEngine } from './compute'
import { getSprintHeader, loadPlanningInput } from './input'
import { claimBase } from './revision'
import { getBalanceCostShare } from './settings'

// Creating plan versions. A version is never overwritten: Plan, Re-plan and a saved What-if each
// insert the next version number for the sprint.

type SavedVersion = { planId: string; version: number; movedCount: number }
/** Who saves a version: the plan's author is their membership, the audit log's actor their user. */
type PlanAuthor = { userId: UserId; membershipId: string }

const versionTaken = () =>
  new AppError('CONFLICT', 'Another manager saved a new plan version for this sprint a moment ago. Reload to see it, then try again.')

async function insertVersion(
  tx: Tx,
  outbox: WebhookOutbox,
  orgId: OrgId,
  sprintId: string,
  author: PlanAuthor,
  version: number,
  stored: StoredPlan,
): Promise<SavedVersion> {
  const plan = await tx.plan.create({
    data: {
      organizationId: orgId,
      sprintId,
      version,
      authorId: author.membershipId,
      objective: stored.objective,
      summary: stored.summary as object,
    },
    select: { id: true, revision: true, status: true },
  })
  await insertAssignments(orgId, tx, plan.id, stored.rows)
  await recordPlanChanged(
    tx,
    outbox,
    orgId,
    { ...plan, sprintId, version },
    { change: stored.summary.kind, movedCount: stored.summary.movedCount },
  )
  await recordAudit(
    orgId,
    {
      actorId: author.userId,
      action: `plan.${stored.summary.kind}`,
      targetType: 'plan',
      targetId: plan.id,
      data: { sprintId, version, movedCount: stored.summary.movedCount },
    },
    tx,
  )
  return { planId: plan.id, version, movedCount: stored.summary.movedCount }
}

/**
 * A transaction that writes a new version (hand edits of the published one too, decision 0055), with
 * the outbox its plan.changed / plan.published webhooks are recorded in.
 */
export async function write<T>(work: (tx: Tx, outbox: WebhookOutbox) => Promise<T>): Promise<T> {
  try {
    return await transactionWithOutbox(work, { timeout: 20_000 })
  } catch (error) {
    // Two first plans (or two re-plans of different bases) racing for the same version number:
    // the unique (sprintId, version) index lets exactly one win.
    if ((error as { code?: string })?.code === 'P2002') throw versionTaken()
    throw error
  }
}

/** A fresh plan from scratch. `baseVersion` is the newest version the manager saw (0 = none). */
export async function createPlan(orgId: OrgId, author: PlanAuthor, input: CreatePlanInput): Promise<SavedVersion> {
  const sprint = await getSprintHeader(orgId, input.sprintId)
  const built = await loadPlanningInput(orgId, sprint, EMPTY_SCENARIO)
  const stored = storePlan(
    runEngine(built, await getBalanceCostShare(orgId)),
    built,
    { kind: 'plan', basedOnVersion: input.baseVersion || null, scenario: EMPTY_SCENARIO },
    new Set(),
    null,
  )
  return write(async (tx, outbox) => {
    const latest = await tx.plan.aggregate({ where: { organizationId: orgId, sprintId: sprint.id }, _max: { version: true } })
    const newest = latest._max.version ?? 0
    if (newest !== input.baseVersion)
      throw new AppError(
        'CONFLICT',
        `This sprint already has plan version ${newest}, newer than the page you planned from. Reload to see it.`,
      )
    return insertVersion(tx, outbox, orgId, sprint.id, author, newest + 1, stored)
  })
}

/**
 * Re-plan (or save a what-if): a draft base's revision is claimed so edits to it cannot race the copy;
 * a published base is left untouched (decision 0055) and the new version is based on it.
 */
async function saveFromBase(
  orgId: OrgId,
  author: PlanAuthor,
  ref: PlanRefInput,
  kind: 'replan' | 'what-if',
  scenario?: WhatIfInput['scenario'],
  /** More writes that stand or fall with the new version (a what-if's days off recorded in availability). */
  alsoInTx?: (tx: Tx, sprintId: string) => Promise<unknown>,
): Promise<SavedVersion> {
  const { base, sprint, stored } = await recompute(orgId, ref.planId, kind, scenario)
  return write(async (tx, outbox) => {
    await claimBase(orgId, tx, base.id, ref.revision)
    const saved = await insertVersion(tx, outbox, orgId, sprint.id, author, base.version + 1, stored)
    await alsoInTx?.(tx, sprint.id)
    return saved
  })
}

export const replan = (orgId: OrgId, author: PlanAuthor, ref: PlanRefInput) => saveFromBase(orgId, author, ref, 'replan')
export const saveWhatIf = async (orgId: OrgId, author: PlanAuthor, input: WhatIfInput) =>
  saveFromBase(
    orgId,
    author,
    input,
    'what-if',
    await whatIfScenario(orgId, input),
    input.recordDaysOff ? (tx, sprintId) => recordWhatIfDaysOff(tx, orgId, author.userId, sprintId, input.daysOff) : undefined,
  )
