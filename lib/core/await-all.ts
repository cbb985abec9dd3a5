/** Promise.all for named reads: awaits every value of the object at once and keeps its keys and types. */
export async function awaitAll<T extends Record<string, unknown>>(pending: T): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
  const keys = Object.keys(pending)
  const values = await Promise.all(Object.values(pending))
  return Object.fromEntries(keys.map((key, i) => [key, values[i]])) as { [K in keyof T]: Awaited<T[K]> }
}
