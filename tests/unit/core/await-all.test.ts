import { expect, it } from 'vitest'
import { awaitAll } from '@/lib/core/await-all'

it('awaits every value at once, keeping keys, order and plain values', async () => {
  const started: string[] = []
  const later = (key: string, value: number, ms: number) => {
    started.push(key)
    return new Promise<number>((resolve) => setTimeout(() => resolve(value), ms))
  }
  const result = await awaitAll({ slow: later('slow', 1, 20), fast: later('fast', 2, 1), plain: 'x' })
  expect(started).toEqual(['slow', 'fast'])
  expect(result).toEqual({ slow: 1, fast: 2, plain: 'x' })
  expect(Object.keys(result)).toEqual(['slow', 'fast', 'plain'])
})

it('fails as soon as one read fails', async () => {
  await expect(awaitAll({ ok: Promise.resolve(1), broken: Promise.reject(new Error('no')) })).rejects.toThrow('no')
})
