/**
 * The matching engine's contract (docs/matching-contract.md): the only module other code may
 * import from lib/matching. Pure: no I/O, no framework, deterministic.
 */
export * from './types'
export { DEFAULT_POLICY, resolvePolicy, itemMode, isAcceptableMode } from './policy'
export { primaryType, fit, value, orchestrationLimit, DEEP_WORK_ORCHESTRATION_LIMIT, PREFERENCE_BONUS } from './score'
export { validateInstance } from './validate'
export type { Validation } from './validate'
export { planSprint, planSprintContract, InvalidInstanceError } from './plan-sprint'
export { checkMove } from './check-move'
export type { HardRule, MoveCheck } from './check-move'
export { HIGH_LOAD_SHARE, NEAR_DEEP_WORK_LIMIT_SHARE } from './summary'
export { BALANCE_MIN_FIT, modeFits } from './balance'
export { generateInstance, seededRandom } from './generate'
export type { GenerateOptions, InstanceFamily } from './generate'
export { INSTANCE_FAMILIES } from './families'
