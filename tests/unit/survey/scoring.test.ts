import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { STATEMENTS } from '@/lib/survey/instrument'
import { pickPrimaryType, scoreSurvey } from '@/lib/survey/scoring'
import { MODES } from '@/lib/core/work-types'
import { answersFrom, answersLeaning, CRAFTSPERSON, HYBRID, ORCHESTRATOR } from './fixtures'

const likert = fc.integer({ min: 1, max: 5 })
const answerSets = fc
  .array(likert, { minLength: STATEMENTS.length, maxLength: STATEMENTS.length })
  .map((values) => answersFrom((_, index) => values[index]))

describe('scoreSurvey', () => {
  it.each([
    ['orchestration', ORCHESTRATOR],
    ['craft', CRAFTSPERSON],
    ['hybrid', HYBRID],
  ] as const)('places a clear %s fixture on its type', (mode, answers) => {
    const { primaryType, affinity, consistency } = scoreSurvey(answers)
    expect(primaryType).toBe(mode)
    expect(affinity[mode]).toBe(100)
    expect(consistency.level).toBe('consistent')
  })

  it('gives a tie at the top to hybrid', () => {
    expect(scoreSurvey(answersLeaning({ orchestration: 4, craft: 4, hybrid: 2 })).primaryType).toBe('hybrid')
    expect(scoreSurvey(answersFrom(() => 3)).primaryType).toBe('hybrid')
    expect(pickPrimaryType({ orchestration: 70, craft: 40, hybrid: 70 })).toBe('hybrid')
    expect(pickPrimaryType({ orchestration: 71, craft: 40, hybrid: 70 })).toBe('orchestration')
  })

  it('keeps every affinity and the consistency score within 0..100', () => {
    fc.assert(
      fc.property(answerSets, (answers) => {
        const { affinity, consistency } = scoreSurvey(answers)
        for (const value of [...MODES.map((mode) => affinity[mode]), consistency.score]) {
          expect(Number.isInteger(value)).toBe(true)
          expect(value).toBeGreaterThanOrEqual(0)
          expect(value).toBeLessThanOrEqual(100)
        }
      }),
    )
  })

  it('never lowers a dimension when agreeing more with its forward statements or less with its reverse ones', () => {
    const indices = fc.integer({ min: 0, max: STATEMENTS.length - 1 })
    fc.assert(
      fc.property(answerSets, indices, fc.integer({ min: 1, max: 4 }), (answers, index, step) => {
        const statement = STATEMENTS[index]
        const current = answers[statement.id]
        const moved = statement.reversed ? Math.max(1, current - step) : Math.min(5, current + step)
        const before = scoreSurvey(answers).affinity
        const after = scoreSurvey({ ...answers, [statement.id]: moved }).affinity
        expect(after[statement.dimension]).toBeGreaterThanOrEqual(before[statement.dimension])
        for (const other of MODES.filter((mode) => mode !== statement.dimension)) {
          expect(after[other]).toBe(before[other])
        }
      }),
    )
  })

  it('flags answers that agree with both halves of mirrored pairs', () => {
    const yesToEverything = scoreSurvey(answersFrom(() => 5)).consistency
    expect(yesToEverything).toMatchObject({ score: 0, level: 'inconsistent', pairsChecked: 6 })
    expect(yesToEverything.contradictions).toContainEqual({ forward: 'o1', reverse: 'o1r' })
    expect(scoreSurvey(answersFrom(() => 4)).consistency.level).toBe('mixed')
  })

  it('explains which answers pushed which way, in words', () => {
    const { explanation } = scoreSurvey(CRAFTSPERSON)
    expect(explanation[0]).toBe('Your scores out of 100: Orchestration 25, Deep craft 100, Hybrid 50.')
    expect(explanation).toContain(
      'You strongly agreed that “I do my best work in long, uninterrupted stretches of focus.” That raised your Deep craft score.',
    )
    expect(explanation.some((line) => line.includes('lowered your Orchestration score'))).toBe(true)
    expect(scoreSurvey(answersFrom(() => 5)).explanation.at(-1)).toMatch(/rough guide/)
  })

  it('says when a tie made the profile hybrid', () => {
    const { explanation } = scoreSurvey(answersLeaning({ orchestration: 4, craft: 4, hybrid: 2 }))
    expect(explanation[1]).toBe(
      'Orchestration and Deep craft came out level at the top, so your profile is Hybrid: you lean more than one way.',
    )
    expect(scoreSurvey(answersFrom(() => 3)).explanation[1]).toMatch(/^Orchestration, Deep craft, and Hybrid came out level/)
  })
})
