import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { labelAt, labelled } from '@/lib/schemas/field-label'
import { signUpSchema, changePasswordSchema } from '@/lib/schemas/account'
import { createSprintSchema, updateSprintSchema } from '@/lib/schemas/sprint'
import { anonymityThresholdSchema } from '@/lib/schemas/survey'
import { createWorkItemSchema } from '@/lib/schemas/work-item'
import { idField, optionalIdField } from '@/lib/schemas/id'

describe('labelAt', () => {
  it('finds a label through the wrappers around a field and inside nested objects and lists', () => {
    const schema = z.preprocess(
      (v) => v,
      z
        .object({
          name: labelled(z.string(), 'Name').optional().default(''),
          rows: z.array(z.object({ reason: labelled(z.string().trim(), 'Reason') })),
          pinned: labelled(optionalIdField('team member'), 'Pinned engineer').default(null),
          team: optionalIdField('team'),
          plain: z.string(),
        })
        .refine(() => true),
    )
    expect(labelAt(schema, ['name'])).toBe('Name')
    expect(labelAt(schema, ['rows', 2, 'reason'])).toBe('Reason')
    // The outermost label wins: the form calls the member "Pinned engineer".
    expect(labelAt(schema, ['pinned'])).toBe('Pinned engineer')
    expect(labelAt(schema, ['team'])).toBe('Team')
    expect(labelAt(schema, ['plain'])).toBeUndefined()
    expect(labelAt(schema, ['missing', 'deeper'])).toBeUndefined()
    expect(labelAt(schema, [])).toBeUndefined()
  })

  it('gives the form fields the labels their forms show', () => {
    expect(labelAt(signUpSchema, ['email'])).toBe('E-mail')
    expect(labelAt(signUpSchema, ['password'])).toBe('Password')
    expect(labelAt(changePasswordSchema, ['newPassword'])).toBe('New password')
    expect(labelAt(changePasswordSchema, ['confirmPassword'])).toBe('Repeat new password')
    expect(labelAt(createSprintSchema, ['teamId'])).toBe('Team')
    expect(labelAt(createSprintSchema, ['startDate'])).toBe('Start date')
    expect(labelAt(updateSprintSchema, ['endDate'])).toBe('End date')
    expect(labelAt(updateSprintSchema, ['status'])).toBe('Status')
    expect(labelAt(anonymityThresholdSchema, ['anonymityThreshold'])).toBe('Smallest group shown (people)')
    expect(labelAt(createWorkItemSchema, ['hours'])).toBe('Hours')
    expect(labelAt(createWorkItemSchema, ['externalKey'])).toBe('External key')
    expect(labelAt(z.object({ id: idField('work item') }), ['id'])).toBe('Work item')
  })

  it('states a new password rule in the words of the field it is for', () => {
    const result = changePasswordSchema.safeParse({ currentPassword: 'x', newPassword: 'short', confirmPassword: 'short' })
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['New password must be at least 10 characters'])
  })
})
