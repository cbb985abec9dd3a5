import { cheapestFirst, ejectionFor } from './eject'
import type { Model } from './model'
import { CLASS_COUNT, EPS, scoreOf, valueOf } from './model'
import { isAcceptableMode } from './policy'
import { preferenceSign } from './score'
import type { PlanState } from './state'
import type { Alternative, Assignment, ExplainedAssignment } from './types'
import { engineerName, fitText, hoursText, itemName, round } from './words'

/** How many of the best-fitting other engineers are priced as alternatives. */
const ALTERNATIVES_PRICED = 5

/** Explains a finished plan; engineers' cheapest-first orders are computed once and shared by every item. */
export function explainer(model: Model, state: PlanState) {
  const orders: (number[] | undefined)[] = []
  const cheapest = (e: number) => (orders[e] ??= cheapestFirst(model, state.members[e], e))
  return {
    /** What the command line writes: who, in which mode, at what fit and value, and why. */
    reasoned: (i: number) => explainAssignment(model, state, i),
    /** The app's assignment: the same, plus the cheapest alternative and its cost. */
    assignment: (i: number): Assignment => ({
      ...explainAssignment(model, state, i),
      alternative: model.fixedTo[i] >= 0 ? null : alternativeFor(model, state, i, cheapest),
    }),
    unassigned: (i: number) => ({ itemId: model.input.items[i].id, reason: unassignedReason(model, state, i, cheapest) }),
  }
}

type Orders = (e: number) => readonly number[]

function explainAssignment(model: Model, state: PlanState, i: number): ExplainedAssignment {
  const e = state.assign[i]
  const item = model.input.items[i]
  const fit = model.fitTable[e * CLASS_COUNT + model.itemClass[i]]
  return {
    itemId: item.id,
    engineerId: model.input.engineers[e].id,
    mode: model.modes[i],
    fit: round(fit, 4),
    value: round(valueOf(model, i, e), 4),
    reasons: [...decision(model, state, i, e), fitReason(model, i, e), ...preferenceReason(model, i, e)],
  }
}

function fitReason(model: Model, i: number, e: number): string {
  const item = model.input.items[i]
  const mode = model.modes[i]
  const source = item.mode
    ? `set on the item${isAcceptableMode(item.type, mode, model.policy) ? '' : `, outside the policy for ${item.type}`}`
    : `the policy for ${item.type}`
  const engineer = model.input.engineers[e]
  const sign = preferenceSign(engineer, item.type)
  const adjust = sign > 0 ? `, +0.15 because they enjoy ${item.type}` : sign < 0 ? `, -0.15 because they avoid ${item.type}` : ''
  const fit = model.fitTable[e * CLASS_COUNT + model.itemClass[i]]
  return `Done in ${mode} mode (${source}); ${engineerName(model, e)}'s ${mode} affinity is ${fitText(engineer.affinity[mode])}${adjust}, so the fit is ${fitText(fit)} and the value ${round(valueOf(model, i, e))} (priority ${item.priority} x ${hoursText(item.hours)} x fit).`
}

function preferenceReason(model: Model, i: number, e: number): string[] {
  if (preferenceSign(model.input.engineers[e], model.input.items[i].type) >= 0) return []
  return [`${engineerName(model, e)} avoids ${model.input.items[i].type} work; it still went to them because the better options were full.`]
}

/** Why this engineer: the pin or lock, or why nobody who fits better took it. */
function decision(model: Model, state: PlanState, i: number, e: number): string[] {
  const name = engineerName(model, e)
  if (model.input.items[i].pinnedTo) return [`Pinned to ${name}, so it goes to them whatever it costs.`]
  if (model.fixedTo[i] >= 0) return [`Locked to ${name} from the previous plan.`]
  const reasons: string[] = []
  const previous = model.previousOf[i]
  if (previous === e) reasons.push(`Stays with ${name} as in the previous plan.`)
  const better = model.byFit[model.itemClass[i]].find((o) => valueOf(model, i, o) > valueOf(model, i, e) + EPS)
  if (better === undefined) {
    reasons.unshift(`${name} has the highest fit of anyone for this item.`)
    return reasons
  }
  const other = engineerName(model, better)
  const otherFit = fitText(model.fitTable[better * CLASS_COUNT + model.itemClass[i]])
  const hours = model.hours[i]
  if (!state.fits(i, better)) {
    const limited = model.isOrchestration[i] && state.room(better, true) + EPS < hours && state.room(better, false) + EPS >= hours
    reasons.unshift(
      limited
        ? `${other} fits better (${otherFit}) but is a craftsperson: taking it would push their orchestration work past 40% of capacity (deep-work rule).`
        : `${other} fits better (${otherFit}) but has only ${hoursText(Math.max(0, state.room(better, false)))} free, already spent on higher-value work.`,
    )
  } else if (previous === e) {
    reasons.push(`${other} fits slightly better (${otherFit}), but the gain is within the stability margin, so it does not move.`)
  } else {
    reasons.unshift(`${other} fits better (${otherFit}), but moving it there would cost more elsewhere in the plan.`)
  }
  if (previous >= 0 && previous !== e) reasons.push(`Moved from ${engineerName(model, previous)} (previous plan).`)
  return reasons
}

/** The cheapest other place for the item (another engineer, or nowhere), priced by the plan's drop in value. */
function alternativeFor(model: Model, state: PlanState, i: number, cheapest: Orders): Alternative {
  const e = state.assign[i]
  const current = valueOf(model, i, e)
  let best: Alternative = {
    engineerId: null,
    fit: 0,
    value: 0,
    objectiveCost: round(current, 4),
    note: 'Leave it unassigned.',
  }
  const others = model.byFit[model.itemClass[i]].filter((o) => o !== e).slice(0, ALTERNATIVES_PRICED)
  for (const o of others) {
    const ejection = ejectionFor(state, i, o, cheapest(o))
    if (!ejection) continue
    const dropped = ejection.ejected.reduce((sum, j) => sum + valueOf(model, j, o), 0)
    const taken = takenBack(model, state, i, ejection.ejected)
    const regained = taken.reduce((sum, j) => sum + valueOf(model, j, e), 0)
    const cost = current - valueOf(model, i, o) + dropped - regained
    if (cost >= best.objectiveCost - EPS) continue
    const lost = ejection.ejected.filter((j) => !taken.includes(j))
    const clauses = [
      ...(taken.length > 0 ? [`${taken.map((j) => itemName(model, j)).join(', ')} would move to ${engineerName(model, e)}`] : []),
      ...(lost.length > 0 ? [`${lost.map((j) => itemName(model, j)).join(', ')} would come off the plan`] : []),
    ]
    best = {
      engineerId: model.input.engineers[o].id,
      fit: round(model.fitTable[o * CLASS_COUNT + model.itemClass[i]], 4),
      value: round(valueOf(model, i, o), 4),
      objectiveCost: round(cost, 4),
      note: clauses.length === 0 ? `${engineerName(model, o)} has room for it.` : `Swap: ${clauses.join('; ')}.`,
    }
  }
  return best
}

/** Which of the items the other engineer drops fit into the hours item i frees up (most valuable first). */
function takenBack(model: Model, state: PlanState, i: number, ejected: number[]): number[] {
  const e = state.assign[i]
  let room = state.room(e, false) + model.hours[i]
  let orchestrationRoom = state.room(e, true) + (model.isOrchestration[i] ? model.hours[i] : 0)
  const taken: number[] = []
  const byValue = [...ejected].sort((a, b) => valueOf(model, b, e) - valueOf(model, a, e) || a - b)
  for (const j of byValue) {
    const needsOrchestration = model.isOrchestration[j] === 1
    if (valueOf(model, j, e) <= 0 || model.hours[j] > room + EPS) continue
    if (needsOrchestration && model.hours[j] > orchestrationRoom + EPS) continue
    taken.push(j)
    room -= model.hours[j]
    if (needsOrchestration) orchestrationRoom -= model.hours[j]
  }
  return taken
}

function unassignedReason(model: Model, state: PlanState, i: number, cheapest: Orders): string {
  const hours = model.hours[i]
  const mode = model.modes[i]
  const able = model.byFit[model.itemClass[i]]
  if (able.length === 0) return `Nobody has any fit for ${mode} work of this type (fit 0 for every engineer).`
  // One pass over the able engineers, best fit first (a plan leaves thousands of items out at 20000x1000).
  let roomy = -1
  let orchestrable = false
  let most = 0
  for (const e of able) {
    most = Math.max(most, model.capacity[e])
    if (model.capacity[e] + EPS < hours) continue
    if (roomy < 0) roomy = e
    if (model.orchestrationCap[e] + EPS >= hours) orchestrable = true
  }
  if (roomy < 0) {
    return `Needs ${hoursText(hours)}, more than the capacity of anyone with a fit for it (at most ${hoursText(most)}).`
  }
  if (model.isOrchestration[i] && !orchestrable) {
    return `Needs ${hoursText(hours)} of orchestration work; everyone with a fit for it is a craftsperson whose 40% deep-work limit is lower than that.`
  }
  const e = roomy
  const ejection = ejectionFor(state, i, e, cheapest(e))
  const cost = ejection ? ejection.ejected.reduce((sum, j) => sum + scoreOf(model, j, e), 0) - valueOf(model, i, e) : 0
  const blocker = ejection ? `fitting it would lower the plan's value by ${round(cost)}` : 'their pinned work leaves no room'
  return `Everyone who could take it is full with higher-value work: the best fit, ${engineerName(model, e)} (${fitText(model.fitTable[e * CLASS_COUNT + model.itemClass[i]])}), has ${hoursText(Math.max(0, state.room(e, model.isOrchestration[i] === 1)))} free and it needs ${hoursText(hours)}; ${blocker}.`
}
