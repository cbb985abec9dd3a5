/**
 * `npm run plan -- --in instance.json --out plan.json [--balance 0.005]` (docs/matching-contract.md, "Command line").
 * Thin shell around lib/matching: read, validate, plan, write atomically. On bad
 * input it prints messages naming the records to stderr, exits 1 and writes nothing.
 * `npm run plan` runs it bundled into plain JavaScript (scripts/plan-cli.cjs, decisions 0051 and 0069).
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { InvalidInstanceError, planSprintContract } from '../lib/matching'
import type { ContractPlan, PlanInput } from '../lib/matching'

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
  let output: ContractPlan
  try {
    // The contract's objective exactly, unless --balance asks for the app's balance pass (decision 0057).
    output = planSprintContract(raw as PlanInput, args.balance === undefined ? {} : { balanceCostShare: args.balance })
  } catch (error) {
    if (!(error instanceof InvalidInstanceError)) throw error
    for (const message of error.errors) log(`${args.in}: ${message}`)
    return 1
  }
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
