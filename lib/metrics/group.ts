/** Rows grouped by a key in one pass (the dashboards index a few thousand aggregated rows per view). */
export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>()
  for (const row of rows) {
    const k = key(row)
    const list = groups.get(k)
    if (list) list.push(row)
    else groups.set(k, [row])
  }
  return groups
}

/** Locale-independent name order: stable across server and client, and much cheaper than localeCompare. */
export const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
