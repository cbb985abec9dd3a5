import { construct } from './construct'
import { seededRandom } from './generate'
import { LocalSearch } from './improve'
import type { Model } from './model'
import { relax } from './relaxation'
import type { PlanState } from './state'

/** Engineers whose free work is torn down and rebuilt together in one round. */
const GROUP_SIZE = 4
/** Local-search passes after each rebuild (it revisits only items near what changed). */
const REPAIR_PASSES = 3

/**
 * LP-guided ruin and recreate: a round takes a few engineers who compete for the same work,
 * unassigns all their free items, solves the LP of those items plus the unassigned ones over
 * just those engineers' room, rounds it (construct.ts) and lets the local search repair the
 * whole plan; the round is kept only if the plan scores higher. It makes the many-item
 * exchanges that single shifts, swaps and ejection chains cannot (a 24 h item moving where
 * twenty 1 h items were, those spreading over two others). Rounds are counted, never timed,
 * and the engineers are drawn from a stream seeded by the instance's size, so the same input
 * gives the same plan on any machine.
 */
export function rebuildSearch(state: PlanState, rounds: number): void {
  const { model } = state
  if (rounds <= 0 || model.m < 2) return
  const search = new LocalSearch(state)
  if (search.order.length === 0) {
    state.pool = null
    return
  }
  const random = seededRandom(model.n * 7919 + model.m * 104729 + 17)
  const chosen = new Uint8Array(model.m)
  const group: number[] = []
  let best = state.score()
  const bestAssign = Int32Array.from(state.assign)
  for (let round = 0; round < rounds; round++) {
    pickGroup(state, search.order, random, chosen, group)
    const free = new Uint8Array(model.n)
    for (const e of group) for (const i of state.members[e].slice()) if (model.fixedTo[i] < 0) state.remove(i)
    for (let i = 0; i < model.n; i++) if (state.assign[i] < 0 && model.fixedTo[i] < 0) free[i] = 1
    const capacity = new Float64Array(model.m)
    const orchestration = new Float64Array(model.m)
    for (const e of group) {
      capacity[e] = model.capacity[e] - state.load[e]
      orchestration[e] = model.orchestrationCap[e] - state.orchestrationLoad[e]
    }
    construct(model, state, relax(model, free, capacity, orchestration))
    search.run(REPAIR_PASSES)
    const score = state.score()
    if (score > best + 1e-9 * Math.max(1, best)) {
      best = score
      bestAssign.set(state.assign)
    } else restore(state, bestAssign)
    for (const e of group) chosen[e] = 0
  }
  state.pool = null
}

/** A random engineer, then engineers who rank high for the work of a random item of the group so far (or any free item). */
function pickGroup(state: PlanState, order: Int32Array, random: () => number, chosen: Uint8Array, group: number[]): void {
  const { model } = state
  group.length = 0
  const first = Math.floor(random() * model.m)
  group.push(first)
  chosen[first] = 1
  for (let tries = 0; group.length < Math.min(GROUP_SIZE, model.m) && tries < 8 * GROUP_SIZE; tries++) {
    const owner = group[Math.floor(random() * group.length)]
    const members = state.members[owner]
    const item = members.length > 0 ? members[Math.floor(random() * members.length)] : order[Math.floor(random() * order.length)]
    const ranked = model.byFit[model.itemClass[item]]
    if (ranked.length === 0) continue
    const e = ranked[Math.floor(random() * Math.min(ranked.length, 2 * GROUP_SIZE))]
    if (chosen[e]) continue
    chosen[e] = 1
    group.push(e)
  }
}

function restore(state: PlanState, assign: Int32Array): void {
  const model: Model = state.model
  // Unassign first so that every engineer has room for their items back.
  for (let i = 0; i < model.n; i++) if (state.assign[i] !== assign[i] && model.fixedTo[i] < 0) state.remove(i)
  for (let i = 0; i < model.n; i++) if (state.assign[i] !== assign[i]) state.place(i, assign[i])
}
