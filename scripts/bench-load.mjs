// `npm run bench:load`: load test of the main pages on a large organisation.
// Fresh database on DATABASE_URL's server (default: the local Postgres), migrate, seed --large,
// next build, next start, sign in, then 50 connections for 30 s per route with autocannon.
// Prints requests/s, p50/p95/p99 latency, errors, and each route's p95 against /api/health's.
import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import pg from 'pg'
import { freshDatabase } from './test-db.mjs'
import { withServerNodeOptions } from './run.mjs'
import {
  buildApp,
  measureLoad,
  percentile,
  productionServerEnv,
  signIn as signInAt,
  step as runStep,
  waitForHealth,
} from './app-server.mjs'

const root = resolve(import.meta.dirname, '..')
const bin = (name) => join(root, 'node_modules/.bin', name)
const port = Number(process.env.BENCH_PORT ?? 3300)
const base = `http://127.0.0.1:${port}`
const duration = Number(process.env.BENCH_DURATION ?? 30)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50)
/** Seconds of the same load before each route's measured run, not counted (the JIT's warm-up). */
const warmup = Number(process.env.BENCH_WARMUP ?? 10)
process.env.DATABASE_URL ??= 'postgresql://postgres@127.0.0.1:5432/postgres'

const db = await freshDatabase('plural_bench')
const env = productionServerEnv(base, db.url, { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? '.next-bench' })

const signIn = (email, password) => signInAt(base, email, password)

const step = (name, command, args) => runStep(name, command, args, env)

async function targets() {
  const client = new pg.Client({ connectionString: db.url })
  await client.connect()
  try {
    const {
      rows: [org],
    } = await client.query(
      `SELECT o.id FROM "Organization" o JOIN "WorkItem" w ON w."organizationId" = o.id GROUP BY o.id ORDER BY count(*) DESC LIMIT 1`,
    )
    // A manager when there is one; the large seed's only sign-in account is a lead (who may read all five routes).
    const {
      rows: [manager],
    } = await client.query(
      `SELECT u.email FROM "Membership" m JOIN "User" u ON u.id = m."userId"
       WHERE m."organizationId" = $1 AND m.role IN ('MANAGER', 'ADMIN', 'OWNER', 'LEAD') AND u."passwordHash" IS NOT NULL
       ORDER BY array_position(ARRAY['MANAGER', 'ADMIN', 'OWNER', 'LEAD']::text[], m.role::text), u.email LIMIT 1`,
      [org.id],
    )
    if (!manager) throw new Error('the largest organisation has no member who can sign in with a password')
    const {
      rows: [team],
    } = await client.query(
      `SELECT t.id FROM "Team" t JOIN "TeamMember" tm ON tm."teamId" = t.id WHERE t."organizationId" = $1 GROUP BY t.id ORDER BY count(*) DESC LIMIT 1`,
      [org.id],
    )
    const {
      rows: [sprint],
    } = await client.query(
      `SELECT s.id FROM "Sprint" s JOIN "WorkItem" w ON w."sprintId" = s.id WHERE s."organizationId" = $1 AND s.status = 'ACTIVE' GROUP BY s.id ORDER BY count(*) DESC LIMIT 1`,
      [org.id],
    )
    const { rows: teams } = await client.query(`SELECT id FROM "Team" WHERE "organizationId" = $1`, [org.id])
    // Another organisation's lead (the demo's) warms the dashboard code before the cold timings.
    const {
      rows: [other],
    } = await client.query(
      `SELECT u.email, m."organizationId" FROM "Membership" m JOIN "User" u ON u.id = m."userId"
       WHERE m."organizationId" <> $1 AND m.role = 'LEAD' AND u."passwordHash" IS NOT NULL ORDER BY u.email LIMIT 1`,
      [org.id],
    )
    const { rows: otherTeams } = other
      ? await client.query(`SELECT id FROM "Team" WHERE "organizationId" = $1`, [other.organizationId])
      : { rows: [] }
    return {
      email: manager.email,
      teamId: team.id,
      sprintId: sprint.id,
      teamIds: teams.map((r) => r.id),
      warmEmail: other?.email,
      warmTeamIds: otherTeams.map((r) => r.id),
    }
  } finally {
    await client.end()
  }
}

const load = async (path, cookie, seconds = duration) => ({
  path,
  ...(await measureLoad({ url: `${base}${path}`, connections, duration: seconds, headers: { cookie } })),
})

let server
try {
  await step('migrate', 'node', [join(root, 'scripts/migrate.mjs'), 'deploy'])
  await step('seed --large', bin('tsx'), [join(root, 'prisma/seed.ts'), '--large'])
  // A bulk load leaves Postgres without statistics until autovacuum runs; production databases have them.
  const analyse = new pg.Client({ connectionString: db.url })
  await analyse.connect()
  await analyse.query('VACUUM ANALYZE').finally(() => analyse.end())
  if (process.env.BENCH_SKIP_BUILD !== '1') await buildApp(root, env)
  // Started as README's "Running in production" says, with its Node options.
  server = spawn(bin('next'), ['start', '-p', String(port), '-H', '127.0.0.1'], { env: withServerNodeOptions(env), stdio: 'ignore' })
  await waitForHealth(base)
  const t = await targets()
  const password = process.env.BENCH_PASSWORD ?? 'plural-demo-2026'
  const cookie = await signIn(t.email, password)
  const targetRoutes = [
    '/dashboard',
    `/dashboard/teams/${t.teamId}`,
    `/sprints/${t.sprintId}/planner`,
    '/work-items?type=SECURITY_AUTH&status=TODO',
  ]
  // /settings is a reference, not a target: the smallest signed-in page, i.e. what any server-rendered
  // page costs (session, app shell, React) before its own data and markup.
  const routes = ['/api/health', ...targetRoutes, '/settings']
  const dashboards = (teamIds) => ['/dashboard', ...teamIds.map((id) => `/dashboard/teams/${id}`)]
  // Cold dashboards: pages share a computed view for 30 s (lib/db/read-cache.ts), so the timings
  // below are warm. Warm the code on another organisation's dashboards, then time the large
  // organisation's first request to each of its dashboards: all the SQL plus the rendering.
  if (t.warmEmail) {
    const other = await signIn(t.warmEmail, password)
    for (let i = 0; i < 5; i++)
      for (const path of dashboards(t.warmTeamIds)) await fetch(`${base}${path}`, { headers: { cookie: other } }).then((r) => r.text())
  }
  const coldTimes = []
  for (const path of dashboards(t.teamIds)) {
    const started = performance.now()
    await (await fetch(`${base}${path}`, { headers: { cookie } })).arrayBuffer()
    coldTimes.push({ path, ms: performance.now() - started })
  }
  // Warm-up: the first renders of each route load and compile server code.
  for (const path of routes) for (let i = 0; i < 5; i++) await fetch(`${base}${path}`, { headers: { cookie } }).then((r) => r.text())
  // One request at a time first: each page's own server time and size, without queueing.
  const single = []
  for (const path of routes) {
    const times = []
    let bytes = 0
    for (let i = 0; i < 20; i++) {
      const started = performance.now()
      bytes = (await (await fetch(`${base}${path}`, { headers: { cookie } })).arrayBuffer()).byteLength
      times.push(performance.now() - started)
    }
    times.sort((a, b) => a - b)
    single.push({ path, p50: percentile(times, 50), p95: percentile(times, 95), bytes })
  }
  const results = []
  for (const path of routes) {
    // A freshly started server runs a route's code unoptimised for its first thousand or so requests
    // (a planner request then costs about twice what it does later): measure the steady state.
    if (warmup > 0) {
      console.log(`\n▶ warm-up, not counted: ${connections} connections × ${warmup} s: ${path}`)
      await load(path, cookie, warmup)
    }
    console.log(`\n▶ ${connections} connections × ${duration} s: ${path}`)
    results.push(await load(path, cookie))
  }
  const baseline = results[0].p95
  // autocannon counts a timed-out request in `errors` as well; non-200 answers are counted here.
  const ms = (v) => (Number.isFinite(v) ? Math.round(v) : 'n/a')
  console.log(`\n| route, one request at a time (20) | p50 ms | p95 ms | KB |`)
  console.log(`|---|---|---|---|`)
  for (const r of single) console.log(`| ${r.path} | ${ms(r.p50)} | ${ms(r.p95)} | ${Math.round(r.bytes / 1024)} |`)
  const teamCold = coldTimes
    .slice(1)
    .map((c) => c.ms)
    .sort((a, b) => a - b)
  console.log(
    `\nCold dashboards (first request, view not cached yet): /dashboard ${ms(coldTimes[0].ms)} ms; the ${teamCold.length} team dashboards p50 ${ms(percentile(teamCold, 50))} ms, max ${ms(teamCold.at(-1))} ms.`,
  )
  console.log(`\n| route | requests | req/s | p50 ms | p95 ms | p99 ms | errors (non-200 / timeouts >10 s) | p95 / health p95 |`)
  console.log(`|---|---|---|---|---|---|---|---|`)
  for (const r of results) {
    const ratio = Number.isFinite(r.p95) ? `${(r.p95 / baseline).toFixed(2)}×` : 'n/a'
    console.log(
      `| ${r.path} | ${r.requests} | ${r.rps.toFixed(1)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.errors} (${r.non200} / ${r.timeouts}) | ${ratio} |`,
    )
  }
  const failing = results.filter((r) => targetRoutes.includes(r.path) && (r.errors > 0 || !(r.p95 <= 5 * baseline)))
  console.log(
    failing.length
      ? `\nTargets missed by: ${failing.map((r) => r.path).join(', ')}`
      : '\nAll targets met: zero errors, every p95 within 5× of the baseline.',
  )
} finally {
  server?.kill('SIGTERM')
  await db.drop()
}
