import 'server-only'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

/** Migration folder names shipped with this build (prisma/migrations/<timestamp>_<name>). */
export function listShippedMigrations(root = process.cwd()): string[] {
  const dir = join(root, 'prisma', 'migrations')
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort()
}
