// `npx tsx scripts/bench-dashboards.ts [--runs 20] [--reuse <database url>]`
// Creates a fresh database on BENCH_ADMIN_URL (default postgresql://postgres@127.0.0.1:5432/postgres),
// migrates it, seeds the large organisation (prisma/seed/large.ts), then times the same lib/db
// functions the dashboard pages call and prints p50/p95 per dashboard. The database is dropped after.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { join, resolve } from 'node:path'
import pg from 'pg'

const root = resolve(import.meta.dirname, '..')
const args = process.argv.slice(2)
const flag = (name: string) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const runs = Number(flag('--runs') ?? 20)

function run(cmd: string, argv: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(cmd, argv, { cwd: root, env, stdio: 'inherit' })
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`${cmd} ${argv.join(' ')} exited with ${code}`))))
  })
}

async function admin(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

async function main() {
  const reuse = flag('--reuse')
  const adminUrl = process.env.BENCH_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'
  const name = `plural_bench_${Date.now()}_${randomBytes(3).toString('hex')}`
  const url = reuse ?? Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString()
  const env = { ...process.env, DATABASE_URL: url, NODE_ENV: 'test' as const, LOG_LEVEL: 'warn' }
  try {
    if (!reuse) {
      await admin(adminUrl, `CREATE DATABASE "${name}"`)
      await run(process.execPath, [join(root, 'scripts/migrate.mjs'), 'deploy'], env)
      await run(join(root, 'node_modules/.bin/tsx'), [join(root, 'prisma/seed.ts'), '--large'], env)
      // A bulk load leaves the planner without statistics until autovacuum runs; production has them.
      await admin(url, 'VACUUM ANALYZE')
    }
    // lib/db is server-only: the react-server condition lets it load outside Next, exactly as pages use it.
    await run(
      process.execPath,
      ['--conditions=react-server', '--import', 'tsx', join(root, 'scripts/bench-dashboards-run.ts'), String(runs)],
      env,
    )
  } finally {
    if (!reuse) await admin(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
