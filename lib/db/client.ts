import 'server-only'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '@/lib/generated/prisma/client'
import { env } from '@/lib/env'

/** How long a transaction may wait for its turn to begin. */
const TRANSACTION_MAX_WAIT_MS = 15_000

function createClient() {
  const adapter = new PrismaPg({
    connectionString: env().DATABASE_URL,
    max: 10,
    // Fail fast when the database is down so requests get a 503 instead of hanging.
    connectionTimeoutMillis: 5_000,
  })
  // passwordHash never leaves lib/db unless a query asks for it explicitly. readVersion is the read
  // cache's stamp, not data (lib/db/read-cache.ts reads it in SQL); as a BIGINT it would also break
  // JSON.stringify of any organisation row that carried it.
  return new PrismaClient({
    adapter,
    omit: { user: { passwordHash: true }, organization: { readVersion: true } },
    // Prisma's default gives a transaction 2 s to begin. A busy pool, or the embedded database (which
    // runs one transaction at a time and queues the rest), can take longer than that to free up, and a
    // change refused for that reason would say "something went wrong" instead of waiting its turn.
    transactionOptions: { maxWait: TRANSACTION_MAX_WAIT_MS },
  })
}

type Client = ReturnType<typeof createClient>
const globalForPrisma = globalThis as unknown as { prisma?: Client }

/** One client per process (dev hot reload would otherwise open a new pool on every edit). */
function client(): Client {
  globalForPrisma.prisma ??= createClient()
  return globalForPrisma.prisma
}

// Created on first use, not on import: `next build` imports route modules without a database
// or production secrets, and the environment is validated when the app first needs it.
export const prisma: Client = new Proxy({} as Client, {
  get(_target, property) {
    const real = client()
    const value = Reflect.get(real, property, real)
    return typeof value === 'function' ? value.bind(real) : value
  },
})

export type Tx = Parameters<Parameters<Client['$transaction']>[0]>[0]
