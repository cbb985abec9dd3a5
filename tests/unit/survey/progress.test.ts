import { describe, expect, it } from 'vitest'
import { STATEMENTS } from '@/lib/survey/instrument'
import { firstUnansweredSection, surveyProgress } from '@/lib/survey/progress'
import { WORK_TYPES } from '@/lib/core/work-types'
import { HYBRID } from './fixtures'

describe('surveyProgress', () => {
  it('starts at zero with every required question counted', () => {
    const progress = surveyProgress({})
    expect(progress).toMatchObject({ answered: 0, total: STATEMENTS.length + WORK_TYPES.length + 2, percent: 0 })
    expect(progress.sections.map((s) => s.total)).toEqual([7, 7, 7, 14])
  })

  it('counts answers per section', () => {
    const progress = surveyProgress({ answers: { c1: 4, o1: 2 }, workTypes: { BOILERPLATE: 'avoid' }, capacityHours: 60 })
    expect(progress.sections.map((s) => s.answered)).toEqual([1, 1, 0, 2])
    expect(progress.answered).toBe(4)
  })

  it('reaches 100% only when every required question is answered', () => {
    const workTypes = Object.fromEntries(WORK_TYPES.map((t) => [t, 'neutral']))
    expect(surveyProgress({ answers: HYBRID, workTypes, deepWorkHoursPerDay: 4 }).percent).toBe(97)
    expect(surveyProgress({ answers: HYBRID, workTypes, deepWorkHoursPerDay: 0, capacityHours: 60 }).percent).toBe(100)
  })
})

describe('firstUnansweredSection', () => {
  const section = (ids: string[]) => Object.fromEntries(STATEMENTS.filter((s) => ids.includes(s.section)).map((s) => [s.id, 3]))

  it('is the first section with a question left, even after later ones were answered', () => {
    expect(firstUnansweredSection(surveyProgress({}))).toBe('focus-and-flow')
    const skippedSecond = surveyProgress({ answers: section(['focus-and-flow', 'what-good-work-means']) })
    expect(skippedSecond.sections.map((s) => s.answered)).toEqual([7, 0, 7, 0])
    expect(firstUnansweredSection(skippedSecond)).toBe('ai-and-delegation')
  })

  it('is null once every required question is answered', () => {
    const workTypes = Object.fromEntries(WORK_TYPES.map((t) => [t, 'neutral']))
    expect(firstUnansweredSection(surveyProgress({ answers: HYBRID, workTypes, deepWorkHoursPerDay: 4, capacityHours: 60 }))).toBeNull()
  })
})
