// `npm run test:e2e [-- playwright args]`: a fresh migrated database, a production build, then
// Playwright against `next start`. Each spec seeds its own copy of the demo (tests/e2e/fixtures.ts).
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { freshDatabase } from './test-db.mjs'
import { run } from './run.mjs'

const root = resolve(import.meta.dirname, '..')
const bin = (name) => join(root, 'node_modules/.bin', name)

if (!process.env.CHROMIUM_PATH && !['/usr/bin/chromium', '/usr/bin/chromium-browser'].some(existsSync)) {
  console.warn(
    'No system Chromium found (/usr/bin/chromium). Install one (Debian: apt-get install -y chromium) or run `npx playwright install chromium`.',
  )
}

const db = await freshDatabase('plural_e2e')
const env = { ...process.env, DATABASE_URL: db.url, NEXT_TELEMETRY_DISABLED: '1' }
let code = await run('node', [join(root, 'scripts/migrate.mjs'), 'deploy'], env)
if (code === 0 && process.env.E2E_SKIP_BUILD !== '1') {
  // next build adds its build folder to tsconfig's include; keep the committed file as it is.
  const tsconfig = readFileSync(join(root, 'tsconfig.json'), 'utf8')
  code = await run(bin('next'), ['build'], { ...env, NODE_ENV: 'production' })
  writeFileSync(join(root, 'tsconfig.json'), tsconfig)
}
if (code === 0) code = await run(bin('playwright'), ['test', ...process.argv.slice(2)], env)
await db.drop()
process.exit(code)
