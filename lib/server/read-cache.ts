import 'server-only'
import { ScopedCache } from '@/lib/cache/scoped-cache'

/**
 * Expensive organisation-wide reads (the dashboards) are shared between requests for a short while.
 * Every successful server action or writing route handler drops its organisation's entries
 * (`lib/server/action.ts`, `lib/server/route.ts`), so people see their own changes at once; another
 * app instance behind the load balancer sees them within `READ_CACHE_TTL_MS`.
 */
export const READ_CACHE_TTL_MS = 30_000

export const readCache = new ScopedCache({ ttlMs: READ_CACHE_TTL_MS, maxEntries: 2_000 })

/** An organisation id, or every organisation, or nothing at all. */
export type WriteScope = string | 'any' | 'none'

/** After a successful write: drop the cached reads it made stale. */
export function invalidateReads(scope: WriteScope): void {
  if (scope === 'any') readCache.invalidate()
  else if (scope !== 'none') readCache.invalidate(scope)
}
