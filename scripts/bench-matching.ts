/**
 * `npm run bench:matching`: seeded instances of every size and family, each run in
 * its own child process (so peak memory is per case), compared with a simple
 * greedy and with HiGHS (LP relaxation; MIP on the small sizes) in the same run.
 * Prints a Markdown table; lib/matching/BENCHMARKS.md holds this machine's output.
 */
import { execFileSync } from 'node:child_process'
import { cpus } from 'node:os'
import { fileURLToPath } from 'node:url'
import { generateInstance, planSprint } from '../lib/matching'
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

const SIZES: [number, number, number][] = [
  // items, engineers, seeds per family
  [30, 5, 3],
  [500, 40, 2],
  [2000, 100, 2],
  [5000, 300, 1],
  [20000, 1000, 1],
]
/** HiGHS's LP takes ~40 s at 5000x300 and does not fit in memory beyond; our own exact LP bound is used there. */
const HIGHS_LP_MAX_ITEMS = 2000
const HIGHS_MIP_MAX_ITEMS = 500
const MIP_TIME_LIMIT_S = 20
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
    mip: null,
    mipMs: null,
    mipStatus: null,
  }
  if (c.items <= HIGHS_LP_MAX_ITEMS) {
    const highs = await (await import('highs')).default()
    const t = performance.now()
    const lp = highs.solve(toLpText(input, { integer: false }), { output_flag: false })
    row.highsLpMs = performance.now() - t
    row.highsLp = lp.ObjectiveValue
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

function main() {
  const self = fileURLToPath(import.meta.url)
  const rows = SIZES.flatMap(([items, engineers, seeds]) =>
    (['standard', 'tight'] as const).flatMap((family) =>
      Array.from({ length: seeds }, (_, s) => {
        const spec = JSON.stringify({ family, items, engineers, seed: s + 1 })
        const out = execFileSync(process.execPath, ['--import', 'tsx', self, '--case', spec], {
          encoding: 'utf8',
          maxBuffer: 1 << 26,
        })
        const row = JSON.parse(out.trim().split('\n').pop() as string)
        process.stderr.write(`done ${row.family} ${row.size} seed ${row.seed}\n`)
        return row
      }),
    ),
  )
  console.log(`Machine: ${cpus()[0]?.model ?? 'unknown'} x ${cpus().length}, Node ${process.version}; ${new Date().toISOString()}\n`)
  console.log(
    '| family | items x eng | seed | solve ms (first) | solve ms (warm) | planSprint ms | peak MiB | objective | LP bound | obj / LP | LP without deep-work rule | obj / greedy | proven optimal | HiGHS LP ms | HiGHS LP / first | HiGHS LP / warm | HiGHS MIP (status, ms) | obj / MIP |',
  )
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|')
  for (const r of rows) {
    const lpCheck = r.highsLp === null ? ' (own LP, HiGHS skipped)' : Math.abs(r.highsLp - r.bound) < 1e-6 * r.bound ? '' : ` (HiGHS ${fmt(r.highsLp, 2)})`
    console.log(
      `| ${r.family} | ${r.size} | ${r.seed} | ${fmt(r.solveMs)} | ${fmt(r.warmMs)} | ${fmt(r.planMs)} | ${fmt(r.peakMiB, 0)} | ${fmt(r.objective, 2)} | ${fmt(r.bound, 2)}${lpCheck} | ${(r.objective / r.bound * 100).toFixed(3)}% | ${fmt(r.boundWithoutRule, 2)} | ${(r.objective / r.greedy).toFixed(4)} | ${r.proven} | ${fmt(r.highsLpMs, 0)} | ${r.highsLpMs === null ? '-' : (r.highsLpMs / r.solveMs).toFixed(1) + 'x'} | ${r.highsLpMs === null ? '-' : (r.highsLpMs / r.warmMs).toFixed(1) + 'x'} | ${r.mip === null ? '-' : `${fmt(r.mip, 2)} (${r.mipStatus}, ${fmt(r.mipMs, 0)})`} | ${r.mip === null ? '-' : (r.objective / r.mip).toFixed(5)} |`,
    )
  }
}

const at = process.argv.indexOf('--case')
if (at >= 0) runCase(JSON.parse(process.argv[at + 1])).then((row) => console.log(JSON.stringify(row)))
else main()
