import { describe, expect, it } from 'vitest'
import { StampedCache } from '@/lib/cache/stamped-cache'

// Stamps stand in for Organization.readVersion: another instance's write is a bump of the map.
function setup() {
  const stamps = new Map<string, bigint>([
    ['org-a', BigInt(1)],
    ['org-b', BigInt(1)],
  ])
  const cache = new StampedCache({ ttlMs: 60_000, maxEntries: 10, stampOf: async (scope) => stamps.get(scope) ?? BigInt(0) })
  let computed = 0
  const read = (scope: string) => cache.get(scope, 'k', async () => `${scope}#${(computed += 1)}`)
  return { stamps, cache, read }
}

describe('StampedCache', () => {
  it('keeps a value while its scope’s stamp stays the same', async () => {
    const { read } = setup()
    expect(await read('org-a')).toBe('org-a#1')
    expect(await read('org-a')).toBe('org-a#1')
  })

  it('computes again once the scope’s stamp grew (a write on any instance), and only for that scope', async () => {
    const { stamps, read } = setup()
    await read('org-a')
    await read('org-b')
    stamps.set('org-a', BigInt(2))
    expect(await read('org-a')).toBe('org-a#3')
    expect(await read('org-b')).toBe('org-b#2')
  })

  it('keeps the newer value when a read comes back with an older stamp than one already seen', async () => {
    const { stamps, read } = setup()
    stamps.set('org-a', BigInt(5))
    const newer = await read('org-a')
    stamps.set('org-a', BigInt(4))
    expect(await read('org-a')).toBe(newer)
  })

  it('drops this process’s values at once on invalidate, without waiting for a stamp', async () => {
    const { cache, read } = setup()
    await read('org-a')
    cache.invalidate('org-a')
    expect(await read('org-a')).toBe('org-a#2')
  })

  it('keeps nothing when the stamp cannot be read', async () => {
    const cache = new StampedCache({ ttlMs: 60_000, maxEntries: 10, stampOf: () => Promise.reject(new Error('database down')) })
    let computed = 0
    await expect(cache.get('org-a', 'k', async () => (computed += 1))).rejects.toThrow('database down')
    expect(computed).toBe(0)
    expect(cache.size).toBe(0)
  })
})
