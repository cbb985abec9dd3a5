/**
 * `npm run plan`: runs the bundled planner CLI (build/cli/plan.cjs, see build-plan-cli.mjs) with plain
 * node, so no TypeScript is compiled at run time. Rebuilds the bundle first if it is missing or any
 * of its repository sources changed since (a stat per source file, ~1 ms), so a checkout never runs
 * a stale engine. CommonJS, like the bundle: node starts its ES module loader only for ES modules,
 * which cost every run some tens of milliseconds (decision 0069).
 */
const { readFileSync, statSync } = require('node:fs')
const { join } = require('node:path')

const root = join(__dirname, '..')
const bundle = join(root, 'build', 'cli', 'plan.cjs')

function isFresh() {
  try {
    const built = statSync(bundle).mtimeMs
    const sources = JSON.parse(readFileSync(join(root, 'build', 'cli', 'plan.sources.json'), 'utf8'))
    return sources.every((source) => statSync(join(root, source)).mtimeMs <= built)
  } catch {
    return false
  }
}

async function run() {
  // Only a stale checkout pays for the ES module loader and esbuild.
  if (!isFresh()) await (await import('./build-plan-cli.mjs')).buildPlanCli()
  process.exitCode = await require(bundle).main(process.argv.slice(2))
}

run()
