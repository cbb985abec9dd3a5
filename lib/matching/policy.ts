import type { Mode, Policy, PolicyOverride, WorkItem, WorkType } from './types'
import { WORK_TYPES } from './types'

/** The contract's default table (docs/matching-contract.md, "Vocabulary"): the mode each work type is best done in. */
export const DEFAULT_POLICY: Policy = {
  CRUD_SCAFFOLDING: { recommended: 'orchestration', acceptable: ['hybrid'] },
  BOILERPLATE: { recommended: 'orchestration', acceptable: ['hybrid'] },
  TEST_GENERATION: { recommended: 'orchestration', acceptable: ['hybrid'] },
  DOCUMENTATION: { recommended: 'orchestration', acceptable: ['hybrid'] },
  RAPID_PROTOTYPING: { recommended: 'orchestration', acceptable: ['hybrid'] },
  CODE_REVIEW: { recommended: 'orchestration', acceptable: ['hybrid'] },
  COMPLEX_STATE: { recommended: 'hybrid', acceptable: ['craft'] },
  PERFORMANCE_CRITICAL: { recommended: 'craft', acceptable: ['hybrid'] },
  SECURITY_AUTH: { recommended: 'craft', acceptable: ['hybrid'] },
  NOVEL_PROBLEM: { recommended: 'craft', acceptable: ['hybrid'] },
  INFRASTRUCTURE: { recommended: 'craft', acceptable: ['hybrid'] },
  ARCHITECTURE: { recommended: 'craft', acceptable: ['hybrid'] },
}

/** Applies an organisation's partial edits on top of the default table. */
export function resolvePolicy(override: PolicyOverride = {}): Policy {
  const policy = { ...DEFAULT_POLICY }
  for (const type of WORK_TYPES) {
    const edit = override[type]
    if (edit === undefined) continue
    policy[type] =
      typeof edit === 'string'
        ? { recommended: edit, acceptable: policy[type].acceptable.filter((m) => m !== edit) }
        : { ...policy[type], ...edit }
  }
  return policy
}

/** m(i): the item's own mode wins over the policy. */
export function itemMode(item: Pick<WorkItem, 'type' | 'mode'>, policy: Policy): Mode {
  return item.mode ?? policy[item.type].recommended
}

export function isAcceptableMode(type: WorkType, mode: Mode, policy: Policy): boolean {
  return policy[type].recommended === mode || policy[type].acceptable.includes(mode)
}
