import { describe, expect, it } from 'vitest'
import { INSTANCE_FAMILIES, generateInstance, planSprint, planSprintContract } from '@/lib/matching'
import type { Plan } from '@/lib/matching'

/** plan.json's shape taken from the app's plan: what planSprintContract must produce without computing the rest. */
function withoutAppExtras(plan: Plan) {
  return {
    assignments: plan.assignments.map(({ itemId, engineerId, mode, fit, value, reasons }) => ({
      itemId,
      engineerId,
      mode,
      fit,
      value,
      reasons,
    })),
    unassigned: plan.unassigned,
    objective: plan.objective,
    ...(plan.balance ? { balance: plan.balance } : {}),
  }
}

describe('planSprintContract (what npm run plan writes)', { timeout: 60_000 }, () => {
  it.each(INSTANCE_FAMILIES)('is the app plan without its extras, key for key, on the %s family', (family) => {
    const instance = generateInstance({ family, items: 60, engineers: 6, seed: 3 })
    const contract = planSprintContract(instance)
    expect(contract).toStrictEqual(withoutAppExtras(planSprint(instance)))
    expect(contract.assignments.length).toBeGreaterThan(0)
    expect(Object.keys(contract.assignments[0])).toEqual(['itemId', 'engineerId', 'mode', 'fit', 'value', 'reasons'])
    expect(contract.unassigned.length + contract.assignments.length).toBe(instance.items.length)
  })

  it('carries the balance report when the balance pass is asked for', () => {
    const instance = generateInstance({ family: 'tight', items: 80, engineers: 6, seed: 2 })
    const contract = planSprintContract(instance, { balanceCostShare: 0.01 })
    expect(contract.balance).toBeDefined()
    expect(contract).toStrictEqual(withoutAppExtras(planSprint(instance, { balanceCostShare: 0.01 })))
  })
})
