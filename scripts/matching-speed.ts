/**
 * Quick solver timing: `npx tsx scripts/matching-speed.ts [runs] [filter]`.
 * Prints median solve time (model build + search) and objective / LP bound per case.
 */
import { generateInstance } from '../lib/matching'
import type { InstanceFamily } from '../lib/matching'
import { buildModel, valueOf } from '../lib/matching/model'
import { solve } from '../lib/matching/solve'

const runs = Number(process.argv[2] ?? 3)
const filter = process.argv[3] ?? ''
const CASES: [InstanceFamily, number, number, number][] = [
  ['standard', 30, 5, 1],
  ['tight', 30, 5, 3],
  ['standard', 500, 40, 1],
  ['standard', 500, 40, 2],
  ['tight', 500, 40, 1],
  ['tight', 500, 40, 2],
  ['standard', 2000, 100, 1],
  ['standard', 2000, 100, 2],
  ['tight', 2000, 100, 1],
  ['tight', 2000, 100, 2],
  ['standard', 5000, 300, 1],
  ['tight', 5000, 300, 1],
  ['standard', 20000, 1000, 1],
  ['tight', 20000, 1000, 1],
]
for (const [family, items, engineers, seed] of CASES) {
  const label = `${family} ${items}x${engineers} s${seed}`
  if (filter && !label.includes(filter)) continue
  const input = generateInstance({ family, items, engineers, seed })
  const times: number[] = []
  let objective = 0
  let bound = 0
  for (let r = 0; r < runs; r++) {
    const t = performance.now()
    const model = buildModel(input)
    const sol = solve(model)
    times.push(performance.now() - t)
    objective = 0
    for (let i = 0; i < model.n; i++) objective += valueOf(model, i, sol.state.assign[i])
    bound = sol.bound
  }
  times.sort((a, b) => a - b)
  const med = times[times.length >> 1]
  console.log(
    `${label.padEnd(26)} median ${med.toFixed(0).padStart(6)} ms  [${times.map((t) => t.toFixed(0)).join(' ')}]  obj ${objective.toFixed(2)}  ${((100 * objective) / bound).toFixed(3)}%  rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)}MiB`,
  )
}
