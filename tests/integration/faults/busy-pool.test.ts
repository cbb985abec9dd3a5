import { describe, expect, it } from 'vitest'
import { prisma } from '@/lib/db/client'

// Every pooled connection (10) is busy in a transaction for about 3 s, longer than the 2 s Prisma gives
// a transaction to begin by default. A change that arrives then waits its turn instead of failing. The
// embedded database, which runs one transaction at a time, meets this whenever a long write is running.
//
// One holder sleeps holding an advisory lock and the other nine queue for that lock, so the pool is
// full for about 3 s on Postgres (nine waiting in parallel) and on the embedded database alike (where
// the nine run after the first and take the lock at once).

const POOL_SIZE = 10
const HOLD_SECONDS = 3
const LOCK_KEY = 4_242_001

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('a change that arrives while every connection is busy', () => {
  it('waits for a free connection instead of failing after 2 s', async () => {
    // Open the pool's connections first, so that the holders below only wait for the lock.
    await Promise.all(Array.from({ length: POOL_SIZE }, () => prisma.$queryRaw`SELECT 1`))
    const sleeper = prisma.$transaction(
      async (tx) => tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_KEY}), pg_sleep(${HOLD_SECONDS})`,
      { timeout: 20_000 },
    )
    await pause(200)
    const queued = Array.from({ length: POOL_SIZE - 1 }, () =>
      prisma.$transaction(async (tx) => tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_KEY})`, { timeout: 20_000 }),
    )
    const holders = Promise.all([sleeper, ...queued])
    await pause(200)
    const started = Date.now()
    const late = await prisma.$transaction(async (tx) => tx.$queryRaw<{ one: number }[]>`SELECT 1 AS one`)
    expect(late).toEqual([{ one: 1 }])
    expect(Date.now() - started).toBeGreaterThan(2_000)
    await holders
  }, 30_000)
})
