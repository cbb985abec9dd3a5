/**
 * A small in-process cache for expensive reads (the dashboards aggregate a whole organisation).
 * - Concurrent callers of one key share one computation, so fifty people opening the same
 *   dashboard at once cost one set of queries.
 * - A value lives for `ttlMs`; a failed computation is never kept.
 * - Keys belong to a scope (the organisation), so a write can drop everything of its scope at once.
 * - At most `maxEntries` values are kept; the least recently used goes first.
 * It holds nothing that must survive: another instance, or a restart, just computes again.
 */
export interface ScopedCacheOptions {
  ttlMs: number
  maxEntries: number
  now?: () => number
}

interface Entry {
  scope: string
  expires: number
  value: Promise<unknown>
}

export class ScopedCache {
  private readonly entries = new Map<string, Entry>()
  private readonly now: () => number

  constructor(private readonly options: ScopedCacheOptions) {
    this.now = options.now ?? Date.now
  }

  get<T>(scope: string, key: string, compute: () => Promise<T>): Promise<T> {
    const id = `${scope}\u0000${key}`
    const hit = this.entries.get(id)
    if (hit && hit.expires > this.now()) {
      // Re-insert so the Map's order stays least recently used first.
      this.entries.delete(id)
      this.entries.set(id, hit)
      return hit.value as Promise<T>
    }
    const value = compute()
    const entry: Entry = { scope, expires: this.now() + this.options.ttlMs, value }
    this.entries.delete(id)
    this.entries.set(id, entry)
    if (this.entries.size > this.options.maxEntries) this.entries.delete(this.entries.keys().next().value as string)
    value.catch(() => {
      if (this.entries.get(id) === entry) this.entries.delete(id)
    })
    return value
  }

  /** Drops every value of `scope`, or everything when no scope is given. */
  invalidate(scope?: string): void {
    if (scope === undefined) {
      this.entries.clear()
      return
    }
    for (const [id, entry] of this.entries) if (entry.scope === scope) this.entries.delete(id)
  }

  get size(): number {
    return this.entries.size
  }
}
