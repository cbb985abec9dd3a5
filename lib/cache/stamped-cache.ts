import { ScopedCache, type ScopedCacheOptions } from './scoped-cache'

/**
 * A ScopedCache whose scopes carry a version stamp kept outside the process (Postgres). Every writer
 * bumps its scope's stamp, and every read first asks for the current stamp: a newer one than this
 * cache last saw drops the scope's values, so no cache serves a value computed before a write that
 * finished before the read began, whichever instance (or bundle) made the write.
 * Stamps only grow; a read that raced a newer one and comes back with an older stamp uses the values
 * as they are (they are at least as new as that read needs).
 */
type StampedCacheOptions<S extends string> = ScopedCacheOptions & { stampOf: (scope: S) => Promise<bigint> }

export class StampedCache<S extends string = string> {
  private readonly values: ScopedCache
  private readonly seen = new Map<S, bigint>()

  constructor(private readonly options: StampedCacheOptions<S>) {
    this.values = new ScopedCache(options)
  }

  async get<T>(scope: S, key: string, compute: () => Promise<T>): Promise<T> {
    const stamp = await this.options.stampOf(scope)
    const seen = this.seen.get(scope)
    if (seen === undefined || stamp > seen) {
      // A scope without a remembered stamp may still hold values from before `seen` was trimmed.
      this.values.invalidate(scope)
      if (this.seen.size >= this.options.maxEntries) this.seen.clear()
      this.seen.set(scope, stamp)
    }
    return this.values.get(scope, key, compute)
  }

  /** Drops this process's values of `scope` (or all) at once; other processes learn of a write from its stamp. */
  invalidate(scope?: S): void {
    this.values.invalidate(scope)
  }

  get size(): number {
    return this.values.size
  }
}
