// `npx tsx scripts/bench-planner.ts`: times the planner's server work on a sprint of 300 items x 40
// engineers in a fresh database (created on DATABASE_URL's server, default the local Postgres, and
// dropped afterwards). Figures: build input (reads), solve (lib/matching), save (one transaction), and
// the whole Plan / Re-plan / move actions as the server runs them. Target: Plan < 500 ms.
import { spawnSync } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const RUNS = Number(process.env.BENCH_RUNS ?? 7)
const TARGET_MS = 500

// lib/db is `server-only`; outside Next that guard resolves to its empty build under the
// react-server condition, so the script re-runs itself with it.
if (!process.env.BENCH_PLANNER_CHILD) {
  const result = spawnSync(`${root}node_modules/.bin/tsx`, ['--conditions=react-server', fileURLToPath(import.meta.url)], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_PLANNER_CHILD: '1' },
  })
  process.exit(result.status ?? 1)
}

const { adminQuery, withDatabase } = (await import(`${root}scripts/test-db.mjs`)) as {
  adminQuery: (url: string, sql: string) => Promise<unknown>
  withDatabase: (url: string, name: string) => string
}
const base = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'
const name = `plural_bench_planner_${Date.now()}`
await adminQuery(base, `CREATE DATABASE "${name}"`)
process.env.DATABASE_URL = withDatabase(base, name)

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return { median: s[Math.floor(s.length / 2)], p95: s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)], max: s[s.length - 1] }
}
const line = (label: string, xs: number[]) => {
  const { median, p95, max } = stats(xs)
  console.log(
    `${label.padEnd(34)} median ${median.toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms   max ${max.toFixed(1).padStart(7)} ms`,
  )
  return median
}

let failed = false
try {
  const migrate = spawnSync(process.execPath, [`${root}scripts/migrate.mjs`, 'deploy'], { stdio: 'inherit', env: process.env })
  if (migrate.status !== 0) throw new Error('migration failed')
  const { seedBenchSprint } = await import('./bench-planner-seed')
  const { prisma } = await import('../lib/db/client')
  const { createPlan, replan } = await import('../lib/db/planner/plans')
  const { moveItem } = await import('../lib/db/planner/edits')
  const { runEngine } = await import('../lib/db/planner/compute')
  const { getSprintHeader, loadPlanningInput } = await import('../lib/db/planner/input')
  const { getBoard } = await import('../lib/db/planner/reads')
  const { storePlan } = await import('../lib/planner/result')
  const { decodeBoard } = await import('../lib/planner/wire')

  const seed = await seedBenchSprint(prisma, 40, 300)
  console.log(`Seeded ${seed.engineers} engineers and ${seed.items} items; ${RUNS} runs each (after one warm-up).\n`)
  const phases = {
    input: [] as number[],
    solve: [] as number[],
    store: [] as number[],
    plan: [] as number[],
    replan: [] as number[],
    move: [] as number[],
    board: [] as number[],
  }
  const time = async <T>(xs: number[] | null, work: () => Promise<T>): Promise<T> => {
    const t0 = performance.now()
    const out = await work()
    xs?.push(performance.now() - t0)
    return out
  }
  let version = 0
  let last = { planId: '', version: 0 }
  for (let run = 0; run <= RUNS; run++) {
    const warm = run > 0
    const sprint = await getSprintHeader(seed.orgId, seed.sprintId)
    const built = await time(warm ? phases.input : null, () => loadPlanningInput(seed.orgId, sprint, undefined))
    const engine = await time(warm ? phases.solve : null, async () => runEngine(built, 0.005))
    await time(warm ? phases.store : null, async () =>
      storePlan(engine, built, { kind: 'plan', basedOnVersion: null, scenario: { capacity: {}, removed: [] } }, new Set(), null),
    )
    last = await time(warm ? phases.plan : null, () =>
      createPlan(seed.orgId, seed.author, { sprintId: seed.sprintId, baseVersion: version }),
    )
    version = last.version
    const board = await time(warm ? phases.board : null, () => getBoard(seed.orgId, seed.sprintId))
    const card = decodeBoard(board!.wire).cards.find((c) => c.engineerId && !c.locked)!
    await time(warm ? phases.move : null, () =>
      moveItem(
        seed.orgId,
        { ...seed.author, name: 'Bench' },
        { planId: last.planId, revision: 0, itemId: card.itemId, toMembershipId: null },
      ),
    )
    last = await time(warm ? phases.replan : null, () => replan(seed.orgId, seed.author, { planId: last.planId, revision: 1 }))
    version = last.version
  }
  console.log('Server work of the Plan action, 300 items x 40 engineers:')
  line('  build input (DB reads)', phases.input)
  line('  solve (lib/matching planSprint)', phases.solve)
  line('  explain and shape rows', phases.store)
  const plan = line('  Plan total (input + solve + save)', phases.plan)
  line('Re-plan total', phases.replan)
  line('Move one card (checkMove + save)', phases.move)
  line('Load the board (page data)', phases.board)
  failed = plan >= TARGET_MS
  console.log(`\nPlan median ${plan.toFixed(1)} ms: ${failed ? 'ABOVE' : 'within'} the ${TARGET_MS} ms target.`)
  await prisma.$disconnect()
} finally {
  await adminQuery(base, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
}
process.exit(failed ? 1 : 0)
