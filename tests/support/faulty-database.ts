import { afterAll, beforeAll } from 'vitest'
import { TcpProxy } from './tcp-proxy'

/**
 * Routes the app's database connections through a proxy that can drop them, for the fault tests.
 * Call at the top of a test file: the proxy starts before the first database use (so the pool
 * connects through it) and stops after the file. `onStart` gets the drop, for hoisted mocks that
 * inject a fault at a precise point inside a transaction.
 */
export function faultyDatabase(onStart: (drop: () => void) => void = () => {}) {
  const realUrl = process.env.DATABASE_URL!
  const proxy = new TcpProxy({ host: new URL(realUrl).hostname, port: Number(new URL(realUrl).port || 5432) })
  beforeAll(async () => {
    await proxy.start()
    process.env.DATABASE_URL = proxy.proxiedUrl(realUrl)
    onStart(() => proxy.dropConnections())
  })
  afterAll(() => proxy.stop())

  /** Runs a database read until the pool has reconnected (the first try after a drop may hit a dead socket). */
  async function settled<T>(read: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await read()
      } catch (error) {
        if (attempt >= 10) throw error
        await new Promise((r) => setTimeout(r, 50))
      }
    }
  }

  /** Starts `write` and drops every connection `delay` ms later ('inside': a mock drops it). */
  async function attempt(write: () => Promise<unknown>, delay: number | 'inside'): Promise<'committed' | 'failed'> {
    const running = write().then(
      () => 'committed' as const,
      () => 'failed' as const,
    )
    if (delay !== 'inside') {
      await new Promise((r) => setTimeout(r, delay))
      proxy.dropConnections()
    }
    return running
  }

  return { settled, attempt }
}
