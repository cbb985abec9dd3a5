import type { Model } from './model'
import { CLASS_COUNT, EPS, valueOf } from './model'
import { primaryType } from './score'
import type { PlanState } from './state'
import { HIGH_LOAD_SHARE } from './summary'
import type { BalanceMove, BalanceReport, Mode } from './types'
import { round } from './words'

// Balance as a soft goal, run after the search (only when asked: the contract's objective has no
// balance term). While someone is above the 85% load line and a person whose mode fits one of their
// items has room for it below the line, the cheapest such move is made, as long as everything given
// up stays within `budgetShare` of the objective. Every move keeps the hard rules (pins and locks are
// never moved; capacity and the deep-work limit are checked by PlanState.fits), and nobody is pushed
// above the line, so the overloaded only ever get fewer. Deterministic: ties go to the lower item
// index, then to the better fit (byFit's order).

/** The least fit a receiving person must have for the item: below it the move is a poor match. */
export const BALANCE_MIN_FIT = 0.5

/** The person's mode fits the item: same mode, or either of them is hybrid. */
export function modeFits(person: Mode, item: Mode): boolean {
  return person === item || person === 'hybrid' || item === 'hybrid'
}

const aboveLine = (model: Model, state: PlanState, e: number) => state.load[e] > HIGH_LOAD_SHARE * model.capacity[e] + EPS

type Candidate = { i: number; to: number; cost: number }

/** The cheapest allowed move off someone above the line, or null when nobody fitting has room. */
function cheapestMove(model: Model, state: PlanState, primaries: readonly Mode[]): Candidate | null {
  let best: Candidate | null = null
  for (let e = 0; e < model.m; e++) {
    if (!aboveLine(model, state, e)) continue
    for (const i of state.members[e]) {
      if (model.fixedTo[i] >= 0) continue
      const c = model.itemClass[i]
      // byFit is best fit first, so the first receiver allowed is this item's cheapest move.
      for (const to of model.byFit[c]) {
        if (model.fitTable[to * CLASS_COUNT + c] < BALANCE_MIN_FIT) break
        if (to === e || !modeFits(primaries[to], model.modes[i])) continue
        if (state.load[to] + model.hours[i] > HIGH_LOAD_SHARE * model.capacity[to] + EPS || !state.fits(i, to)) continue
        const cost = valueOf(model, i, e) - valueOf(model, i, to)
        if (!best || cost < best.cost - EPS || (Math.abs(cost - best.cost) <= EPS && i < best.i)) best = { i, to, cost }
        break
      }
    }
  }
  return best
}

const objectiveOf = (model: Model, state: PlanState) => {
  let total = 0
  for (let i = 0; i < model.n; i++) total += valueOf(model, i, state.assign[i])
  return total
}

const overloaded = (model: Model, state: PlanState) =>
  model.input.engineers.filter((_, e) => aboveLine(model, state, e)).map((engineer) => engineer.id)

/** Moves items in `state` (in place) as described above and reports what that cost. */
export function balanceLoad(model: Model, state: PlanState, budgetShare: number): BalanceReport {
  if (!(budgetShare >= 0)) throw new RangeError(`balance budget must be a share >= 0, got ${budgetShare}`)
  const objectiveBefore = objectiveOf(model, state)
  const budget = budgetShare * objectiveBefore
  const aboveBefore = overloaded(model, state)
  const primaries = model.input.engineers.map((e) => primaryType(e.affinity))
  const moves: BalanceMove[] = []
  let spent = 0
  let stoppedBy: BalanceReport['stoppedBy'] = 'done'
  // A share of 0 is "balance off": not even a free move is made, so the plan stays the engine's.
  while (budgetShare > 0 && model.input.engineers.some((_, e) => aboveLine(model, state, e))) {
    const move = cheapestMove(model, state, primaries)
    if (!move) {
      stoppedBy = 'room'
      break
    }
    if (spent + move.cost > budget + EPS * Math.max(1, objectiveBefore)) {
      stoppedBy = 'budget'
      break
    }
    const from = state.assign[move.i]
    state.place(move.i, move.to)
    spent += move.cost
    const engineers = model.input.engineers
    moves.push({ itemId: model.input.items[move.i].id, from: engineers[from].id, to: engineers[move.to].id, cost: round(move.cost, 6) })
  }
  const aboveAfter = overloaded(model, state)
  if (budgetShare === 0 && aboveAfter.length > 0) stoppedBy = 'budget'
  const cost = objectiveBefore - objectiveOf(model, state)
  return {
    budgetShare,
    cost: round(cost, 6),
    costShare: objectiveBefore > 0 ? round(cost / objectiveBefore, 8) : 0,
    moves,
    aboveBefore,
    aboveAfter,
    stoppedBy,
  }
}
