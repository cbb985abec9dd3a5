import { CODE_SCOPE, inflected, MAINTENANCE_VERBS } from './classify-cues'
import { WORK_TYPES, type WorkType } from '../core/work-types'

/**
 * Base rates: what a title's form says about its type when no word of it does.
 *
 * Many titles the rules cannot place name a part of the code ("build: chunk importmap") or open with
 * a verb of change and then only names of options and modules ("add input option"). Their words carry
 * no type, but their form does: on the labelled training titles most titles of these forms are small
 * changes (Boilerplate). So when the rules know no word of a ticket, the base rate of its title's form
 * decides: the type most often right for that form gets the share of the form's training titles on
 * which it is right, and the other types share the rest evenly. The confidence is that share, a
 * measured rate, not a guess.
 *
 * BASE_RATES is fitted by fitBaseRates on the TRAINING split of tests/data/work-type-titles.jsonl
 * (`npm run bench:classify -- --fit` prints it; a unit test checks the two agree). Titles of any other
 * form (an issue title such as "Feedback submission") have no base rate: on the training split no type
 * is right for even a third of them, so the rules stay silent about them.
 */

export type TitleKind = 'codeScope' | 'changeVerb'

/**
 * Verbs of a change opening a commit-style title, beyond the corrective ones in classify-cues.ts; read
 * from the training titles and the labelling guide (renames, option plumbing, wiring).
 */
const CHANGE_VERBS = [
  'add',
  'update',
  'set',
  'rename',
  'move',
  'bump',
  'upgrade',
  'escape',
  'match',
  'bundle',
  'map',
  'label',
  'show',
  'send',
  'introduce',
  'implement',
  'create',
  'change',
  'provide',
  'integrate',
  'refactor',
  'increase',
  'decrease',
  'drop',
]
const CHANGE_OPENING = new RegExp(String.raw`^(?:${[...CHANGE_VERBS, ...MAINTENANCE_VERBS].map(inflected).join('|')})(?=\s|$)`, 'i')

/** The kind of title whose base rate applies, and the words that show it; null for any other form. */
export function titleKind(title: string): { kind: TitleKind; shown: string } | null {
  const trimmed = title.trim()
  const scope = CODE_SCOPE.exec(trimmed)
  if (scope) return { kind: 'codeScope', shown: scope[0] }
  const verb = CHANGE_OPENING.exec(trimmed)
  return verb ? { kind: 'changeVerb', shown: verb[0] } : null
}

export interface BaseRate {
  /** The type most often acceptable for titles of this kind. */
  readonly type: WorkType
  /** The share of the kind's training titles on which that type is acceptable (label or "also"). */
  readonly right: number
}

export const BASE_RATES: Readonly<Record<TitleKind, BaseRate>> = {
  codeScope: { type: 'BOILERPLATE', right: 0.74 },
  changeVerb: { type: 'BOILERPLATE', right: 0.74 },
}

export interface LabelledTitle {
  readonly title: string
  readonly type: WorkType
  readonly also?: readonly WorkType[]
}

/**
 * Each kind's base rate measured on labelled titles (the training split only): the type acceptable
 * on most of them, and on what share, rounded to two decimals as BASE_RATES keeps it.
 */
export function fitBaseRates(titles: readonly LabelledTitle[]): Record<TitleKind, BaseRate & { titles: number }> {
  const fit = (kind: TitleKind) => {
    const ofKind = titles.filter((t) => titleKind(t.title)?.kind === kind)
    const rights = WORK_TYPES.map((type) => ofKind.filter((t) => t.type === type || (t.also ?? []).includes(type)).length)
    const best = rights.indexOf(Math.max(...rights))
    return { type: WORK_TYPES[best], right: Math.round((100 * rights[best]) / Math.max(1, ofKind.length)) / 100, titles: ofKind.length }
  }
  return { codeScope: fit('codeScope'), changeVerb: fit('changeVerb') }
}

/** The base rate as log-probabilities per type (WORK_TYPES order). */
export function baseRateLogits(rate: BaseRate): number[] {
  const others = (1 - rate.right) / (WORK_TYPES.length - 1)
  return WORK_TYPES.map((type) => Math.log(type === rate.type ? rate.right : others))
}
