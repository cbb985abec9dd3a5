// `npm test`: formatting, lint, typecheck, unit, integration (real Postgres: DATABASE_URL if set, else an
// embedded one) and e2e (Playwright, Chromium). Stops at the first failing step and ends with
// one summary line of test counts.
// `npm test -- --database-only` runs just what depends on the database: every integration test and
// the e2e specs that exercise it most (two instances on one database, the planner, the foundation).
// CI uses it for its second run, without DATABASE_URL: the embedded database a newcomer gets.
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
    ['run', '--project', 'integration', '--reporter=default', '--reporter=json', `--outputFile=${join(results, 'integration.json')}`],
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
