import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ScopedCache } from '@/lib/cache/scoped-cache'

function clock(start = 0) {
  let t = start
  return { now: () => t, advance: (ms: number) => void (t += ms) }
}

function counter<T>(value: T) {
  const calls = { count: 0 }
  return { calls, compute: () => ((calls.count += 1), Promise.resolve(value)) }
}

describe('ScopedCache', () => {
  it('shares one computation between concurrent callers of a key', async () => {
    const cache = new ScopedCache({ ttlMs: 1000, maxEntries: 10 })
    let resolve!: (v: number) => void
    let calls = 0
    const compute = () => ((calls += 1), new Promise<number>((r) => (resolve = r)))
    const both = Promise.all([cache.get('org-a', 'k', compute), cache.get('org-a', 'k', compute)])
    resolve(42)
    expect(await both).toEqual([42, 42])
    expect(calls).toBe(1)
  })

  it('computes again once the value is older than its ttl', async () => {
    const time = clock()
    const cache = new ScopedCache({ ttlMs: 1000, maxEntries: 10, now: time.now })
    const { calls, compute } = counter('v')
    await cache.get('org-a', 'k', compute)
    time.advance(999)
    await cache.get('org-a', 'k', compute)
    expect(calls.count).toBe(1)
    time.advance(1)
    await cache.get('org-a', 'k', compute)
    expect(calls.count).toBe(2)
  })

  it('keeps scopes and keys apart', async () => {
    const cache = new ScopedCache({ ttlMs: 1000, maxEntries: 10 })
    expect(await cache.get('org-a', 'k', () => Promise.resolve('a'))).toBe('a')
    expect(await cache.get('org-b', 'k', () => Promise.resolve('b'))).toBe('b')
    expect(await cache.get('org-a', 'other', () => Promise.resolve('c'))).toBe('c')
    expect(await cache.get('org-a', 'k', () => Promise.resolve('not used'))).toBe('a')
  })

  it('drops only the invalidated scope, or everything', async () => {
    const cache = new ScopedCache({ ttlMs: 1000, maxEntries: 10 })
    await cache.get('org-a', 'k', () => Promise.resolve(1))
    await cache.get('org-b', 'k', () => Promise.resolve(2))
    cache.invalidate('org-a')
    expect(await cache.get('org-a', 'k', () => Promise.resolve(3))).toBe(3)
    expect(await cache.get('org-b', 'k', () => Promise.resolve(4))).toBe(2)
    cache.invalidate()
    expect(cache.size).toBe(0)
  })

  it('never keeps a failure', async () => {
    const cache = new ScopedCache({ ttlMs: 1000, maxEntries: 10 })
    await expect(cache.get('org-a', 'k', () => Promise.reject(new Error('db down')))).rejects.toThrow('db down')
    expect(await cache.get('org-a', 'k', () => Promise.resolve('back'))).toBe('back')
  })

  it('a computation that fails after an invalidation does not remove the newer value', async () => {
    const cache = new ScopedCache({ ttlMs: 1000, maxEntries: 10 })
    let fail!: (e: Error) => void
    const old = cache.get('org-a', 'k', () => new Promise<string>((_, reject) => (fail = reject)))
    cache.invalidate('org-a')
    await cache.get('org-a', 'k', () => Promise.resolve('new'))
    fail(new Error('late'))
    await expect(old).rejects.toThrow('late')
    expect(await cache.get('org-a', 'k', () => Promise.resolve('unused'))).toBe('new')
  })

  it('never holds more than maxEntries, evicting the least recently used', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.integer({ min: 0, max: 12 })), { maxLength: 60 }),
        (max, reads) => {
          const cache = new ScopedCache({ ttlMs: 1000, maxEntries: max })
          const recent: string[] = []
          for (const [scope, key] of reads) {
            void cache.get(scope, String(key), () => Promise.resolve(key))
            const id = `${scope}/${key}`
            const at = recent.indexOf(id)
            if (at >= 0) recent.splice(at, 1)
            recent.push(id)
            expect(cache.size).toBe(Math.min(max, recent.length))
          }
          // The most recently used keys are the ones still cached.
          for (const id of recent.slice(-max)) {
            const [scope, key] = id.split('/')
            let recomputed = false
            void cache.get(scope!, key!, () => ((recomputed = true), Promise.resolve(-1)))
            expect(recomputed).toBe(false)
          }
        },
      ),
    )
  })
})
