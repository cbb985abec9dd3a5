/**
 * Words of a ticket, as the work-type classifier and the learned model see them.
 *
 * The text is lower-cased and "-", "_", "/" and "." between letters become spaces, so "end-to-end",
 * "proof_of_concept" and "docs/readme" read as words. Each word keeps its offsets in that normalised
 * text (the phrase cues in classify-cues.ts match the text and claim the words they cover) and a stem.
 *
 * Stemming joins inflections ("caching" = "cache", "optimised" = "optimize") but must not join
 * different words: a plural "s" is only dropped when four letters remain, so "cors" never meets
 * "core", and acronyms in the ticket (CORS, AWS, ReDoS) keep their final "s".
 */

export interface Token {
  /** As written in the ticket (for reasons shown to people). */
  readonly text: string
  readonly stem: string
  readonly start: number
  readonly end: number
}

const DURATION = /^\d+(?:ms|s)$/
const DURATION_TOKEN = '#duration'
const PLURAL_AFTER_DIGIT = /\ds$/

// Ordered: the first matching suffix is replaced, and only if a stem of 3+ letters remains.
const SUFFIXES: readonly (readonly [suffix: string, replacement: string])[] = [
  ['isations', 'iz'],
  ['izations', 'iz'],
  ['isation', 'iz'],
  ['ization', 'iz'],
  ['ising', 'iz'],
  ['izing', 'iz'],
  ['ised', 'iz'],
  ['ized', 'iz'],
  ['ises', 'iz'],
  ['izes', 'iz'],
  ['iser', 'iz'],
  ['izer', 'iz'],
  ['ise', 'iz'],
  ['ize', 'iz'],
  ['ies', 'y'],
  ['ing', ''],
  ['ed', ''],
  ['s', ''],
]
const KEEP_S = /(?:ss|us|is)$/
/** A plural "s" goes only when this much stem remains ("cors", "docs" and "logs" stay whole). */
const MIN_PLURAL_STEM = 4

export function stem(word: string): string {
  if (DURATION.test(word)) return DURATION_TOKEN
  // A plural after a number ("N+1s") is the thing counted: "n+1".
  if (PLURAL_AFTER_DIGIT.test(word)) return word.slice(0, -1)
  if (!/^[a-z]+$/.test(word)) return word
  const rule = SUFFIXES.find(([suffix]) => {
    if (!word.endsWith(suffix)) return false
    const rest = word.length - suffix.length
    return suffix === 's' ? rest >= MIN_PLURAL_STEM && !KEEP_S.test(word) : rest >= 3
  })
  const base = rule ? word.slice(0, -rule[0].length) + rule[1] : word
  // A final "e" varies between forms (cache / caching, expire / expired), so it never counts; four-letter
  // words keep it, or "note" would become "not" and "code" "cod".
  return base.length > 4 && base.endsWith('e') ? base.slice(0, -1) : base
}

/** Lower-cased, with word-joining punctuation turned into spaces; offsets of tokens refer to this. */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/(?<=[\p{L}\p{N}])[-_/.](?=[\p{L}\p{N}])/gu, ' ')
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}+#]*/gu
/**
 * An acronym's final "S" is a letter of it, not a plural: CORS, AWS, and in mixed case ReDoS and DDoS (read
 * as "redo" and "ddo" they would meet undo/redo). A word that starts and ends with a capital S counts.
 */
const ACRONYM_ENDING_IN_S = /^[A-Z][\p{L}\p{N}]*S$/u

export function tokenize(text: string): Token[] {
  const lower = normalise(text)
  // Lower-casing can change a string's length (rare letters such as "İ"); then show the lower-cased words.
  const source = lower.length === text.length ? text : lower
  return [...lower.matchAll(WORD)].map((m) => {
    const start = m.index
    const written = source.slice(start, start + m[0].length)
    // An acronym keeps a final "s" (CORS, AWS) but is otherwise stemmed like any word (README = readme).
    const keepWhole = ACRONYM_ENDING_IN_S.test(written)
    return { text: written, stem: keepWhole ? m[0] : stem(m[0]), start, end: start + m[0].length }
  })
}
