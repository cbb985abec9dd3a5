import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { AppError } from '@/lib/core/app-error'
import { labelAt, labelled } from '@/lib/schemas/field-label'
import { isUnavailable, toAppError } from '@/lib/server/errors'

describe('toAppError', () => {
  it('keeps AppErrors as they are', () => {
    const error = new AppError('FORBIDDEN', 'No.')
    expect(toAppError(error)).toBe(error)
  })

  it('turns a ZodError into INVALID naming the field by its key when no labels are given (a route query)', () => {
    const result = z.object({ title: z.string().min(3, 'Title is too short') }).safeParse({ title: 'x' })
    const mapped = toAppError(result.error)
    expect(mapped?.code).toBe('INVALID')
    expect(mapped?.message).toBe('title: Title is too short')
    expect(mapped?.fieldErrors).toEqual({ title: ['Title is too short'] })
  })

  it('names a form field by its label, never by its key, and does not repeat a label the message starts with', () => {
    const schema = z.object({
      endDate: labelled(z.string().min(10, 'The end date must be on or after the start date'), 'End date'),
      password: labelled(z.string().min(10, 'Password must be at least 10 characters'), 'Password'),
      note: z.string().max(3, 'Keep the note short'),
    })
    const labelOf = (path: readonly PropertyKey[]) => labelAt(schema, path)
    const messageFor = (input: object) =>
      toAppError(schema.safeParse({ endDate: '2026-01-31', password: 'long enough', note: '', ...input }).error, labelOf)?.message

    expect(messageFor({ endDate: 'x' })).toBe('End date: The end date must be on or after the start date')
    expect(messageFor({ password: 'short' })).toBe('Password must be at least 10 characters')
    expect(messageFor({ note: 'too long' })).toBe('Keep the note short')
  })

  it('maps a unique violation to CONFLICT naming the column, not the tenant key', () => {
    const mapped = toAppError(Object.assign(new Error('unique'), { code: 'P2002', meta: { target: ['organizationId', 'externalKey'] } }))
    expect(mapped?.code).toBe('CONFLICT')
    expect(mapped?.message).toBe('That externalKey is already taken.')
  })

  it('names a unique violation of a form field by its label, and an unlabelled one as a value', () => {
    const schema = z.object({ externalKey: labelled(z.string(), 'External key'), code: z.string() })
    const taken = (column: string) => Object.assign(new Error('unique'), { code: 'P2002', meta: { target: ['organizationId', column] } })
    expect(toAppError(taken('externalKey'), (path) => labelAt(schema, path))?.message).toBe('External key: this one is already taken.')
    expect(toAppError(taken('code'), (path) => labelAt(schema, path))?.message).toBe('That value is already taken.')
  })

  it('maps a missing record to NOT_FOUND and an unreachable database to UNAVAILABLE', () => {
    expect(toAppError(Object.assign(new Error('gone'), { code: 'P2025' }))?.code).toBe('NOT_FOUND')
    const down = new Error('connect ECONNREFUSED 127.0.0.1:5432')
    expect(isUnavailable(down)).toBe(true)
    expect(toAppError(down)?.code).toBe('UNAVAILABLE')
  })

  it('maps a transaction that never got a connection to UNAVAILABLE, not to a bug', () => {
    const busy = Object.assign(new Error('Transaction API error: Unable to start a transaction in the given time.'), { code: 'P2028' })
    expect(toAppError(busy)?.code).toBe('UNAVAILABLE')
    const expired = Object.assign(new Error('Transaction API error: A query cannot be executed on an expired transaction.'), {
      code: 'P2028',
    })
    expect(toAppError(expired)).toBeNull()
  })

  it('returns null for bugs so they are logged instead of shown', () => {
    expect(toAppError(new TypeError('undefined is not a function'))).toBeNull()
  })
})
