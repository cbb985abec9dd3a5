import 'server-only'
import { InvalidInstanceError, planSprint } from '@/lib/matching'
import type { PlanInput, Plan as EnginePlan } from '@/lib/matching'
import type { BuiltInput } from '@/lib/planner/input'
import { parseEngineerSummaries, parseSummary } from '@/lib/planner/meta'
import { replanCauses } from '@/lib/planner/replan-why'
import { storePlan, titlesOf, type StoredPlan } from '@/lib/planner/result'
import { scopeScenario } from '@/lib/planner/scenario'
import type { PlanKind, Scenario } from '@/lib/planner/types'
import { humanise } from '@/lib/planner/words'
import { AppError, notFound } from '@/lib/core/app-error'
import { prisma } from '../client'
import type { OrgId } from '../org-id'
import { getSprintHeader, loadPlanningInput, planHeaderSelect, type SprintHeader } from './input'
import { getBalanceCostShare } from './settings'

// Runs the engine for a sprint: outside any transaction, so the (CPU-bound) solve never holds locks.
// The write that follows re-checks versions, so a plan computed from stale rows cannot slip in.

/**
 * `balanceCostShare` is the organisation's budget for the balance pass (getBalanceCostShare): the app
 * always plans with it, the machine interface only when asked (docs/matching-contract.md).
 */
export function runEngine(built: BuiltInput, balanceCostShare: number, input: PlanInput = built.input): EnginePlan {
  if (built.input.engineers.length === 0) {
    throw new AppError('INVALID', 'Nobody on this team has a working-style profile with hours available, so there is nobody to plan for.')
  }
  try {
    return planSprint(input, { balanceCostShare })
  } catch (error) {
    if (error instanceof InvalidInstanceError) {
      const titles = titlesOf(built)
      throw new AppError('INVALID', `The plan cannot keep its pins and locks: ${error.errors.map((e) => humanise(e, titles)).join(' ')}`)
    }
    throw error
  }
}

type BasePlan = Awaited<ReturnType<typeof loadBasePlan>>

export async function loadBasePlan(orgId: OrgId, planId: string) {
  const plan = await prisma.plan.findFirst({
    where: { id: planId, organizationId: orgId },
    select: {
      ...planHeaderSelect,
      sprintId: true,
      assignments: {
        where: { organizationId: orgId },
        select: { id: true, workItemId: true, membershipId: true, locked: true, fit: true, value: true, mode: true, reasons: true },
      },
    },
  })
  if (!plan) throw notFound('Plan')
  return plan
}

type Recomputed = { base: BasePlan; sprint: SprintHeader; built: BuiltInput; stored: StoredPlan; scenario: Scenario }

/** Re-plans from `base`: locked items keep their engineer, others move only when that clearly pays. */
export async function recompute(orgId: OrgId, planId: string, kind: PlanKind, scenarioOverride?: Scenario): Promise<Recomputed> {
  const base = await loadBasePlan(orgId, planId)
  const sprint = await getSprintHeader(orgId, base.sprintId)
  const meta = parseSummary(base.summary)
  const built = await loadPlanningInput(orgId, sprint, scenarioOverride ?? meta.scenario)
  // A what-if's ids come from the request: only the sprint team's members (built.names) may be named.
  // Ids that are not are ignored by buildPlanInput, so checking after the read costs no second query.
  let scenario = meta.scenario
  if (scenarioOverride) {
    const scoped = scopeScenario(scenarioOverride, meta.scenario, new Set(Object.keys(built.names)))
    if (scoped.unknown.length > 0) throw notFound('Team member')
    scenario = scoped.scenario
  }
  const planned = new Set(built.input.engineers.map((e) => e.id))
  const present = new Set(built.input.items.map((i) => i.id))
  const previous: Record<string, string> = {}
  const locked: string[] = []
  for (const row of base.assignments) {
    if (!row.membershipId || !planned.has(row.membershipId) || !present.has(row.workItemId)) continue
    previous[row.workItemId] = row.membershipId
    if (row.locked) locked.push(row.workItemId)
  }
  const plan = runEngine(built, await getBalanceCostShare(orgId), { ...built.input, previous: { assignments: previous, locked } })
  const before = parseEngineerSummaries(base.summary, built.names)
  const causes = replanCauses(
    {
      itemIds: base.assignments.map((a) => a.workItemId),
      capacity: Object.fromEntries(before.map((s) => [s.engineerId, s.capacityHours])),
    },
    {
      itemIds: built.input.items.map((i) => i.id),
      capacity: Object.fromEntries(built.input.engineers.map((e) => [e.id, e.capacityHours])),
    },
    built.names,
  )
  const assignment = Object.fromEntries(base.assignments.map((a) => [a.workItemId, a.membershipId]))
  const stored = storePlan(plan, built, { kind, basedOnVersion: base.version, scenario }, new Set(locked), {
    assignment,
    objective: base.objective,
    causes,
  })
  return { base, sprint, built, stored, scenario }
}
