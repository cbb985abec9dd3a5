/**
 * Bundles the planner CLI (scripts/plan.ts and the lib/matching code it imports, zod included) into
 * one plain CommonJS file, build/cli/plan.cjs, so `npm run plan` starts node on JavaScript instead of
 * compiling TypeScript at every run (decision 0051), and without node's ES module loader (decision
 * 0069). Run by `npm install` (postinstall) and by scripts/plan-cli.cjs when the bundle is missing
 * or older than its sources.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
export const BUNDLE = join(root, 'build', 'cli', 'plan.cjs')
/** The repository files the bundle was built from, for the launcher's staleness check. */
export const SOURCES = join(root, 'build', 'cli', 'plan.sources.json')

export async function buildPlanCli() {
  const { build } = await import('esbuild')
  await mkdir(dirname(BUNDLE), { recursive: true })
  const result = await build({
    entryPoints: [join(root, 'scripts', 'plan.ts')],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // plan.ts runs main() itself only when started directly (tsx scripts/plan.ts); in the bundle the
    // launcher calls main(), and CommonJS has no import.meta.
    define: { 'import.meta.url': 'undefined' },
    metafile: true,
    logLevel: 'warning',
    // Smaller to parse at every start; names are kept so a stack trace still reads.
    minifyWhitespace: true,
    minifySyntax: true,
    // The `@/` alias of tsconfig.json, which esbuild reads; packages are bundled too, so the CLI needs no node_modules.
    tsconfig: join(root, 'tsconfig.json'),
  })
  const sources = Object.keys(result.metafile.inputs)
    .map((input) => relative(root, join(root, input)))
    .filter((input) => !input.startsWith('node_modules'))
  await writeFile(SOURCES, `${JSON.stringify(sources, null, 1)}\n`)
  return BUNDLE
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildPlanCli().catch((error) => {
    console.error(`build-plan-cli: ${error.message}`)
    process.exit(1)
  })
}
