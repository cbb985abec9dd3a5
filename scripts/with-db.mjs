// `npm run dev` / `npm start`: uses DATABASE_URL when set; otherwise starts the embedded database
// under .data/, migrates it, seeds the demo organisation on first start and runs Next against it.
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { startEmbeddedDb } from './embedded-db.mjs'
import { run, runOrExit, withServerNodeOptions } from './run.mjs'

const mode = process.argv[2] === 'start' ? 'start' : 'dev'
const root = resolve(import.meta.dirname, '..')
const dataDir = join(root, '.data')
const port = process.env.PORT ?? '3000'
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }

// A local secret, generated once and kept under .data/ (never committed), so sessions survive restarts
// and stored connector credentials stay readable.
function localSecret(name = 'auth-secret') {
  const file = join(dataDir, name)
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true })
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 })
  }
  return readFileSync(file, 'utf8').trim()
}

let embedded = null
if (!env.DATABASE_URL) {
  embedded = await startEmbeddedDb({ dataDir: join(dataDir, 'pglite'), port: Number(process.env.EMBEDDED_DB_PORT ?? 54329) })
  env.DATABASE_URL = embedded.url
  // The embedded database is a local mode: it brings its own secret and URL, in `start` too.
  env.NEXTAUTH_SECRET ??= localSecret()
  env.CONNECTOR_SECRET_KEY ??= localSecret('connector-secret-key')
  env.NEXTAUTH_URL ??= `http://localhost:${port}`
} else if (mode === 'dev') {
  env.NEXTAUTH_SECRET ??= localSecret()
}

async function stop(code) {
  if (embedded) await embedded.stop()
  process.exit(code)
}

await runOrExit('node', [join(root, 'scripts/migrate.mjs'), 'deploy'], env)
const seededMarker = join(dataDir, 'demo-seeded')
if (embedded && !existsSync(seededMarker)) {
  await runOrExit(join(root, 'node_modules/.bin/tsx'), [join(root, 'prisma/seed.ts')], env)
  writeFileSync(seededMarker, new Date().toISOString())
}

console.log(`\nPlural is starting on http://localhost:${port}`)
console.log(embedded ? `Embedded database: ${embedded.url} (data in .data/pglite)` : 'Database: DATABASE_URL')
if (embedded) {
  console.log('Demo sign-ins (password for all: plural-demo-2026):')
  for (const who of ['owner', 'admin', 'manager', 'lead', 'engineer']) console.log(`  ${who.padEnd(9)} ${who}@acme.test`)
}

let next
const exited = run(
  join(root, 'node_modules/.bin/next'),
  [mode, '-p', port],
  mode === 'start' ? withServerNodeOptions(env) : env,
  (child) => (next = child),
)
// Forward signals, then close the database only after Next has exited.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => next?.kill(signal))
await stop(await exited)
