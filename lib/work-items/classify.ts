import { CUES } from './classify-cues'
import { BASE_RATES, baseRateLogits, titleKind, type BaseRate } from './classify-prior'
import { KEYWORDS } from './classify-rules'
import { normalise, tokenize, type Token } from './classify-text'
import { WORK_TYPE_LABELS, WORK_TYPES, type WorkType } from '../core/work-types'

export { stem } from './classify-text'

/**
 * Suggests a work item's type from its title and description with rules a manager can read:
 * 1. Phrase cues (classify-cues.ts) read words in context first: the verb's role, phrases and
 *    negative cues. A cue claims the words it covers.
 * 2. Keyword entries (classify-rules.ts) are matched on the remaining words, longest first, whole
 *    words only (stems, never substrings: "core" is not "CORS").
 * 3. Each hit adds its weight × 2 in the title (written most carefully), × 1 in the description;
 *    an entry counts once however often it appears.
 * 4. Points become probabilities by a softmax with a temperature fitted on the benchmark's
 *    training split (docs/classifier.md), so "confidence" is a calibrated estimate of being right.
 *    When no rule knows a word, the base rate of the title's form (classify-prior.ts) decides.
 *    Below SURE_ENOUGH the suggestion says "not sure" and names the two likeliest types.
 */

interface TypeChance {
  readonly type: WorkType
  readonly confidence: number
}

export interface WorkTypeSuggestion {
  /** The suggested type, or null for "not sure" (see alternatives). */
  readonly type: WorkType | null
  /** Calibrated probability that the top type is right; 0..1, two decimals. */
  readonly confidence: number
  /** The likeliest types, best first (at least two when there is any evidence). */
  readonly alternatives: readonly TypeChance[]
  /** The words of the ticket that decided it, as written there. */
  readonly matched: readonly string[]
  /** Short sentences naming what pushed: words, and once learned, the team's own labels. */
  readonly reasons: readonly string[]
  /** The reasons as one paragraph for the manager. */
  readonly reason: string
}

/** Below this calibrated confidence the suggestion is "not sure" (docs/classifier.md has the trade-off). */
export const SURE_ENOUGH = 0.5
/**
 * Points → log-odds: points / RULE_TEMPERATURE for a type with evidence, −RULE_ABSENT for one without.
 * Both were fitted (least log loss) on the training split of tests/data/work-type-titles.jsonl by
 * `npm run bench:classify -- --fit`; see docs/classifier.md.
 */
export const RULE_TEMPERATURE = 3
const RULE_ABSENT = 2.5

/** Points from which the rules' evidence for one type is more than one weak word (weight 1) in the title. */
const SUBSTANTIAL_POINTS = 3

const TITLE_WEIGHT = 2
const DESCRIPTION_WEIGHT = 1

interface KeywordRule {
  readonly type: WorkType
  readonly stems: readonly string[]
  readonly weight: number
}

const KEYWORD_RULES: readonly KeywordRule[] = WORK_TYPES.flatMap((type) =>
  Object.entries(KEYWORDS[type]).map(([phrase, weight]) => ({ type, stems: tokenize(phrase).map((t) => t.stem), weight })),
).sort((a, b) => b.stems.length - a.stems.length)

interface Hit {
  readonly type: WorkType
  readonly weight: number
  readonly key: string
  readonly text: string
}

function matchCues(text: string, tokens: readonly Token[], used: Uint8Array): Hit[] {
  const lower = normalise(text)
  const hits: Hit[] = []
  CUES.forEach((cue, index) => {
    const m = cue.pattern.exec(cue.asWritten ? text : lower)
    if (!m) return
    const from = m.index
    const to = from + m[0].length
    const covered = tokens.flatMap((t, i) => (t.start >= from && t.end <= to && used[i] === 0 ? [i] : []))
    if (covered.length === 0) return
    for (const i of covered) used[i] = 1
    if (cue.type === null) return
    // Name the first few words of a long cue: the verb phrase is what decided.
    const shown = covered
      .slice(0, 4)
      .map((i) => tokens[i].text)
      .join(' ')
    hits.push({ type: cue.type, weight: cue.weight, key: `cue${index}`, text: covered.length > 4 ? `${shown} …` : shown })
  })
  return hits
}

function matchKeywords(tokens: readonly Token[], used: Uint8Array): Hit[] {
  const present = new Set(tokens.map((t) => t.stem))
  const hits: Hit[] = []
  for (const rule of KEYWORD_RULES) {
    // Most rules cannot match at all; checking their words first keeps imports of thousands of rows fast.
    if (!rule.stems.every((s) => present.has(s))) continue
    const n = rule.stems.length
    for (let start = 0; start + n <= tokens.length; start++) {
      let fits = true
      for (let k = 0; k < n && fits; k++) fits = used[start + k] === 0 && tokens[start + k].stem === rule.stems[k]
      if (!fits) continue
      used.fill(1, start, start + n)
      hits.push({
        type: rule.type,
        weight: rule.weight,
        key: rule.stems.join(' '),
        text: tokens
          .slice(start, start + n)
          .map((t) => t.text)
          .join(' '),
      })
      break
    }
  }
  return hits
}

function match(text: string): Hit[] {
  const tokens = tokenize(text)
  const used = new Uint8Array(tokens.length)
  return [...matchCues(text, tokens, used), ...matchKeywords(tokens, used)]
}

interface RuleTally {
  readonly type: WorkType
  points: number
  titlePoints: number
  readonly titleWords: string[]
  readonly descriptionWords: string[]
}

/** The rules' points per type, best first; only types with evidence. */
export function scoreRules(title: string, description = ''): RuleTally[] {
  const tallies = new Map<WorkType, RuleTally>()
  const titleHits = match(title)
  const titleKeys = new Set(titleHits.map((hit) => hit.key))
  const descriptionHits = match(description).filter((hit) => !titleKeys.has(hit.key))
  for (const [hits, weight] of [
    [titleHits, TITLE_WEIGHT],
    [descriptionHits, DESCRIPTION_WEIGHT],
  ] as const) {
    for (const hit of hits) {
      const tally = tallies.get(hit.type) ?? { type: hit.type, points: 0, titlePoints: 0, titleWords: [], descriptionWords: [] }
      tally.points += hit.weight * weight
      if (weight === TITLE_WEIGHT) {
        tally.titlePoints += hit.weight * weight
        tally.titleWords.push(hit.text)
      } else {
        tally.descriptionWords.push(hit.text)
      }
      tallies.set(hit.type, tally)
    }
  }
  const order = (t: WorkType) => WORK_TYPES.indexOf(t)
  return [...tallies.values()].sort((a, b) => b.points - a.points || b.titlePoints - a.titlePoints || order(a.type) - order(b.type))
}

/** Log-odds per type (in WORK_TYPES order) from the rules; all equal when nothing matched. */
export function ruleLogits(tallies: readonly RuleTally[], temperature = RULE_TEMPERATURE, absent = RULE_ABSENT): number[] {
  if (tallies.length === 0) return WORK_TYPES.map(() => 0)
  // The silence of the rules about the other types only counts against them when the evidence for one
  // type is substantial: one weak word ("Update the list") must not become a confident guess.
  const absentPenalty = tallies[0].points >= SUBSTANTIAL_POINTS ? absent : 0
  return WORK_TYPES.map((type) => {
    const points = tallies.find((t) => t.type === type)?.points
    return points === undefined ? -absentPenalty : points / temperature
  })
}

export function softmax(logits: readonly number[]): number[] {
  const max = Math.max(...logits)
  const exps = logits.map((l) => Math.exp(l - max))
  const sum = exps.reduce((a, b) => a + b, 0)
  return exps.map((e) => e / sum)
}

const round = (x: number) => Math.round(x * 100) / 100
const listFormat = new Intl.ListFormat('en')
const quoteList = (items: readonly string[]) => listFormat.format(items.map((item) => `“${item}”`))

export function ruleReason(tally: RuleTally): string {
  const parts = [
    tally.titleWords.length > 0 ? `the title says ${quoteList(tally.titleWords)}` : null,
    tally.descriptionWords.length > 0 ? `the description says ${quoteList(tally.descriptionWords)}` : null,
  ].filter((part) => part !== null)
  return `${WORK_TYPE_LABELS[tally.type]}: ${parts.join(' and ')}.`
}

/** The ticket's words that counted for one type, title first. */
export const wordsOf = (tally: RuleTally | undefined): string[] => (tally ? [...tally.titleWords, ...tally.descriptionWords] : [])

/**
 * Turns probabilities (WORK_TYPES order) and reasons into a suggestion: the top type when its
 * probability reaches SURE_ENOUGH, otherwise "not sure" with the two likeliest.
 */
export function decide(probabilities: readonly number[], reasons: readonly string[], matched: readonly string[]): WorkTypeSuggestion {
  const ranked = WORK_TYPES.map((type, i) => ({ type, confidence: probabilities[i] })).sort(
    (a, b) => b.confidence - a.confidence || WORK_TYPES.indexOf(a.type) - WORK_TYPES.indexOf(b.type),
  )
  const [best, second] = ranked
  // Decided on the confidence as shown (two decimals), so a 0.4996 shown as 0.5 is never "not sure".
  const sure = round(best.confidence) >= SURE_ENOUGH
  const alternatives = ranked.slice(0, sure ? 3 : 2).map((r) => ({ type: r.type, confidence: round(r.confidence) }))
  const lead = sure
    ? `${WORK_TYPE_LABELS[best.type]} (${Math.round(best.confidence * 100)}% likely).`
    : `Not sure: ${WORK_TYPE_LABELS[best.type]} or ${WORK_TYPE_LABELS[second.type]}.`
  return {
    type: sure ? best.type : null,
    confidence: round(best.confidence),
    alternatives,
    matched,
    reasons,
    reason: [lead, ...reasons].join(' '),
  }
}

/** A base rate that applies to a ticket: its title's form, the words showing it, and the rate. */
export interface AppliedBaseRate extends BaseRate {
  readonly shown: string
}

/**
 * The base rate of the title's form when no rule knows any word of the ticket; null otherwise, or when
 * the form has none. A single weak hint keeps its "not sure" ("Update the list"): how a base rate and a
 * weak hint should combine could not be fitted, as only three training titles have both.
 */
export function unknownWordsBaseRate(title: string, tallies: readonly RuleTally[]): AppliedBaseRate | null {
  if (tallies.length > 0) return null
  const kind = titleKind(title)
  return kind ? { ...BASE_RATES[kind.kind], shown: kind.shown } : null
}

/** Log-odds with a base rate multiplied in (added as log-probabilities), or unchanged without one. */
export function withBaseRate(logits: readonly number[], rate: AppliedBaseRate | null): number[] {
  if (!rate) return [...logits]
  const prior = baseRateLogits(rate)
  return logits.map((l, k) => l + prior[k])
}

export function baseRateReason(rate: AppliedBaseRate): string {
  const label = WORK_TYPE_LABELS[rate.type]
  return `${label}: ${Math.round(rate.right * 100)}% of the labelled titles that open like “${rate.shown}” were ${label}.`
}

/** The words that decided for `top`: the rules' words for it, and the title's opening when its base rate chose it. */
export function decidingWords(tallies: readonly RuleTally[], rate: AppliedBaseRate | null, top: WorkType): string[] {
  const words = wordsOf(tallies.find((t) => t.type === top))
  return rate?.type === top ? [rate.shown, ...words] : words
}

const topType = (probabilities: readonly number[]) => WORK_TYPES[probabilities.indexOf(Math.max(...probabilities))]

/**
 * The rules' suggestion; null when no word of the ticket says anything about its type and the title's
 * form has no base rate.
 */
export function suggestWorkType(title: string, description = ''): WorkTypeSuggestion | null {
  const tallies = scoreRules(title, description)
  const rate = unknownWordsBaseRate(title, tallies)
  if (tallies.length === 0 && !rate) return null
  const probabilities = softmax(withBaseRate(ruleLogits(tallies), rate))
  const reasons = [...tallies.slice(0, 2).map(ruleReason), ...(rate ? [baseRateReason(rate)] : [])]
  return decide(probabilities, reasons, decidingWords(tallies, rate, topType(probabilities)))
}
