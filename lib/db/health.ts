import 'server-only'
import { prisma } from './client'

/** True when a trivial query answers; used by /api/health and /api/ready. */
export async function pingDatabase(): Promise<boolean> {
  try {
    await prisma.$queryRaw`SELECT 1`
    return true
  } catch {
    return false
  }
}

/** Names of migrations recorded as applied (and finished) in the database. */
export async function listAppliedMigrations(): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`
  return rows.map((r) => r.migration_name)
}
