import {
  baseRateReason,
  decide,
  decidingWords,
  RULE_TEMPERATURE,
  ruleLogits,
  ruleReason,
  scoreRules,
  softmax,
  unknownWordsBaseRate,
  withBaseRate,
  type WorkTypeSuggestion,
} from './classify'
import { baseRateLogits, titleKind, type BaseRate, type TitleKind } from './classify-prior'
import { tokenize } from './classify-text'
import { WORK_TYPE_LABELS, WORK_TYPES, type WorkType } from '../core/work-types'

/**
 * One organisation's learned work-type model: multinomial naive Bayes over word stems, word pairs and
 * character 4-grams of the title (and, at half weight, the description), combined with the rules as a
 * prior. With no examples the naive Bayes term is zero and the rules decide alone; every labelled
 * example moves the suggestion towards the team's own vocabulary.
 *
 * Naive Bayes keeps only counts, so adding an example is O(its features) (addExample) and training
 * on 5,000 items is one pass. The combination weight and the temperature that calibrates confidence
 * were fitted on the benchmark's training split (docs/classifier.md); they are constants, not
 * per-organisation, so a small organisation cannot overfit its own calibration.
 */

export interface LabelledExample {
  readonly title: string
  readonly description?: string
  readonly type: WorkType
  /** 1 for an explicit choice or correction, less for a suggestion accepted unchanged (EXAMPLE_WEIGHTS). */
  readonly weight?: number
}

/** How much one labelled item counts: a kept suggestion tells us less than a person's own choice. */
export const EXAMPLE_WEIGHTS = { chosen: 1, suggested: 0.5 } as const

/** Weight of the naive Bayes log-odds against the rules' points (fitted, see docs/classifier.md). */
const MODEL_WEIGHT = 0.05
/** Calibrating temperature applied to the combined scores (fitted, see docs/classifier.md). */
const MODEL_TEMPERATURE = 1
/** Laplace smoothing of feature counts. */
const ALPHA = 0.5
const DESCRIPTION_SHARE = 0.5
/** Below this many items, no word is too common to make two items similar. */
const MIN_COMMON = 50
const N = WORK_TYPES.length
/**
 * How many of the team's items of one title form the generic base rate is worth: with fewer the
 * generic rate leads, with many more the team's own mix of work decides (a round number, not fitted).
 */
const FORM_PSEUDO_COUNT = 5

/** A title form with a generic base rate, or any other form ("plain"), whose team mix is learned too. */
type TitleForm = TitleKind | 'plain'
const formOf = (title: string): TitleForm => titleKind(title)?.kind ?? 'plain'

export interface WorkTypeModel {
  examples: number
  readonly classFeatureWeight: Float64Array
  /** Each feature's row in `counts`, which holds N weights (one per work type) a row. */
  readonly featureRow: Map<string, number>
  /** One flat, growing array rather than a small array per feature: training 5,000 items allocates little. */
  counts: Float64Array
  /** For "your team labelled similar items as …": each example's distinct word stems. */
  readonly memory: { readonly title: string; readonly type: WorkType; readonly stems: ReadonlySet<string> }[]
  readonly byStem: Map<string, number[]>
  /** Weight of each type (WORK_TYPES order) among the team's items of each title form (classify-prior.ts). */
  readonly byForm: Readonly<Record<TitleForm, Float64Array>>
}

const STOP = new Set([
  'the',
  'a',
  'an',
  'to',
  'of',
  'in',
  'for',
  'and',
  'or',
  'on',
  'with',
  'when',
  'is',
  'are',
  'be',
  'not',
  'no',
  'it',
  'this',
  'that',
  'from',
  'by',
  'as',
  'at',
  'into',
  'instead',
  'should',
  'we',
  'i',
])

/** Visits each feature of a text's stems (a word, a word pair, a character 4-gram) with its weight. */
function eachFeature(stems: readonly string[], share: number, visit: (feature: string, weight: number) => void) {
  stems.forEach((s, i) => {
    visit(`w:${s}`, share)
    if (i > 0) visit(`b:${stems[i - 1]} ${s}`, share)
    const padded = ` ${s} `
    for (let k = 0; k + 4 <= padded.length; k++) visit(`c:${padded.slice(k, k + 4)}`, share)
  })
}

const stemsOf = (text: string) => tokenize(text).map((t) => t.stem)

/** Visits the title's features, then the description's at DESCRIPTION_SHARE. */
function eachTicketFeature(titleStems: readonly string[], description: string, visit: (feature: string, weight: number) => void) {
  eachFeature(titleStems, 1, visit)
  if (description) eachFeature(stemsOf(description), DESCRIPTION_SHARE, visit)
}

/** The ticket's features with their summed weights (a repeated word counts more). */
function features(title: string, description: string) {
  const out = new Map<string, number>()
  eachTicketFeature(stemsOf(title), description, (f, x) => out.set(f, (out.get(f) ?? 0) + x))
  return out
}

const contentStems = (stems: readonly string[]) => new Set(stems.filter((s) => !STOP.has(s) && s.length > 1))

function emptyWorkTypeModel(): WorkTypeModel {
  return {
    examples: 0,
    classFeatureWeight: new Float64Array(N),
    featureRow: new Map(),
    counts: new Float64Array(1024 * N),
    memory: [],
    byStem: new Map(),
    byForm: { codeScope: new Float64Array(N), changeVerb: new Float64Array(N), plain: new Float64Array(N) },
  }
}

/** Adds one example in place (incremental training). */
export function addExample(model: WorkTypeModel, example: LabelledExample): void {
  const k = WORK_TYPES.indexOf(example.type)
  const w = example.weight ?? EXAMPLE_WEIGHTS.chosen
  model.examples += 1
  model.byForm[formOf(example.title)][k] += w
  const titleStems = stemsOf(example.title)
  // Counts add up, so each feature goes straight into the model without a per-item map.
  eachTicketFeature(titleStems, example.description ?? '', (f, x) => {
    let row = model.featureRow.get(f)
    if (row === undefined) {
      row = model.featureRow.size
      model.featureRow.set(f, row)
      if ((row + 1) * N > model.counts.length) {
        const grown = new Float64Array(model.counts.length * 2)
        grown.set(model.counts)
        model.counts = grown
      }
    }
    model.counts[row * N + k] += w * x
    model.classFeatureWeight[k] += w * x
  })
  const index = model.memory.length
  const stems = contentStems(titleStems)
  model.memory.push({ title: example.title, type: example.type, stems })
  for (const s of stems) {
    const list = model.byStem.get(s)
    if (list) list.push(index)
    else model.byStem.set(s, [index])
  }
}

export function trainWorkTypeModel(examples: readonly LabelledExample[]): WorkTypeModel {
  const model = emptyWorkTypeModel()
  for (const example of examples) addExample(model, example)
  return model
}

interface Evidence {
  /** The words' log-likelihoods per type (centred). */
  readonly logits: number[]
  /** Per type: the title words whose counts pushed towards it most. */
  readonly pushers: string[][]
  /** How many of the ticket's words the model has seen in labelled items. */
  readonly known: number
}

/** Naive Bayes log-scores, centred so that a model without examples adds nothing. */
function naiveBayes(model: WorkTypeModel, title: string, description: string): Evidence {
  const vocabulary = Math.max(1, model.featureRow.size)
  // No class prior here: the team's mix of work enters through teamFormPrior, per title form, where the
  // rules know no word (tried next to a per-form prior, a global class prior got weight 0 in the fit).
  const logits = WORK_TYPES.map(() => 0)
  const denominators = WORK_TYPES.map((_, k) => Math.log(model.classFeatureWeight[k] + ALPHA * vocabulary))
  const words = new Map<string, string>(tokenize(title).map((t) => [`w:${t.stem}`, t.text]))
  const pushes: { word: string; k: number; lift: number }[] = []
  let known = 0
  for (const [f, x] of features(title, description)) {
    const row = model.featureRow.get(f)
    if (row === undefined) continue // unseen everywhere: the same for every type
    if (f.startsWith('w:')) known += 1
    const logs = WORK_TYPES.map((_, k) => Math.log(model.counts[row * N + k] + ALPHA) - denominators[k])
    const mean = logs.reduce((a, b) => a + b, 0) / N
    logs.forEach((l, k) => {
      logits[k] += x * l
      const word = words.get(f)
      if (word && l - mean > 0.5) pushes.push({ word, k, lift: l - mean })
    })
  }
  const centre = (xs: readonly number[]) => {
    const mean = xs.reduce((a, b) => a + b, 0) / N
    return xs.map((x) => x - mean)
  }
  const pushers = WORK_TYPES.map((_, k) =>
    pushes
      .filter((p) => p.k === k)
      .sort((a, b) => b.lift - a.lift)
      .slice(0, 3)
      .map((p) => p.word),
  )
  return { logits: centre(logits), pushers, known }
}

/** The team's labelled item most like this title (at least two shared content words). */
function similarLabelled(model: WorkTypeModel, title: string): { title: string; type: WorkType } | null {
  const stems = contentStems(tokenize(title).map((t) => t.stem))
  const overlap = new Map<number, number>()
  // A word in more than a tenth of the team's items says little about similarity, and walking its
  // long list of items would cost most of a suggestion's time.
  const common = Math.max(MIN_COMMON, model.memory.length / 10)
  for (const s of stems) {
    const items = model.byStem.get(s) ?? []
    if (items.length > common) continue
    for (const i of items) overlap.set(i, (overlap.get(i) ?? 0) + 1)
  }
  let best: { i: number; score: number } | null = null
  for (const [i, shared] of overlap) {
    if (shared < 2) continue
    const score = shared / (stems.size + model.memory[i].stems.size - shared)
    if (!best || score > best.score) best = { i, score }
  }
  return best ? model.memory[best.i] : null
}

/**
 * The team's base rate for titles of this one's form, as log-probabilities: its items of that form,
 * smoothed towards the generic base rate (or towards no preference for a plain title) with
 * FORM_PSEUDO_COUNT items' worth, so a team's first few items of a form cannot decide alone.
 */
function teamFormPrior(model: WorkTypeModel, title: string, rate: BaseRate | null) {
  const counts = model.byForm[formOf(title)]
  const items = counts.reduce((a, b) => a + b, 0)
  const generic = rate ? baseRateLogits(rate).map(Math.exp) : WORK_TYPES.map(() => 1 / N)
  const logits = WORK_TYPES.map((_, k) => Math.log((counts[k] + FORM_PSEUDO_COUNT * generic[k]) / (items + FORM_PSEUDO_COUNT)))
  return { logits, items, leading: WORK_TYPES[counts.indexOf(Math.max(...counts))] }
}

const quote = (items: readonly string[]) => new Intl.ListFormat('en').format(items.map((i) => `“${i}”`))

interface Calibration {
  readonly ruleTemperature: number
  readonly modelWeight: number
  readonly modelTemperature: number
}
export const CALIBRATION: Calibration = {
  ruleTemperature: RULE_TEMPERATURE,
  modelWeight: MODEL_WEIGHT,
  modelTemperature: MODEL_TEMPERATURE,
}

/**
 * The organisation's suggestion: rules as the prior plus what its people labelled. `model` null (or
 * without examples) gives the rules alone (suggestWorkType). Null when neither the rules, the base rate
 * of the title's form nor the model know anything of the ticket.
 */
export function suggestWithModel(
  model: WorkTypeModel | null,
  title: string,
  description = '',
  calibration = CALIBRATION,
): WorkTypeSuggestion | null {
  const tallies = scoreRules(title, description)
  const learned = model && model.examples > 0 ? naiveBayes(model, title, description) : null
  const rate = unknownWordsBaseRate(title, tallies)
  if (tallies.length === 0 && !rate && (!learned || learned.known === 0)) return null
  const rules = ruleLogits(tallies, calibration.ruleTemperature)
  // With examples, the team's own mix of work for titles of this form replaces the generic base rate.
  const form = model && learned && tallies.length === 0 ? teamFormPrior(model, title, rate) : null
  const logits = learned
    ? rules.map((r, k) => (r + (form?.logits[k] ?? 0) + calibration.modelWeight * learned.logits[k]) / calibration.modelTemperature)
    : withBaseRate(rules, rate)
  const probabilities = softmax(logits)
  const top = WORK_TYPES[probabilities.indexOf(Math.max(...probabilities))]
  const reasons: string[] = tallies.slice(0, 2).map(ruleReason)
  if (!learned && rate) reasons.push(baseRateReason(rate))
  if (form && form.items > 0 && form.leading === top) {
    reasons.push(`${WORK_TYPE_LABELS[top]}: most of your team’s ${form.items} items with a title of this form were labelled so.`)
  }
  if (learned) {
    const words = learned.pushers[WORK_TYPES.indexOf(top)]
    if (words.length > 0) reasons.push(`${WORK_TYPE_LABELS[top]}: your team’s items with ${quote(words)} were mostly labelled so.`)
    const similar = model ? similarLabelled(model, title) : null
    if (similar) reasons.push(`Your team labelled a similar item (“${similar.title}”) as ${WORK_TYPE_LABELS[similar.type]}.`)
  }
  return decide(probabilities, reasons, decidingWords(tallies, learned ? null : rate, top))
}
