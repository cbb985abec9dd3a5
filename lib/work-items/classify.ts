import { KEYWORDS } from './classify-rules'
import { WORK_TYPE_LABELS, WORK_TYPES, type WorkType } from './work-types'

/**
 * Suggests a work item's type from the words in its title and description.
 *
 * A deliberately small rules classifier, so a manager can see and trust why it
 * suggested something:
 * 1. Both texts are split into words (letters, digits, "+" and "#", so "n+1",
 *    "p99" and "2fa" survive) and each word is stemmed: British and American
 *    "-ise/-ize" forms meet, plurals and "-ing/-ed" endings drop, and durations
 *    like "8s" or "450ms" become one token.
 * 2. Keyword entries (classify-rules.ts) are matched longest first; a word used
 *    by a longer phrase is not counted again by a shorter one.
 * 3. Each matched entry adds its weight × 2 if it is in the title (the title is
 *    what people write most carefully), else × 1 for the description. An entry
 *    counts once however often it appears, so repetition cannot game it.
 * 4. The type with the most points wins; ties go to the type with more title
 *    points, then to the earlier type in WORK_TYPES. No match at all → null.
 *
 * Confidence = (winner's share of all points) × min(1, winner's points / 6):
 * one decisive title keyword with nothing competing gives 1; a single weak
 * description hint, or a close contest between types, gives much less.
 */

export interface WorkTypeSuggestion {
  readonly type: WorkType
  /** 0..1, two decimals; see the rule above. */
  readonly confidence: number
  /** The words of the ticket that decided it, as written there. */
  readonly matched: readonly string[]
  /** One sentence for the manager, e.g. 'Security & auth: the title mentions “OAuth” and “login”.' */
  readonly reason: string
}

const TITLE_WEIGHT = 2
const DESCRIPTION_WEIGHT = 1
/** Points that count as strong evidence: one decisive (weight 3) keyword in the title. */
const STRONG_EVIDENCE = 3 * TITLE_WEIGHT
/** A runner-up with at least this share of the winner's points is mentioned in the reason. */
const CLOSE_SECOND = 0.75

const DURATION = /^\d+(?:ms|s)$/
const DURATION_TOKEN = '#duration'

// Ordered: the first matching suffix is replaced, and only if a stem of 3+ letters remains.
const SUFFIXES: readonly (readonly [suffix: string, replacement: string])[] = [
  ['isations', 'iz'], ['izations', 'iz'], ['isation', 'iz'], ['ization', 'iz'],
  ['ising', 'iz'], ['izing', 'iz'], ['ised', 'iz'], ['ized', 'iz'], ['ises', 'iz'], ['izes', 'iz'],
  ['iser', 'iz'], ['izer', 'iz'], ['ise', 'iz'], ['ize', 'iz'],
  ['ies', 'y'], ['ing', ''], ['ed', ''], ['s', ''],
]
const KEEP_S = /(?:ss|us|is)$/

export function stem(word: string): string {
  if (DURATION.test(word)) return DURATION_TOKEN
  if (!/^[a-z]+$/.test(word)) return word
  const rule = SUFFIXES.find(
    ([suffix]) => word.endsWith(suffix) && word.length - suffix.length >= 3 && !(suffix === 's' && KEEP_S.test(word)),
  )
  const base = rule ? word.slice(0, -rule[0].length) + rule[1] : word
  // A final "e" varies between forms (cache / caching, expire / expired), so it never counts.
  return base.length > 3 && base.endsWith('e') ? base.slice(0, -1) : base
}

interface Word {
  readonly text: string
  readonly stem: string
}

function words(text: string): Word[] {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}+#]*/gu) ?? []).map((w) => ({ text: w, stem: stem(w.toLowerCase()) }))
}

interface Rule {
  readonly type: WorkType
  readonly stems: readonly string[]
  readonly weight: number
}

const RULES: readonly Rule[] = WORK_TYPES.flatMap((type) =>
  Object.entries(KEYWORDS[type]).map(([phrase, weight]) => ({
    type,
    stems: words(phrase).map((w) => w.stem),
    weight,
  })),
).sort((a, b) => b.stems.length - a.stems.length)

interface Hit {
  readonly rule: Rule
  readonly text: string
}

/** Longest-first matching; each word can serve one rule only. */
function match(text: string): Hit[] {
  const tokens = words(text)
  const present = new Set(tokens.map((t) => t.stem))
  const used = new Uint8Array(tokens.length)
  const hits: Hit[] = []
  for (const rule of RULES) {
    // Most rules cannot match at all; checking every word of a rule first keeps imports of
    // thousands of rows fast (this runs once per rule per title).
    if (!rule.stems.every((stem) => present.has(stem))) continue
    const n = rule.stems.length
    for (let start = 0; start + n <= tokens.length; start++) {
      let fits = true
      for (let k = 0; k < n && fits; k++) fits = used[start + k] === 0 && tokens[start + k].stem === rule.stems[k]
      if (!fits) continue
      used.fill(1, start, start + n)
      hits.push({ rule, text: tokens.slice(start, start + n).map((t) => t.text).join(' ') })
      break
    }
  }
  return hits
}

interface Tally {
  points: number
  titlePoints: number
  titleWords: string[]
  descriptionWords: string[]
}

export function suggestWorkType(title: string, description = ''): WorkTypeSuggestion | null {
  const tallies = new Map<WorkType, Tally>()
  const titleHits = match(title)
  const titleRules = new Set(titleHits.map((hit) => hit.rule))
  const descriptionHits = match(description).filter((hit) => !titleRules.has(hit.rule))
  for (const [hits, weight] of [[titleHits, TITLE_WEIGHT], [descriptionHits, DESCRIPTION_WEIGHT]] as const) {
    for (const { rule, text } of hits) {
      const tally = tallies.get(rule.type) ?? { points: 0, titlePoints: 0, titleWords: [], descriptionWords: [] }
      tally.points += rule.weight * weight
      if (weight === TITLE_WEIGHT) {
        tally.titlePoints += rule.weight * weight
        tally.titleWords.push(text)
      } else {
        tally.descriptionWords.push(text)
      }
      tallies.set(rule.type, tally)
    }
  }
  const ranked = WORK_TYPES.flatMap((type) => {
    const tally = tallies.get(type)
    return tally ? [{ type, ...tally }] : []
  }).sort((a, b) => b.points - a.points || b.titlePoints - a.titlePoints)
  if (ranked.length === 0) return null

  const [best, second] = ranked
  const total = ranked.reduce((sum, t) => sum + t.points, 0)
  const confidence = (best.points / total) * Math.min(1, best.points / STRONG_EVIDENCE)
  return {
    type: best.type,
    confidence: Math.round(confidence * 100) / 100,
    matched: [...best.titleWords, ...best.descriptionWords],
    reason: explain(best, second && second.points >= CLOSE_SECOND * best.points ? second.type : null),
  }
}

const listFormat = new Intl.ListFormat('en')
const quoteList = (items: readonly string[]) => listFormat.format(items.map((item) => `“${item}”`))

function explain(best: Tally & { type: WorkType }, closeSecond: WorkType | null): string {
  const parts = [
    best.titleWords.length > 0 ? `the title mentions ${quoteList(best.titleWords)}` : null,
    best.descriptionWords.length > 0 ? `the description mentions ${quoteList(best.descriptionWords)}` : null,
  ].filter((part) => part !== null)
  const runnerUp = closeSecond ? ` ${WORK_TYPE_LABELS[closeSecond]} was a close second.` : ''
  return `${WORK_TYPE_LABELS[best.type]}: ${parts.join(' and ')}.${runnerUp}`
}
