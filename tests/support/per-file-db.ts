import { randomBytes } from 'node:crypto'
import type * as NextHeaders from 'next/headers'
import { afterAll, inject, vi } from 'vitest'
import type * as AuthConfig from '@/lib/auth/config'
// @ts-expect-error: plain ESM script without types
import { adminQuery, withDatabase } from '../../scripts/test-db.mjs'

/** CREATE DATABASE … TEMPLATE, retried while another file's copy of the template is still starting (55006). */
async function cloneTemplate(maintenanceUrl: string, template: string, name: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await adminQuery(maintenanceUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`)
    } catch (error) {
      if ((error as { code?: string }).code !== '55006' || attempt === 20) throw error
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt))
    }
  }
}

// Runs before each integration test file. On a real Postgres the file gets its own clone of the
// migrated template, so files run in parallel without seeing each other's rows.
const templateUrl = inject('templateUrl')
let dropDatabase = async () => {}

if (inject('embedded')) {
  process.env.DATABASE_URL = templateUrl
  // Files share the embedded database: each gets its own job queue, so no file's worker takes another's jobs.
  process.env.JOB_QUEUE_SCHEMA = `jobs_${randomBytes(4).toString('hex')}`
} else {
  const template = new URL(templateUrl).pathname.slice(1)
  const name = `plural_file_${Date.now()}_${randomBytes(3).toString('hex')}`
  // Files run in parallel, and Postgres refuses to copy a template while anyone is connected to it, so
  // the admin statements go through the maintenance database, never the template itself.
  const maintenanceUrl = withDatabase(templateUrl, 'postgres')
  await cloneTemplate(maintenanceUrl, template, name)
  process.env.DATABASE_URL = withDatabase(templateUrl, name)
  dropDatabase = () => adminQuery(maintenanceUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
}
;(process.env as Record<string, string>).NODE_ENV = 'test'
process.env.NEXTAUTH_SECRET ??= 'integration-tests-secret-at-least-32-characters'
// Tests run as if behind one proxy, so the X-Forwarded-For below is the client's address (a file
// about the default of no trusted proxy sets '0' before anything reads the environment).
process.env.TRUST_PROXY_HOPS ??= '1'

// Outside a Next request there is no cache to revalidate and no cookie store.
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }))
vi.mock('@/lib/auth/session', async () => (await import('./session-mock')).sessionModule)
// Each test file is its own client address, so per-IP throttles (sign-in, invitations) of one file
// never count another file's attempts when files share the embedded database.
const { clientAddress } = vi.hoisted(() => ({ clientAddress: `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 250)).join('.')}` }))
// A cookie jar per test file stands in for the request's cookies (the theme switch writes one).
vi.mock('next/headers', async (importOriginal) => {
  const jar = new Map<string, string>()
  const store = {
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    has: (name: string) => jar.has(name),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  }
  return {
    ...(await importOriginal<typeof NextHeaders>()),
    cookies: async () => store,
    headers: async () => new Headers({ 'x-forwarded-for': clientAddress }),
  }
})
// next-auth's signIn/signOut need a live Next request (they read headers and set cookies). These
// doubles behave as next-auth does inside one: signIn runs the app's real credentials check
// (parse, throttle, argon2, attempt + audit) and throws CredentialsSignin / ThrottledSignIn or the
// success redirect; signOut throws the redirect. A test file may still mock the module itself.
vi.mock('@/lib/auth/config', async (importOriginal) => {
  type Config = typeof AuthConfig
  type SignInOptions = { email?: unknown; password?: unknown; redirectTo?: string; redirect?: boolean }
  const real = await importOriginal<Config>()
  const { CredentialsSignin } = await import('next-auth')
  const { redirect } = await import('next/navigation')
  const signIn = async (provider: string, options: SignInOptions = {}) => {
    if (provider !== 'credentials') throw new Error(`signIn('${provider}') needs a browser; only credentials work in integration tests`)
    const request = new Request('http://localhost/api/auth/callback/credentials', {
      method: 'POST',
      headers: { 'x-forwarded-for': clientAddress },
    })
    const user = await real.authorizeCredentials({ email: options.email, password: options.password }, request)
    if (!user) throw new CredentialsSignin()
    if (options.redirect === false) return options.redirectTo ?? '/'
    redirect(options.redirectTo ?? '/')
  }
  const signOut = async (options: { redirectTo?: string; redirect?: boolean } = {}) => {
    if (options.redirect === false) return undefined
    redirect(options.redirectTo ?? '/login')
  }
  return { ...real, signIn: signIn as unknown as Config['signIn'], signOut: signOut as unknown as Config['signOut'] }
})

afterAll(async () => {
  const [{ prisma }, { stopJobQueue }] = await Promise.all([import('@/lib/db/client'), import('@/lib/db/jobs/queue')])
  // A file that enqueued or ran jobs has the queue's own pool open on this database.
  await stopJobQueue()
  await prisma.$disconnect()
  await dropDatabase()
})
