/**
 * `npm run plan -- --in instance.json --out plan.json [--balance 0.005]` (docs/matching-contract.md, "Command line").
 * Thin shell around lib/matching: read, validate, plan, write atomically. On bad
 * input it prints messages naming the records to stderr, exits 1 and writes nothing.
 * `npm run plan` runs it bundled into plain JavaScript (scripts/plan-cli.mjs, decision 0051).
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { planSprint, validateInstance } from '../lib/matching'
import type { Plan } from '../lib/matching'

export async function main(argv: string[], log: (line: string) => void = console.error): Promise<number> {
  const args = parseArgs(argv)
  if (!args) {
    log('usage: npm run plan -- --in instance.json --out plan.json [--balance <share of the objective, 0 to 1>]')
    return 2
  }
  let raw: unknown
  try {
    raw = JSON.parse(await readFile(args.in, 'utf8'))
  } catch (error) {
    log(`${args.in}: ${error instanceof SyntaxError ? 'malformed JSON: ' : ''}${(error as Error).message}`)
    return 1
  }
  const validation = validateInstance(raw)
  if (!validation.ok) {
    for (const message of validation.errors) log(`${args.in}: ${message}`)
    return 1
  }
  // The contract's objective exactly, unless --balance asks for the app's balance pass (decision 0057).
  const output = toMachinePlan(planSprint(validation.input, args.balance === undefined ? {} : { balanceCostShare: args.balance }))
  // Write beside the target and rename, so a reader never sees a half-written plan.
  const temp = join(dirname(args.out), `.${basename(args.out)}.${process.pid}.tmp`)
  try {
    await writeFile(temp, `${JSON.stringify(output, null, 2)}\n`)
    await rename(temp, args.out)
  } catch (error) {
    await rm(temp, { force: true })
    log(`${args.out}: ${(error as Error).message}`)
    return 1
  }
  return 0
}

/** plan.json's shape (docs/matching-contract.md, "Command line"): the plan without the app's extras. */
export function toMachinePlan(plan: Plan) {
  return {
    assignments: plan.assignments.map(({ itemId, engineerId, mode, fit, value, reasons }) => ({
      itemId,
      engineerId,
      mode,
      fit,
      value,
      reasons,
    })),
    unassigned: plan.unassigned,
    objective: plan.objective,
    ...(plan.balance ? { balance: plan.balance } : {}),
  }
}

function parseArgs(argv: string[]): { in: string; out: string; balance?: number } | null {
  const value = (flag: string) => {
    const at = argv.indexOf(flag)
    return at >= 0 ? argv[at + 1] : undefined
  }
  const input = value('--in')
  const out = value('--out')
  if (!input || !out) return null
  if (!argv.includes('--balance')) return { in: input, out }
  const balance = Number(value('--balance'))
  return Number.isFinite(balance) && balance >= 0 && balance <= 1 ? { in: input, out, balance } : null
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then((code) => process.exit(code))
}
