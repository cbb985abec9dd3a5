import { expect, it } from 'vitest'
import { deepWorkSentence, MODE_GUIDANCE } from '@/lib/planner/guidance'
import { applyEdits, daysOffOf, hasChanges } from '@/lib/planner/scenario'
import { planChange } from '@/lib/planner/diff'
import { explainReplan, replanCauses } from '@/lib/planner/replan-why'

it('gives plain-words guidance for every mode', () => {
  expect(MODE_GUIDANCE.craft.advice).toMatch(/uninterrupted focus time/)
  expect(MODE_GUIDANCE.orchestration.advice).toMatch(/delegate them to agents/)
  expect(MODE_GUIDANCE.orchestration.advice).toMatch(/Review their output carefully/)
  expect(MODE_GUIDANCE.hybrid.advice).toMatch(/agents/)
})

it('names the 60% floor for craftspeople only', () => {
  expect(deepWorkSentence(0.75, 'craft')).toBe('75% of your sprint is deep work, above the 60% we protect for craftspeople.')
  expect(deepWorkSentence(0.5, 'craft')).toMatch(/below the 60%/)
  expect(deepWorkSentence(0.5, 'orchestration')).not.toMatch(/60%/)
})

it('keeps earlier what-if edits, sends days off as dates, and lets stated hours win over days off', () => {
  const edits = [
    { engineerId: 'ada', daysOff: { start: '2026-03-04', end: '2026-03-06' } },
    { engineerId: 'bob', hours: 12, daysOff: { start: '2026-03-04' } },
    { engineerId: 'cy', removed: true },
    { engineerId: 'di', daysOff: { start: '2026-03-09', end: '' } },
  ]
  expect(applyEdits({ capacity: { old: 10 }, removed: ['gone'] }, edits)).toEqual({
    capacity: { old: 10, bob: 12 },
    removed: ['gone', 'cy'],
  })
  expect(daysOffOf(edits)).toEqual({
    ada: [{ startDate: '2026-03-04', endDate: '2026-03-06' }],
    di: [{ startDate: '2026-03-09', endDate: '2026-03-09' }],
  })
  expect(hasChanges([{ engineerId: 'a', daysOff: null, hours: null }])).toBe(false)
  expect(hasChanges([{ engineerId: 'a', daysOff: { start: '' } }])).toBe(false)
  expect(hasChanges([{ engineerId: 'a', daysOff: { start: '2026-03-04' } }])).toBe(true)
})

it("explains a re-plan by what changed in the inputs, counting moves in planChange's words", () => {
  const causes = replanCauses(
    { itemIds: ['a', 'b'], capacity: { ada: 60, bob: 40 } },
    { itemIds: ['a', 'b', 'c'], capacity: { ada: 36 } },
    { ada: 'Ada', bob: 'Bob' },
  )
  const change = planChange(
    { assignment: { a: 'ada', b: 'bob' }, objective: 10 },
    { assignment: { a: 'bob', b: null, c: 'ada' }, objective: 9 },
  )
  expect(explainReplan(causes, change, 1)).toEqual([
    '1 new item joined the sprint.',
    'Ada now has 36 h instead of 60 h.',
    'Bob is no longer planned.',
    '2 items moved to absorb these changes.',
    '1 locked item kept their engineer.',
  ])
  const still = planChange({ assignment: { a: 'ada' }, objective: 1 }, { assignment: { a: 'ada' }, objective: 1 })
  expect(
    explainReplan(replanCauses({ itemIds: ['a'], capacity: { ada: 1 } }, { itemIds: ['a'], capacity: { ada: 1 } }, {}), still, 0),
  ).toEqual(['No item had to move: the previous placement still fits best.'])
  const better = planChange({ assignment: { a: 'ada' }, objective: 1 }, { assignment: { a: 'bob' }, objective: 2 })
  expect(explainReplan([], better, 0)).toEqual(['1 item moved because the new placement fits clearly better than staying put.'])
})
