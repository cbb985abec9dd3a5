import 'server-only'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '@/lib/generated/prisma/client'
import { env } from '@/lib/env'

function createClient() {
  const adapter = new PrismaPg({
    connectionString: env().DATABASE_URL,
    max: 10,
    // Fail fast when the database is down so requests get a 503 instead of hanging.
    connectionTimeoutMillis: 5_000,
  })
  // passwordHash never leaves lib/db unless a query asks for it explicitly.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } })
}

type Client = ReturnType<typeof createClient>
const globalForPrisma = globalThis as unknown as { prisma?: Client }

export const prisma: Client = globalForPrisma.prisma ?? createClient()
// Dev hot reload would otherwise open a new pool on every edit.
if (env().NODE_ENV !== 'production') globalForPrisma.prisma = prisma

export type Tx = Parameters<Parameters<Client['$transaction']>[0]>[0]
