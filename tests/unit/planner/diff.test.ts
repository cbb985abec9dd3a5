import { expect, it } from 'vitest'
import { diffAssignments, diffPlans } from '@/lib/planner/diff'
import type { ColumnSummary } from '@/lib/planner/types'

const summary = (engineerId: string, plannedHours: number, deepWorkShare: number): ColumnSummary => ({
  engineerId,
  name: engineerId.toUpperCase(),
  primaryType: 'craft',
  preferredMode: null,
  capacityHours: 40,
  plannedHours,
  hoursByMode: { orchestration: 0, craft: plannedHours, hybrid: 0 },
  deepWorkShare,
  warnings: [],
})

it('lists moved, added and removed items', () => {
  const d = diffAssignments({ a: 'x', b: 'y', c: null, gone: 'x' }, { a: 'x', b: 'x', c: 'y', d: null })
  expect(d.moved).toEqual([
    { itemId: 'b', from: 'y', to: 'x' },
    { itemId: 'c', from: null, to: 'y' },
  ])
  expect(d.added).toEqual(['d'])
  expect(d.removed).toEqual(['gone'])
})

it('reports the objective change and balance, including people who left the plan', () => {
  const d = diffPlans(
    { assignment: { a: 'x' }, objective: 10, summaries: [summary('x', 10, 1), summary('y', 5, 0.9)] },
    { assignment: { a: 'x' }, objective: 7.5, summaries: [summary('x', 20, 0.8)] },
  )
  expect(d.objectiveDelta).toBe(-2.5)
  expect(d.moved).toEqual([])
  expect(d.balance).toEqual([
    { engineerId: 'x', name: 'X', plannedBefore: 10, plannedAfter: 20, deepWorkBefore: 1, deepWorkAfter: 0.8 },
    { engineerId: 'y', name: 'Y', plannedBefore: 5, plannedAfter: 0, deepWorkBefore: 0.9, deepWorkAfter: null },
  ])
})
