/**
 * `npm run bench:matching [family,...] [30x5,500x40,...]`: seeded instances of every family (generate.ts) and size (or the ones named),
 * each run in its own child process (so peak memory is per case), compared with a simple greedy
 * and with HiGHS (LP relaxation; MIP at 30x5) in the same run. Prints one Markdown table per
 * family; lib/matching/BENCHMARKS.md holds a run's output.
 */
import { execFileSync } from 'node:child_process'
import { cpus, loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
import { generateInstance, INSTANCE_FAMILIES, planSprint } from '../lib/matching'
import type { InstanceFamily } from '../lib/matching'
import { buildModel } from '../lib/matching/model'
import { solve } from '../lib/matching/solve'
import { lpBound } from './matching-bound'
import { greedyObjective } from './matching-greedy'
import { toLpText } from './matching-highs'

interface Case {
  family: InstanceFamily
  items: number
  engineers: number
  seed: number
}

const SIZES: [number, number][] = [
  [30, 5],
  [500, 40],
  [2000, 100],
  [5000, 300],
  [20000, 1000],
]
/** Seed of every case: one run per family and size (the tests and README cover other seeds). */
const SEED = 1
/** HiGHS's LP takes ~40 s at 5000x300 on a quiet machine and does not fit in memory at 20000x1000; our own exact LP bound is used there. */
const HIGHS_LP_MAX_ITEMS = 5000
const HIGHS_LP_TIME_LIMIT_S = 90
/** The MIP proves the optimum at 30x5; at 500x40 it does not finish in minutes. */
const HIGHS_MIP_MAX_ITEMS = 30
const MIP_TIME_LIMIT_S = 60
/** Solves after the first, in the same process; the table shows their median. */
const WARM_RUNS = 5

async function runCase(c: Case) {
  const input = generateInstance(c)
  // Solve time: the search alone; plan time adds validation and the explanations.
  const start = performance.now()
  solve(buildModel(input))
  const solveMs = performance.now() - start
  const plan = planSprint(input)
  const planMs = performance.now() - start - solveMs
  const peakMiB = process.resourceUsage().maxRSS / 1024
  // The first solve includes V8 compiling the solver; a long-running server pays that once.
  const warm: number[] = []
  for (let run = 0; run < WARM_RUNS; run++) {
    const t = performance.now()
    solve(buildModel(input))
    warm.push(performance.now() - t)
  }
  warm.sort((a, b) => a - b)
  const bound = lpBound(buildModel(input), true)
  const row: Record<string, number | string | null> = {
    family: c.family,
    size: `${c.items}x${c.engineers}`,
    seed: c.seed,
    solveMs,
    warmMs: warm[WARM_RUNS >> 1],
    planMs,
    peakMiB,
    objective: plan.objective,
    bound,
    boundWithoutRule: lpBound(buildModel(input), false),
    greedy: greedyObjective(input),
    proven: plan.provenOptimal ? 'yes' : 'no',
    highsLpMs: null,
    highsLp: null,
    highsLpStatus: null,
    mip: null,
    mipMs: null,
    mipStatus: null,
  }
  if (c.items <= HIGHS_LP_MAX_ITEMS) {
    const highs = await (await import('highs')).default()
    const t = performance.now()
    const lp = highs.solve(toLpText(input, { integer: false }), { output_flag: false, time_limit: HIGHS_LP_TIME_LIMIT_S })
    row.highsLpMs = performance.now() - t
    row.highsLp = lp.Status === 'Optimal' ? lp.ObjectiveValue : null
    row.highsLpStatus = lp.Status
    if (c.items <= HIGHS_MIP_MAX_ITEMS) {
      const t2 = performance.now()
      const mip = highs.solve(toLpText(input, { integer: true }), { output_flag: false, time_limit: MIP_TIME_LIMIT_S, mip_rel_gap: 1e-9 })
      row.mipMs = performance.now() - t2
      row.mip = mip.ObjectiveValue
      row.mipStatus = mip.Status === 'Optimal' ? 'optimal' : `${mip.Status.toLowerCase()}`
    }
  }
  return row
}

const fmt = (x: number | string | null, digits = 1) => (x === null ? '-' : typeof x === 'string' ? x : x.toFixed(digits))

const HEADER =
  '| items x eng | solve ms (first) | solve ms (warm) | planSprint ms | peak MiB | objective | LP bound | obj / LP | LP without deep-work rule | obj / greedy | proven optimal | HiGHS LP ms | HiGHS LP / first | HiGHS LP / warm | HiGHS MIP (status, ms) | obj / MIP |'

interface Row {
  size: string
  solveMs: number
  warmMs: number
  planMs: number
  peakMiB: number
  objective: number
  bound: number
  boundWithoutRule: number
  greedy: number
  proven: string
  highsLpMs: number | null
  highsLp: number | null
  highsLpStatus: string | null
  mip: number | null
  mipMs: number | null
  mipStatus: string | null
}

function line(r: Row): string {
  const lpCheck =
    r.highsLp === null
      ? r.highsLpStatus
        ? ` (HiGHS: ${String(r.highsLpStatus).toLowerCase()})`
        : ' (own LP, HiGHS skipped)'
      : Math.abs(r.highsLp - r.bound) < 1e-6 * r.bound
        ? ''
        : ` (HiGHS ${fmt(r.highsLp, 2)})`
  const ratio = (x: number | null, y: number) => (x === null ? '-' : `${(x / y).toFixed(1)}x`)
  return `| ${r.size} | ${fmt(r.solveMs)} | ${fmt(r.warmMs)} | ${fmt(r.planMs)} | ${fmt(r.peakMiB, 0)} | ${fmt(r.objective, 2)} | ${fmt(r.bound, 2)}${lpCheck} | ${((r.objective / r.bound) * 100).toFixed(3)}% | ${fmt(r.boundWithoutRule, 2)} | ${(r.objective / r.greedy).toFixed(4)} | ${r.proven} | ${fmt(r.highsLpMs, 0)} | ${ratio(r.highsLpMs, r.solveMs)} | ${ratio(r.highsLpMs, r.warmMs)} | ${r.mip === null ? '-' : `${fmt(r.mip, 2)} (${r.mipStatus}, ${fmt(r.mipMs, 0)})`} | ${r.mip === null ? '-' : (r.objective / r.mip).toFixed(5)} |`
}

function main(families: readonly InstanceFamily[], sizes: [number, number][]) {
  const self = fileURLToPath(import.meta.url)
  console.log(
    `Machine: ${cpus()[0]?.model ?? 'unknown'} x ${cpus().length}, Node ${process.version}; ${new Date().toISOString()}; load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  )
  for (const family of families) {
    console.log(`\n### ${family} (seed ${SEED})\n\n${HEADER}\n|${'---|'.repeat(16)}`)
    for (const [items, engineers] of sizes) {
      const spec = JSON.stringify({ family, items, engineers, seed: SEED })
      const out = execFileSync(process.execPath, ['--import', 'tsx', self, '--case', spec], { encoding: 'utf8', maxBuffer: 1 << 26 })
      const row = JSON.parse(out.trim().split('\n').pop() as string) as Row & { family: string }
      process.stderr.write(`done ${row.family} ${row.size}\n`)
      console.log(line(row))
    }
  }
  console.log(
    `\nEnded ${new Date().toISOString()}; load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  )
}

const at = process.argv.indexOf('--case')
if (at >= 0) runCase(JSON.parse(process.argv[at + 1])).then((row) => console.log(JSON.stringify(row)))
else {
  const [families, sizes] = process.argv.slice(2)
  main(
    families ? (families.split(',') as InstanceFamily[]) : INSTANCE_FAMILIES,
    sizes ? sizes.split(',').map((size) => size.split('x').map(Number) as [number, number]) : SIZES,
  )
}
