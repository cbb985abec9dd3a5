import { expect, it } from 'vitest'
import { suggestWorkType } from '@/lib/work-items/classify'
import type { WorkType } from '@/lib/core/work-types'
import { HOLDOUT_TITLES, LABELLED_TITLES } from './labelled-titles'

function accuracy(name: string, titles: readonly (readonly [string, WorkType])[]): number {
  const misses = titles.flatMap(([title, expected]) => {
    // The best guess, sure or not: "not sure" and calibration are measured by npm run bench:classify.
    const actual = suggestWorkType(title)?.alternatives[0]?.type ?? 'nothing'
    return actual === expected ? [] : [`  “${title}”: expected ${expected}, got ${actual}`]
  })
  const correct = titles.length - misses.length
  const share = correct / titles.length
  console.log(`${name}: ${correct}/${titles.length} = ${(share * 100).toFixed(1)}%` + (misses.length > 0 ? `\n${misses.join('\n')}` : ''))
  return share
}

it('suggests the labelled work type for at least 80% of realistic ticket titles', () => {
  expect(LABELLED_TITLES.length).toBeGreaterThanOrEqual(60)
  expect(accuracy('work-type classifier accuracy', LABELLED_TITLES)).toBeGreaterThanOrEqual(0.8)
})

// Unseen titles score lower than the set the rules grew from; this floor only
// catches a change that makes the classifier generalise worse than it does today.
it('keeps its accuracy on held-out titles above the current floor', () => {
  expect(accuracy('work-type classifier accuracy on held-out titles', HOLDOUT_TITLES)).toBeGreaterThanOrEqual(0.6)
})
