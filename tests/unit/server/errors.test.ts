import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { AppError } from '@/lib/core/app-error'
import { isUnavailable, toAppError } from '@/lib/server/errors'

describe('toAppError', () => {
  it('keeps AppErrors as they are', () => {
    const error = new AppError('FORBIDDEN', 'No.')
    expect(toAppError(error)).toBe(error)
  })

  it('turns a ZodError into INVALID naming the field', () => {
    const result = z.object({ title: z.string().min(3, 'Title is too short') }).safeParse({ title: 'x' })
    const mapped = toAppError(result.error)
    expect(mapped?.code).toBe('INVALID')
    expect(mapped?.message).toBe('title: Title is too short')
    expect(mapped?.fieldErrors).toEqual({ title: ['Title is too short'] })
  })

  it('maps a unique violation to CONFLICT naming the column, not the tenant key', () => {
    const mapped = toAppError(Object.assign(new Error('unique'), { code: 'P2002', meta: { target: ['organizationId', 'externalKey'] } }))
    expect(mapped?.code).toBe('CONFLICT')
    expect(mapped?.message).toBe('That externalKey is already taken.')
  })

  it('maps a missing record to NOT_FOUND and an unreachable database to UNAVAILABLE', () => {
    expect(toAppError(Object.assign(new Error('gone'), { code: 'P2025' }))?.code).toBe('NOT_FOUND')
    const down = new Error('connect ECONNREFUSED 127.0.0.1:5432')
    expect(isUnavailable(down)).toBe(true)
    expect(toAppError(down)?.code).toBe('UNAVAILABLE')
  })

  it('returns null for bugs so they are logged instead of shown', () => {
    expect(toAppError(new TypeError('undefined is not a function'))).toBeNull()
  })
})
