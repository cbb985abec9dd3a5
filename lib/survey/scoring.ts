import { MODE_LABELS, MODES, type Mode } from '@/lib/core/work-types'
import { LIKERT_MAX, LIKERT_MIN, STATEMENTS, type Statement, type StatementAnswers, type StatementId } from './instrument'

/**
 * Scores a validated set of statement answers (the schema guarantees every
 * statement has an integer 1..5; this module trusts that).
 *
 * - A statement's *lean* is its answer mapped to 0..1, flipped for reverse-worded
 *   statements, so agreeing with "I would rather do it myself" counts against
 *   orchestration.
 * - A dimension's affinity is the mean lean of its statements × 100, rounded.
 *   Each answer moves only its own dimension, and in one direction, which makes
 *   the score monotonic (the property tests check it).
 * - The primary type is the highest affinity; any tie for the top goes to
 *   hybrid, because leaning two ways equally is what a hybrid is.
 */

type Affinity = Readonly<Record<Mode, number>>

type ConsistencyLevel = 'consistent' | 'mixed' | 'inconsistent'

interface Consistency {
  /** 0..100; 100 means every reverse-worded answer mirrored its partner. */
  readonly score: number
  readonly level: ConsistencyLevel
  readonly pairsChecked: number
  /** Pairs answered the same way round, e.g. agreeing with both. */
  readonly contradictions: readonly { readonly forward: StatementId; readonly reverse: StatementId }[]
}

interface SurveyScore {
  readonly affinity: Affinity
  readonly primaryType: Mode
  readonly consistency: Consistency
  /** Plain sentences saying which answers pushed which way. */
  readonly explanation: readonly string[]
}

/** A pair's answers may differ from a perfect mirror by this much without penalty (scale noise). */
const PAIR_TOLERANCE = 1
const CONSISTENT_FROM = 80
const MIXED_FROM = 50
/** How many of the strongest answers per dimension the explanation quotes. */
const QUOTES_PER_MODE = 2

const SCALE_SPAN = LIKERT_MAX - LIKERT_MIN
const MIRROR_SUM = LIKERT_MIN + LIKERT_MAX

const AGREEMENT_WORDS: Readonly<Record<number, string>> = {
  1: 'strongly disagreed',
  2: 'disagreed',
  4: 'agreed',
  5: 'strongly agreed',
}

function lean(statement: Statement, answer: number): number {
  const agreement = (answer - LIKERT_MIN) / SCALE_SPAN
  return statement.reversed ? 1 - agreement : agreement
}

export function scoreSurvey(answers: StatementAnswers): SurveyScore {
  const affinity = scoreAffinity(answers)
  const primaryType = pickPrimaryType(affinity)
  const consistency = scoreConsistency(answers)
  return {
    affinity,
    primaryType,
    consistency,
    explanation: explain(answers, affinity, consistency),
  }
}

function scoreAffinity(answers: StatementAnswers): Affinity {
  const score = (mode: Mode) => {
    const leans = STATEMENTS.filter((s) => s.dimension === mode).map((s) => lean(s, answers[s.id]))
    return Math.round((leans.reduce((sum, value) => sum + value, 0) / leans.length) * 100)
  }
  return { orchestration: score('orchestration'), craft: score('craft'), hybrid: score('hybrid') }
}

function leadingModes(affinity: Affinity): Mode[] {
  const top = Math.max(...MODES.map((mode) => affinity[mode]))
  return MODES.filter((mode) => affinity[mode] === top)
}

/** Highest affinity wins; a shared top score is hybrid by definition (docs/matching-contract.md, "Derived quantities"). */
export function pickPrimaryType(affinity: Affinity): Mode {
  const leaders = leadingModes(affinity)
  return leaders.length === 1 ? leaders[0] : 'hybrid'
}

function scoreConsistency(answers: StatementAnswers): Consistency {
  const pairs = STATEMENTS.flatMap((s) => (s.reversed ? [{ forward: s.pairedWith, reverse: s.id }] : []))
  const gaps = pairs.map((pair) => Math.abs(answers[pair.forward] + answers[pair.reverse] - MIRROR_SUM))
  const penalty = (gap: number) => Math.max(0, gap - PAIR_TOLERANCE) / (SCALE_SPAN - PAIR_TOLERANCE)
  const mean = gaps.reduce((sum, gap) => sum + (1 - penalty(gap)), 0) / pairs.length
  const score = Math.round(mean * 100)
  return {
    score,
    level: score >= CONSISTENT_FROM ? 'consistent' : score >= MIXED_FROM ? 'mixed' : 'inconsistent',
    pairsChecked: pairs.length,
    contradictions: pairs.filter((_, index) => gaps[index] > PAIR_TOLERANCE),
  }
}

function explain(answers: StatementAnswers, affinity: Affinity, consistency: Consistency): string[] {
  const scores = MODES.map((mode) => `${MODE_LABELS[mode]} ${affinity[mode]}`).join(', ')
  const lines = [`Your scores out of 100: ${scores}.`]
  const leaders = leadingModes(affinity)
  if (leaders.length > 1) {
    const names = new Intl.ListFormat('en').format(leaders.map((mode) => MODE_LABELS[mode]))
    lines.push(`${names} came out level at the top, so your profile is Hybrid: you lean more than one way.`)
  }
  const byAffinity = [...MODES].sort((a, b) => affinity[b] - affinity[a])
  for (const mode of byAffinity) {
    const strongest = STATEMENTS.filter((s) => s.dimension === mode && answers[s.id] in AGREEMENT_WORDS)
      .map((s) => ({ statement: s, push: lean(s, answers[s.id]) - 0.5 }))
      .sort((a, b) => Math.abs(b.push) - Math.abs(a.push))
      .slice(0, QUOTES_PER_MODE)
    for (const { statement, push } of strongest) {
      const direction = push > 0 ? 'raised' : 'lowered'
      lines.push(
        `You ${AGREEMENT_WORDS[answers[statement.id]]} that “${statement.text}” That ${direction} your ${MODE_LABELS[mode]} score.`,
      )
    }
  }
  if (consistency.level !== 'consistent') {
    lines.push(
      `A few answers pulled against each other (${consistency.contradictions.length} of ${consistency.pairsChecked} mirrored pairs), so treat this result as a rough guide and feel free to retake the survey.`,
    )
  }
  return lines
}
