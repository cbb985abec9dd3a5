import { expect, it } from 'vitest'
import type { BalanceReport } from '@/lib/matching'
import { balanceWords } from '@/lib/planner/balance-words'

const report = (over: Partial<BalanceReport>): BalanceReport => ({
  budgetShare: 0.005,
  cost: 0,
  costShare: 0,
  moves: [],
  aboveBefore: [],
  aboveAfter: [],
  stoppedBy: 'done',
  ...over,
})
const move = (itemId: string) => ({ itemId, from: 'ana', to: 'ben', cost: 0.1 })

it('says what balance moved and what it cost against the budget', () => {
  expect(balanceWords(report({ moves: [move('a'), move('b'), move('c')], cost: 3.1, costShare: 0.0031, aboveBefore: ['ana', 'cy'] }))).toBe(
    'Balance: moved 3 items so nobody is above 85%; cost 0.31% of the objective (budget 0.5%).',
  )
  expect(balanceWords(report({}))).toBe('Balance: nobody above 85%.')
})

it('says who it left above 85% and why: the budget, or nobody fitting has room', () => {
  expect(balanceWords(report({ aboveBefore: ['ana', 'cy'], aboveAfter: ['ana', 'cy'], stoppedBy: 'budget' }))).toBe(
    'Balance left 2 people above 85%: moving more would cost more than 0.5% of the objective.',
  )
  expect(
    balanceWords(report({ moves: [move('a')], cost: 1, costShare: 0.0012, aboveBefore: ['ana'], aboveAfter: ['ana'], stoppedBy: 'room' })),
  ).toBe(
    'Balance left 1 person above 85%: nobody whose mode fits has room below 85%. It moved 1 item, cost 0.12% of the objective (budget 0.5%).',
  )
  expect(balanceWords(report({ budgetShare: 0, aboveBefore: ['ana'], aboveAfter: ['ana'], stoppedBy: 'budget' }))).toBe(
    'Balance is off (budget 0%): 1 person above 85%.',
  )
})
