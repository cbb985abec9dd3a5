// `npm run lighthouse`: Lighthouse (the npm package) against Debian's Chromium on a production build.
// Fresh database on DATABASE_URL's server (default: the local Postgres), migrate, seed the demo, next
// build (LIGHTHOUSE_SKIP_BUILD=1 reuses the last one), next start, sign in, then the desktop and mobile
// presets on the pages of docs/performance.md. Prints each page's four category scores, Total Blocking
// Time, script bytes and DOM size, writes the reports to test-results/lighthouse/, and exits non-zero
// when a target is missed. Not part of CI: scores move with the machine's load.
import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium } from '@playwright/test'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { desktopConfig } from 'lighthouse'
import pg from 'pg'
import { buildApp, productionServerEnv, signIn, step as runStep, waitForHealth } from './app-server.mjs'
import { withServerNodeOptions } from './run.mjs'
import { freshDatabase } from './test-db.mjs'

const root = resolve(import.meta.dirname, '..')
const bin = (name) => join(root, 'node_modules/.bin', name)
const port = Number(process.env.LIGHTHOUSE_PORT ?? 3750)
const base = `http://127.0.0.1:${port}`
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const reports = join(root, 'test-results/lighthouse')
const PASSWORD = 'plural-demo-2026'
process.env.DATABASE_URL ??= 'postgresql://postgres@127.0.0.1:5432/postgres'

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']
const ALL_95 = Object.fromEntries(CATEGORIES.map((c) => [c, 95]))

/** Who is signed in (null: nobody), where, with which preset, and the scores it must reach. */
const pages = (sprintId) => [
  { preset: 'desktop', path: '/login', user: null, targets: ALL_95 },
  { preset: 'desktop', path: '/dashboard', user: 'manager@acme.test', targets: ALL_95 },
  {
    preset: 'desktop',
    path: `/sprints/${sprintId}/planner`,
    name: '/sprints/[Platform · Sprint 25]/planner',
    user: 'manager@acme.test',
    targets: ALL_95,
  },
  { preset: 'mobile', path: '/login', user: null, targets: { performance: 90 } },
  { preset: 'mobile', path: '/survey', user: 'engineer@acme.test', targets: { performance: 90 } },
  { preset: 'mobile', path: '/my-sprint', user: 'engineer@acme.test', targets: { performance: 90 } },
  // Not a target: the figures docs/performance.md follows for the heaviest page on a phone.
  { preset: 'mobile', path: '/dashboard', user: 'manager@acme.test', targets: {} },
]

const db = await freshDatabase('plural_lighthouse')
const env = productionServerEnv(base, db.url, { REMINDER_SCHEDULER_MINUTES: '0' })

const step = (name, command, args) => runStep(name, command, args, env)

async function platformSprintId() {
  const client = new pg.Client({ connectionString: db.url })
  await client.connect()
  try {
    const { rows } = await client.query(`SELECT id FROM "Sprint" WHERE name = 'Platform · Sprint 25' AND status = 'ACTIVE'`)
    return rows[0].id
  } finally {
    await client.end()
  }
}

/**
 * Plans and publishes the demo's active sprint as its manager would (the Plan and Publish buttons), so
 * the planner is measured with a full board and My sprint with the engineer's items, not empty pages.
 */
async function planAndPublish(sprintId, cookie) {
  const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox', '--disable-gpu'] })
  try {
    const context = await browser.newContext()
    const [name, value] = [cookie.slice(0, cookie.indexOf('=')), cookie.slice(cookie.indexOf('=') + 1)]
    await context.addCookies([{ name, value, url: base }])
    const page = await context.newPage()
    await page.goto(`${base}/sprints/${sprintId}/planner`)
    await page.getByRole('button', { name: 'Plan', exact: true }).click()
    await page.getByTestId('plan-summary').filter({ hasText: 'Version 1' }).waitFor({ timeout: 120_000 })
    await page.getByRole('button', { name: 'Publish' }).click()
    await page.getByTestId('plan-status').filter({ hasText: 'Published' }).waitFor()
  } finally {
    await browser.close()
  }
}

function summary(lhr) {
  const audit = (id) => lhr.audits[id]?.numericValue ?? NaN
  const scripts = lhr.audits['resource-summary']?.details?.items?.find((i) => i.resourceType === 'script')
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])),
    tbt: Math.round(audit('total-blocking-time')),
    lcp: Math.round(audit('largest-contentful-paint')),
    scriptKiB: scripts ? Math.round(scripts.transferSize / 1024) : NaN,
    domNodes: audit('dom-size'),
  }
}

let server
let chrome
let missed = 0
try {
  await step('migrate', 'node', [join(root, 'scripts/migrate.mjs'), 'deploy'])
  await step('seed the demo', bin('tsx'), [join(root, 'prisma/seed.ts')])
  if (process.env.LIGHTHOUSE_SKIP_BUILD !== '1') await buildApp(root, env)
  server = spawn(bin('next'), ['start', '-p', String(port), '-H', '127.0.0.1'], { env: withServerNodeOptions(env), stdio: 'ignore' })
  await waitForHealth(base)
  const cookies = new Map()
  const cookieOf = async (user) => {
    if (!user) return undefined
    if (!cookies.has(user)) cookies.set(user, await signIn(base, user, PASSWORD))
    return cookies.get(user)
  }
  chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] })
  mkdirSync(reports, { recursive: true })
  const rows = []
  const sprintId = await platformSprintId()
  await planAndPublish(sprintId, await cookieOf('manager@acme.test'))
  for (const page of pages(sprintId)) {
    const cookie = await cookieOf(page.user)
    // One unmeasured load first, so the numbers are a warm server's, not its first compile of the route.
    await fetch(`${base}${page.path}`, { headers: cookie ? { cookie } : {} }).then((r) => r.text())
    const flags = { port: chrome.port, output: 'json', logLevel: 'error', extraHeaders: cookie ? { cookie } : undefined }
    const result = await lighthouse(`${base}${page.path}`, flags, page.preset === 'desktop' ? desktopConfig : undefined)
    const name = page.name ?? page.path
    writeFileSync(join(reports, `${page.preset}${name.replace(/[^\w]+/g, '-')}.json`), result.report)
    const s = summary(result.lhr)
    const misses = Object.entries(page.targets).filter(([c, min]) => s.scores[c] < min)
    missed += misses.length
    rows.push({
      page: name,
      preset: page.preset,
      ...s.scores,
      'TBT ms': s.tbt,
      'LCP ms': s.lcp,
      'JS KiB': s.scriptKiB,
      'DOM nodes': s.domNodes,
      missed: misses.map(([c, min]) => `${c} < ${min}`).join(', '),
    })
    console.log(`${page.preset} ${name}: ${CATEGORIES.map((c) => `${c} ${s.scores[c]}`).join(', ')}, TBT ${s.tbt} ms`)
  }
  console.table(rows)
  console.log(missed === 0 ? 'Every target met.' : `${missed} target(s) missed.`)
} finally {
  await chrome?.kill()
  server?.kill()
  await db.drop()
}
process.exit(missed === 0 ? 0 : 1)
