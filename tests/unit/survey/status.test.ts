import { describe, expect, it } from 'vitest'
import { SURVEY_STALE_AFTER_DAYS, surveyStatus } from '@/lib/survey/status'

const DAY = 86_400_000
const now = new Date('2026-11-25T09:30:00Z')
const ago = (days: number) => new Date(now.getTime() - days * DAY)

describe('surveyStatus', () => {
  it('is pending for someone who never answered', () => {
    expect(surveyStatus(null, now)).toBe('pending')
    expect(surveyStatus(undefined, now)).toBe('pending')
  })

  it('is done for a recent answer, including exactly the 90-day boundary', () => {
    expect(surveyStatus(ago(0), now)).toBe('done')
    expect(surveyStatus(ago(20), now)).toBe('done')
    expect(surveyStatus(ago(SURVEY_STALE_AFTER_DAYS), now)).toBe('done')
  })

  it('is out of date once the answer is older than 90 days', () => {
    expect(surveyStatus(new Date(ago(SURVEY_STALE_AFTER_DAYS).getTime() - 1), now)).toBe('out-of-date')
    expect(surveyStatus(ago(400), now)).toBe('out-of-date')
  })

  it('treats a clock-skewed future date as done', () => {
    expect(surveyStatus(new Date(now.getTime() + DAY), now)).toBe('done')
  })
})
