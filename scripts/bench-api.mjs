// `npm run bench:api`: the REST API's latency on a large organisation, against a production build.
// Fresh database on DATABASE_URL's server (default: the local Postgres), migrate, seed --large (20,000
// items), a PLANNING token for the largest organisation's manager, next build, next start. Then, one
// request at a time, p50/p95 of list (100 items), get, create and bulk upsert (100 items), and under
// BENCH_CONNECTIONS connections the list's p95 beside /api/health's, measured in the same run.
import { spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import pg from 'pg'
import { freshDatabase } from './test-db.mjs'
import { withServerNodeOptions } from './run.mjs'
import { buildApp, measureLoad, percentile, productionServerEnv, step as runStep, waitForHealth } from './app-server.mjs'

const root = resolve(import.meta.dirname, '..')
const bin = (name) => join(root, 'node_modules/.bin', name)
const port = Number(process.env.BENCH_PORT ?? 3310)
const base = `http://127.0.0.1:${port}`
const samples = Number(process.env.BENCH_SAMPLES ?? 100)
const duration = Number(process.env.BENCH_DURATION ?? 15)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50)
process.env.DATABASE_URL ??= 'postgresql://postgres@127.0.0.1:5432/postgres'

const db = await freshDatabase('plural_bench_api')
// The per-token rate limit would answer 429 to a benchmark: raised for this server only.
const env = productionServerEnv(base, db.url, {
  NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? '.next-bench',
  API_RATE_LIMIT_PER_MINUTE: '1000000',
})

/** A token row written the way lib/db/api/tokens.ts writes one (decision 0064): prefix, and the secret's SHA-256. */
async function createToken() {
  const client = new pg.Client({ connectionString: db.url })
  await client.connect()
  try {
    const {
      rows: [member],
    } = await client.query(
      `SELECT m.id, m."organizationId" FROM "Membership" m
       WHERE m."organizationId" = (SELECT "organizationId" FROM "WorkItem" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1)
       ORDER BY array_position(ARRAY['MANAGER', 'ADMIN', 'OWNER', 'LEAD']::text[], m.role::text) LIMIT 1`,
    )
    // The large seed has leads and engineers only; a planning token needs a manager behind it.
    await client.query(`UPDATE "Membership" SET role = 'MANAGER' WHERE id = $1 AND role NOT IN ('MANAGER', 'ADMIN', 'OWNER')`, [member.id])
    const prefix = `plr_${randomBytes(6).toString('hex').slice(0, 8)}`
    const secret = `${prefix}_${randomBytes(32).toString('base64url')}`
    await client.query(
      `INSERT INTO "ApiToken" ("id", "organizationId", "membershipId", "name", "scope", "prefix", "secretHash")
       VALUES ($1, $2, $3, 'bench', 'PLANNING', $4, $5)`,
      [`bench${randomBytes(8).toString('hex')}`, member.organizationId, member.id, prefix, createHash('sha256').update(secret).digest()],
    )
    return secret
  } finally {
    await client.end()
  }
}

/** `samples` requests one at a time; `request(i)` gives [path, init]. Throws on an unexpected status. */
async function timed(name, request, expected) {
  const times = []
  for (let i = 0; i < samples; i++) {
    const [path, init] = request(i)
    const started = performance.now()
    const response = await fetch(`${base}/api/v1${path}`, init)
    await response.arrayBuffer()
    times.push(performance.now() - started)
    if (response.status !== expected) throw new Error(`${name}: ${response.status} for ${path}`)
  }
  times.sort((a, b) => a - b)
  return { name, p50: percentile(times, 50), p95: percentile(times, 95) }
}

const load = async (url, headers) => ({ url, ...(await measureLoad({ url, connections, duration, headers })) })

let server
try {
  await runStep('migrate', 'node', [join(root, 'scripts/migrate.mjs'), 'deploy'], env)
  await runStep('seed --large', bin('tsx'), [join(root, 'prisma/seed.ts'), '--large'], env)
  const analyse = new pg.Client({ connectionString: db.url })
  await analyse.connect()
  await analyse.query('VACUUM ANALYZE').finally(() => analyse.end())
  if (process.env.BENCH_SKIP_BUILD !== '1') await buildApp(root, env)
  server = spawn(bin('next'), ['start', '-p', String(port), '-H', '127.0.0.1'], { env: withServerNodeOptions(env), stdio: 'ignore' })
  await waitForHealth(base)
  const token = await createToken()
  const auth = { authorization: `Bearer ${token}` }
  const json = { ...auth, 'content-type': 'application/json' }
  const item = (i) => ({ title: `Bench item ${i}`, type: 'DOCUMENTATION', hours: 2, priority: 2 })
  const list = `/work-items?limit=100&sort=priority`
  const first = await (await fetch(`${base}/api/v1${list}`, { headers: auth })).json()
  const ids = first.data.map((i) => i.id)
  // Warm-up: the first requests load and compile the routes' server code.
  for (let i = 0; i < 20; i++) await fetch(`${base}/api/v1${list}`, { headers: auth }).then((r) => r.arrayBuffer())
  const results = [
    await timed('list 100 of 20,000 items', () => [list, { headers: auth }], 200),
    await timed('get one item', (i) => [`/work-items/${ids[i % ids.length]}`, { headers: auth }], 200),
    await timed('create an item', (i) => ['/work-items', { method: 'POST', headers: json, body: JSON.stringify(item(i)) }], 201),
    await timed(
      'bulk upsert 100 items',
      (i) => [
        '/work-items/bulk-upsert',
        {
          method: 'POST',
          headers: json,
          // Half the keys repeat from the previous call: 50 updates and 50 creations each time.
          body: JSON.stringify({ items: Array.from({ length: 100 }, (_, k) => ({ ...item(k), externalKey: `BENCH-${i * 50 + k}` })) }),
        },
      ],
      200,
    ),
  ]
  console.log(`\n| operation, one request at a time (${samples}) | p50 ms | p95 ms |`)
  console.log('|---|---|---|')
  for (const r of results) console.log(`| ${r.name} | ${Math.round(r.p50)} | ${Math.round(r.p95)} |`)
  const health = await load(`${base}/api/health`, {})
  const listed = await load(`${base}/api/v1${list}`, auth)
  console.log(`\n| ${connections} connections × ${duration} s | requests | p50 ms | p95 ms | errors | p95 / health p95 |`)
  console.log('|---|---|---|---|---|---|')
  for (const r of [health, listed])
    console.log(
      `| ${r.url.replace(base, '')} | ${r.requests} | ${Math.round(r.p50)} | ${Math.round(r.p95)} | ${r.errors} | ${(r.p95 / health.p95).toFixed(1)} |`,
    )
} finally {
  server?.kill('SIGTERM')
  await db.drop()
}
