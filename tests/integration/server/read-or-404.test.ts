import { describe, expect, it } from 'vitest'
import { AppError } from '@/lib/core/app-error'
import { readOr404 } from '@/lib/server/read-or-404'

const digestOf = (error: unknown) => String((error as { digest?: unknown }).digest)

describe('readOr404', () => {
  it('passes the value through, turns NOT_FOUND into the 404 page and lets every other error through', async () => {
    expect(await readOr404(async () => 42)).toBe(42)
    const missing = await readOr404(() => Promise.reject(new AppError('NOT_FOUND', 'Sprint not found.'))).catch((e: unknown) => e)
    expect(digestOf(missing)).toMatch(/404$/)
    const forbidden = new AppError('FORBIDDEN', 'No.')
    await expect(readOr404(() => Promise.reject(forbidden))).rejects.toBe(forbidden)
    const broken = new Error('database down')
    await expect(readOr404(() => Promise.reject(broken))).rejects.toBe(broken)
  })
})
