/**
 * `npm run plan`: runs the bundled planner CLI (build/cli/plan.mjs, see build-plan-cli.mjs) with plain
 * node, so no TypeScript is compiled at run time. Rebuilds the bundle first if it is missing or any
 * of its repository sources changed since (a stat per source file, ~1 ms), so a checkout never runs
 * a stale engine.
 */
import { readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const bundle = join(root, 'build', 'cli', 'plan.mjs')

function isFresh() {
  try {
    const built = statSync(bundle).mtimeMs
    const sources = JSON.parse(readFileSync(join(root, 'build', 'cli', 'plan.sources.json'), 'utf8'))
    return sources.every((source) => statSync(join(root, source)).mtimeMs <= built)
  } catch {
    return false
  }
}

if (!isFresh()) await (await import('./build-plan-cli.mjs')).buildPlanCli()
const { main } = await import(pathToFileURL(bundle).href)
process.exitCode = await main(process.argv.slice(2))
