/**
 * `npm run bench:plan-cli [family] [sizes]`: whole-process time of the planner CLI per size. Cold: a new
 * process each run, both as the issue measures it, `npm run plan -- --in X --out Y` (npm's own start-up
 * included), and as `node scripts/plan-cli.cjs --in X --out Y`, what npm then runs (reading, validation,
 * the solve, explanations, writing). Warm: the bundle's main() called again and again in one process.
 * Peak RSS is the node process's max resident set. `node -e 0` is printed as the machine's floor.
 * Prints a Markdown table.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const launcher = join(root, 'scripts', 'plan-cli.cjs')
const ALL_SIZES = [
  [30, 5],
  [500, 40],
  [2000, 100],
  [5000, 300],
  [20000, 1000],
]
/** `npm run bench:plan-cli [family] [30x5,2000x100,...]`: a family and a subset of the sizes. */
const SIZES = process.argv[3] ? process.argv[3].split(',').map((size) => size.split('x').map(Number)) : ALL_SIZES
const COLD_RUNS = 5
const WARM_RUNS = 5
/** Prints the process's peak RSS on exit, so a cold run reports its own memory. */
const REPORT_RSS = `data:text/javascript,${encodeURIComponent("process.on('exit',()=>process.stderr.write('maxrss:'+process.resourceUsage().maxRSS+'\\n'))")}`

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1]

function cold(input, out) {
  const t = performance.now()
  const run = spawnSync(process.execPath, ['--import', REPORT_RSS, launcher, '--in', input, '--out', out], { encoding: 'utf8' })
  const ms = performance.now() - t
  if (run.status !== 0) throw new Error(`plan-cli failed: ${run.stderr}`)
  return { ms, rssKiB: Number(/maxrss:(\d+)/.exec(run.stderr)?.[1]) }
}

function viaNpm(input, out) {
  const t = performance.now()
  const run = spawnSync('npm', ['run', 'plan', '--', '--in', input, '--out', out], { cwd: root, encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`npm run plan failed: ${run.stderr}`)
  return performance.now() - t
}

/** In a child: the bundle's main() WARM_RUNS times after a first call; prints the median and peak RSS. */
async function warm(input, out) {
  const { main } = createRequire(import.meta.url)(join(root, 'build', 'cli', 'plan.cjs'))
  const times = []
  for (let run = 0; run <= WARM_RUNS; run++) {
    const t = performance.now()
    if ((await main(['--in', input, '--out', out])) !== 0) throw new Error('plan failed')
    if (run > 0) times.push(performance.now() - t)
  }
  console.log(JSON.stringify({ ms: median(times), rssKiB: process.resourceUsage().maxRSS }))
}

function bench(family) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-plan-cli-'))
  // One run first so that the bundle exists and is fresh (plan-cli.cjs rebuilds it otherwise).
  const first = join(dir, 'first.json')
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'matching-instance.ts'), family, '5', '2', '1', first])
  cold(first, join(dir, 'first-plan.json'))
  console.log(
    `Machine: ${cpus()[0]?.model ?? 'unknown'} x ${cpus().length}, Node ${process.version}; ${new Date().toISOString()}; load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  )
  const floor = Array.from({ length: COLD_RUNS }, () => {
    const t = performance.now()
    spawnSync(process.execPath, ['-e', '0'])
    return performance.now() - t
  })
  console.log(`\`node -e 0\` (the machine's floor for any node process): median ${median(floor).toFixed(0)} ms`)
  console.log(
    `\n| ${family} | \`npm run plan\` cold ms (median of ${COLD_RUNS}) | \`npm run plan\` min ms | node cold ms (median of ${COLD_RUNS}) | node cold min ms | cold peak MiB | warm ms (median of ${WARM_RUNS}) | warm peak MiB |`,
  )
  console.log('|---|---|---|---|---|---|---|---|')
  for (const [items, engineers] of SIZES) {
    const input = join(dir, `${items}x${engineers}.json`)
    const out = join(dir, `${items}x${engineers}-plan.json`)
    execFileSync(process.execPath, [
      '--import',
      'tsx',
      join(root, 'scripts', 'matching-instance.ts'),
      family,
      String(items),
      String(engineers),
      '1',
      input,
    ])
    const npmRuns = Array.from({ length: COLD_RUNS }, () => viaNpm(input, out))
    const runs = Array.from({ length: COLD_RUNS }, () => cold(input, out))
    const hot = JSON.parse(
      execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--warm', input, out], { encoding: 'utf8' }).trim(),
    )
    const mib = (kib) => (kib / 1024).toFixed(0)
    console.log(
      `| ${items}x${engineers} | ${median(npmRuns).toFixed(0)} | ${Math.min(...npmRuns).toFixed(0)} | ${median(runs.map((r) => r.ms)).toFixed(0)} | ${Math.min(...runs.map((r) => r.ms)).toFixed(0)} | ${mib(Math.max(...runs.map((r) => r.rssKiB)))} | ${hot.ms.toFixed(0)} | ${mib(hot.rssKiB)} |`,
    )
  }
  console.log(
    `\nEnded ${new Date().toISOString()}; load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  )
  rmSync(dir, { recursive: true, force: true })
}

const at = process.argv.indexOf('--warm')
if (at >= 0) await warm(process.argv[at + 1], process.argv[at + 2])
else bench(process.argv[2] ?? 'standard')
