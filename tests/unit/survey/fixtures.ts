import { STATEMENTS, type Statement, type StatementAnswers } from '@/lib/survey/instrument'
import type { Mode } from '@/lib/core/work-types'

/** Builds a full answer set by asking `answer` for each statement in instrument order. */
export function answersFrom(answer: (statement: Statement, index: number) => number): StatementAnswers {
  // One entry per statement id, so the record is complete.
  return Object.fromEntries(STATEMENTS.map((s, index) => [s.id, answer(s, index)])) as StatementAnswers
}

/** How strongly someone leans into each mode, 1..5: forward statements get it, reverse ones its mirror. */
export function answersLeaning(leaning: Readonly<Record<Mode, number>>): StatementAnswers {
  return answersFrom((s) => (s.reversed ? 6 - leaning[s.dimension] : leaning[s.dimension]))
}

export const ORCHESTRATOR = answersLeaning({ orchestration: 5, craft: 2, hybrid: 3 })
export const CRAFTSPERSON = answersLeaning({ orchestration: 2, craft: 5, hybrid: 3 })
export const HYBRID = answersLeaning({ orchestration: 3, craft: 3, hybrid: 5 })
