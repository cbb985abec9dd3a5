// `npm test`: formatting, lint, typecheck, unit, integration (real Postgres: DATABASE_URL if set, else an
// embedded one) and e2e (Playwright, Chromium). Stops at the first failing step and ends with
// one summary line of test counts.
// `npm test -- --database-only` runs just what behaves differently on another database engine: the
// integration tests of connections, transactions, races, migrations and the job queue, and the e2e specs
// that exercise the database most (two instances on one database, the planner, the foundation). CI uses
// it for its second run, without DATABASE_URL: the embedded database a newcomer gets, which is the same
// Postgres (compiled to WebAssembly) behind one shared session, so plain queries behave alike on both.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { run } from './run.mjs'

const root = resolve(import.meta.dirname, '..')
const results = join(root, 'test-results')
rmSync(results, { recursive: true, force: true })
mkdirSync(results, { recursive: true })
const bin = (name) => join(root, 'node_modules/.bin', name)

const databaseOnly = process.argv.includes('--database-only')
const databaseSpecs = ['tests/e2e/foundation.spec.ts', 'tests/e2e/scale-out.spec.ts', 'tests/e2e/planner.spec.ts']
const databaseIntegration = [
  'tests/integration/embedded-db.test.ts', // the embedded server's own session queue
  'tests/integration/foundation.test.ts',
  'tests/integration/migrations.test.ts',
  'tests/integration/work-items/availability-migration.test.ts',
  'tests/integration/faults/', // a busy pool, an outage, writes interrupted mid-transaction
  'tests/integration/jobs/', // pg-boss: SKIP LOCKED, schedules, two workers
  'tests/integration/webhooks/', // claims under concurrency, the outbox in the change's transaction
  'tests/integration/planner/concurrency.test.ts', // optimistic concurrency races
  'tests/integration/api/idempotency-and-limits.test.ts', // unique-key races and counters under load
  'tests/integration/survey/reminder-scheduler.test.ts', // every organisation's due reminders in one shared database
  'tests/integration/sprints/close.test.ts', // the largest multi-row transaction
  'tests/integration/connectors/chat.test.ts', // pg-boss's throttling rests on a partial unique index
]
const missing = [...databaseSpecs, ...databaseIntegration].filter((path) => !existsSync(join(root, path)))
if (missing.length > 0) throw new Error(`scripts/test-all.mjs names test files that do not exist: ${missing.join(', ')}`)

const allSteps = [
  ['format', bin('prettier'), ['--check', '.', '--log-level', 'warn']],
  ['lint', bin('eslint'), ['.', '--max-warnings=0']],
  ['typecheck', bin('tsc'), ['--noEmit']],
  [
    'unit',
    bin('vitest'),
    ['run', '--project', 'unit', '--reporter=default', '--reporter=json', `--outputFile=${join(results, 'unit.json')}`],
  ],
  [
    'integration',
    bin('vitest'),
    [
      'run',
      '--project',
      'integration',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${join(results, 'integration.json')}`,
      ...(databaseOnly ? databaseIntegration : []),
    ],
  ],
  ['e2e', 'node', [join(root, 'scripts/e2e.mjs'), ...(databaseOnly ? databaseSpecs : [])]],
]
const steps = databaseOnly ? allSteps.filter(([name]) => name === 'integration' || name === 'e2e') : allSteps

function counts(file, read) {
  if (!existsSync(file)) return { passed: 0, failed: 0 }
  return read(JSON.parse(readFileSync(file, 'utf8')))
}
const vitestCounts = (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests })
const playwrightCounts = (r) => ({ passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected })

let failedStep = null
for (const [name, command, args] of steps) {
  const started = Date.now()
  console.log(`\n▶ ${name}`)
  const code = await run(command, args, { ...process.env, NEXT_TELEMETRY_DISABLED: '1' })
  console.log(`${code === 0 ? '✔' : '✘'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  if (code !== 0) {
    failedStep = name
    break
  }
}

const all = [
  counts(join(results, 'unit.json'), vitestCounts),
  counts(join(results, 'integration.json'), vitestCounts),
  counts(join(results, 'e2e.json'), playwrightCounts),
]
const passed = all.reduce((s, c) => s + c.passed, 0)
const failed = all.reduce((s, c) => s + c.failed, 0) + (failedStep && all.every((c) => c.failed === 0) ? 1 : 0)
console.log(
  `\nunit ${all[0].passed}, integration ${all[1].passed}, e2e ${all[2].passed} passed${failedStep ? `; stopped at ${failedStep}` : ''}`,
)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failedStep ? 1 : 0)
