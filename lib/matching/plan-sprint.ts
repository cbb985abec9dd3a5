import { balanceLoad } from './balance'
import { explainer } from './explain'
import { buildModel, valueOf } from './model'
import { solve } from './solve'
import { summarise } from './summary'
import type { ContractPlan, Plan, PlanInput, PlanOptions } from './types'
import { validateInstance } from './validate'
import { round } from './words'

/** Thrown by planSprint for input that breaks the contract; `errors` name the offending records. */
export class InvalidInstanceError extends Error {
  constructor(readonly errors: string[]) {
    super(`Invalid planning input:\n${errors.join('\n')}`)
    this.name = 'InvalidInstanceError'
  }
}

/** Validation, the search and the optional balance pass: what the app's plan and plan.json share. */
function solveInstance(raw: PlanInput, options: PlanOptions) {
  const validation = validateInstance(raw)
  if (!validation.ok) throw new InvalidInstanceError(validation.errors)
  const model = buildModel(validation.input)
  const { state, bound, provenOptimal } = solve(model, options)
  // After the search, so the contract's objective is what the search maximised; balance only moves on from it.
  const balance = options.balanceCostShare === undefined ? undefined : balanceLoad(model, state, options.balanceCostShare)
  const assigned = Array.from(state.assign.keys()).filter((i) => state.assign[i] >= 0)
  const unassigned = Array.from(state.assign.keys()).filter((i) => state.assign[i] < 0)
  const objective = round(
    assigned.reduce((sum, i) => sum + valueOf(model, i, state.assign[i]), 0),
    6,
  )
  return { input: validation.input, model, state, bound, provenOptimal, balance, assigned, unassigned, objective }
}

/** The one entry point: validated input in, explained plan out. Pure and deterministic. */
export function planSprint(raw: PlanInput, options: PlanOptions = {}): Plan {
  const { input, model, state, bound, provenOptimal, balance, assigned, unassigned, objective } = solveInstance(raw, options)
  const previous = input.previous?.assignments
  const moved = previous
    ? input.items.filter((item, i) => {
        const before = previous[item.id]
        return before !== undefined && before !== model.input.engineers[state.assign[i]]?.id
      })
    : []
  const explain = explainer(model, state)
  return {
    assignments: assigned.map(explain.assignment),
    unassigned: unassigned.map(explain.unassigned),
    engineers: model.input.engineers.map((_, e) => summarise(model, state, e)),
    objective,
    upperBound: round(bound, 6),
    provenOptimal: provenOptimal && !balance?.moves.length,
    movedCount: moved.length,
    movedItemIds: moved.map((item) => item.id),
    ...(balance ? { balance } : {}),
  }
}

/**
 * The same plan as planSprint, as plan.json has it (docs/matching-contract.md, "Command line"):
 * the app-only parts are never computed. Pricing every item's alternative is most of the
 * explaining at scale (about a second at 20000x1000), and the command line writes none of it.
 */
export function planSprintContract(raw: PlanInput, options: PlanOptions = {}): ContractPlan {
  const { model, state, balance, assigned, unassigned, objective } = solveInstance(raw, options)
  const explain = explainer(model, state)
  return {
    assignments: assigned.map(explain.reasoned),
    unassigned: unassigned.map(explain.unassigned),
    objective,
    ...(balance ? { balance } : {}),
  }
}
