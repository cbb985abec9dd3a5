import { randomBytes } from 'node:crypto'
import { afterAll, inject, vi } from 'vitest'
// @ts-expect-error: plain ESM script without types
import { adminQuery, withDatabase } from '../../scripts/test-db.mjs'

// Runs before each integration test file. On a real Postgres the file gets its own clone of the
// migrated template, so files run in parallel without seeing each other's rows.
const templateUrl = inject('templateUrl')
let dropDatabase = async () => {}

if (inject('embedded')) {
  process.env.DATABASE_URL = templateUrl
} else {
  const template = new URL(templateUrl).pathname.slice(1)
  const name = `plural_file_${Date.now()}_${randomBytes(3).toString('hex')}`
  await adminQuery(templateUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`)
  process.env.DATABASE_URL = withDatabase(templateUrl, name)
  dropDatabase = () => adminQuery(templateUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
}
;(process.env as Record<string, string>).NODE_ENV = 'test'
process.env.NEXTAUTH_SECRET ??= 'integration-tests-secret-at-least-32-characters'

// Outside a Next request there is no cache to revalidate and no cookie store.
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }))
vi.mock('@/lib/auth/session', async () => (await import('./session-mock')).sessionModule)

afterAll(async () => {
  const { prisma } = await import('@/lib/db/client')
  await prisma.$disconnect()
  await dropDatabase()
})
