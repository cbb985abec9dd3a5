import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { pulseSubmissionSchema, surveyDraftSchema, surveySubmissionSchema } from '@/lib/schemas/survey'
import { STATEMENTS, SURVEY_VERSION, type WorkPreferences } from '@/lib/survey/instrument'
import { PULSE_VERSION } from '@/lib/survey/pulse'
import { WORK_TYPES } from '@/lib/core/work-types'
import { HYBRID } from './fixtures'

const workTypes = Object.fromEntries(WORK_TYPES.map((type) => [type, 'neutral'])) as WorkPreferences

const valid = {
  version: SURVEY_VERSION,
  answers: HYBRID,
  workTypes,
  deepWorkHoursPerDay: 3.5,
  capacityHours: 60,
}

const without = <T extends object>(record: T, ...keys: string[]) =>
  Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)))

const issuesOf = (input: unknown) => surveySubmissionSchema.safeParse(input).error?.issues ?? []

describe('surveySubmissionSchema', () => {
  it('accepts a complete submission, with or without the optional fields', () => {
    expect(surveySubmissionSchema.safeParse(valid).success).toBe(true)
    expect(surveySubmissionSchema.safeParse({ ...valid, note: 'Mornings are best', preferredMode: 'craft' }).success).toBe(true)
    expect(surveySubmissionSchema.safeParse({ ...valid, preferredMode: null }).success).toBe(true)
  })

  it('rejects any out-of-range or fractional answer and names the statement', () => {
    const statement = fc.constantFrom(...STATEMENTS)
    const badAnswer = fc.oneof(
      fc.integer({ min: -100, max: 0 }),
      fc.integer({ min: 6, max: 100 }),
      fc.double({ min: 1.01, max: 4.99, noNaN: true }).filter((n) => !Number.isInteger(n)),
    )
    fc.assert(
      fc.property(statement, badAnswer, (s, answer) => {
        const issues = issuesOf({ ...valid, answers: { ...valid.answers, [s.id]: answer } })
        expect(issues).toHaveLength(1)
        expect(issues[0].path).toEqual(['answers', s.id])
        // In the form's words, not its numbers: the summary lists this line.
        expect(issues[0].message).toBe(
          `Answer statement ${s.id} (“${s.text}”): choose Strongly disagree, Disagree, Neither, Agree or Strongly agree`,
        )
      }),
    )
  })

  it('names every missing statement', () => {
    const issues = issuesOf({ ...valid, answers: without(valid.answers, 'o3', 'c1r') })
    expect(issues.map((issue) => issue.path)).toEqual([
      ['answers', 'o3'],
      ['answers', 'c1r'],
    ])
    expect(issues[0].message).toMatch(/^Answer statement o3 \(“I am happy to ship/)
  })

  it('names the work type, hours and mode that are wrong', () => {
    const messages = issuesOf({
      ...valid,
      workTypes: { ...without(workTypes, 'SECURITY_AUTH'), BOILERPLATE: 'love' },
      deepWorkHoursPerDay: 9,
      capacityHours: 0,
      note: 'x'.repeat(2001),
      preferredMode: 'wizard',
    }).map((issue) => issue.message)
    expect(messages).toEqual([
      'For Boilerplate, choose I enjoy it, Neutral or I would rather avoid it',
      'For Security & auth, choose I enjoy it, Neutral or I would rather avoid it',
      'Preferred daily deep-work hours cannot be above 8',
      'Give your usual sprint capacity as a whole number of hours from 1 to 200',
      'Keep the note to 2000 characters or fewer',
      'Choose a preferred mode: Orchestration, Deep craft, Hybrid or “No preference: go by my answers”',
    ])
  })

  it('refuses a submission answered against another version of the instrument', () => {
    expect(issuesOf({ ...valid, version: SURVEY_VERSION + 1 })[0].path).toEqual(['version'])
  })
})

describe('surveyDraftSchema', () => {
  it('accepts a partly answered survey but still checks what is there', () => {
    expect(surveyDraftSchema.safeParse({ version: SURVEY_VERSION, answers: { o1: 4 } }).success).toBe(true)
    const issues = surveyDraftSchema.safeParse({ version: SURVEY_VERSION, answers: { o1: 6 } }).error?.issues
    expect(issues?.map((issue) => issue.path)).toEqual([['answers', 'o1']])
  })
})

describe('pulseSubmissionSchema', () => {
  const pulse = { version: PULSE_VERSION, deepWorkShare: '40-60', preferredModeShare: '80-100', energy: 4 }

  it('accepts one click per question and an optional comment', () => {
    expect(pulseSubmissionSchema.safeParse(pulse).success).toBe(true)
    expect(pulseSubmissionSchema.safeParse({ ...pulse, comment: 'Too many meetings' }).success).toBe(true)
  })

  it('names the question that is missing or out of range', () => {
    const issues = pulseSubmissionSchema.safeParse({ ...pulse, deepWorkShare: '50%', energy: 6 }).error?.issues ?? []
    expect(issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        ['deepWorkShare'],
        'Choose how much of the sprint was uninterrupted deep work in blocks of 2 hours or more: 0–20%, 20–40%, 40–60%, 60–80%, 80–100%',
      ],
      [['energy'], 'Rate your energy: choose Drained, Tired, Okay, Good or Energised'],
    ])
  })
})
