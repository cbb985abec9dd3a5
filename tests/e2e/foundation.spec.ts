import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { ownDemo, signIn, withoutJavaScript } from './fixtures'

const demo = ownDemo('foundation')

test('health endpoint reports ok', async ({ request }) => {
  const response = await request.get('/api/health')
  expect(response.status()).toBe(200)
  expect(await response.json()).toMatchObject({ status: 'ok', database: 'ok' })
})

test('strangers are sent to sign in, and a wrong password gets a generic error', async ({ page }) => {
  await page.goto('/sprints')
  await expect(page).toHaveURL(/\/login/)
  await page.getByLabel('E-mail').fill(demo.manager)
  await page.getByLabel('Password').fill('not-the-password')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByText('That e-mail and password do not match an account.')).toBeVisible()
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
})

test('the demo manager sees the navigation and the seeded sprint', async ({ page }) => {
  await signIn(page, demo.manager)
  const nav = page.getByRole('navigation', { name: 'Main' })
  for (const label of ['Dashboard', 'Sprints', 'Work items', 'Team', 'Survey', 'Sprint pulse', 'Settings']) {
    await expect(nav.getByRole('link', { name: label, exact: true })).toBeVisible()
  }
  await nav.getByRole('link', { name: 'Sprints', exact: true }).click()
  await page.getByRole('link', { name: 'Platform · Sprint 25' }).click()
  await expect(page.getByRole('heading', { name: 'Platform · Sprint 25' })).toBeVisible()
  await expect(page.getByText('Cut p99 latency of search endpoint below 120 ms')).toBeVisible()
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
})

test('security headers are set', async ({ request }) => {
  const response = await request.get('/login')
  const headers = response.headers()
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(headers['content-security-policy']).not.toContain('unsafe-eval')
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
})

test('an unknown id, or a page the role may not see, answers a real 404 even where pages stream', async ({ page }) => {
  await signIn(page, demo.lead)
  await page.goto('/sprints')
  const sprint = await page.getByRole('link', { name: 'Platform · Sprint 25' }).getAttribute('href')
  await page.goto('/work-items')
  const item = await page.locator('tbody').getByRole('link').first().getAttribute('href')
  expect(sprint).toMatch(/^\/sprints\/[\w-]+$/)
  expect(item).toMatch(/^\/work-items\/[\w-]+$/)
  const unknown = '00000000-0000-4000-8000-000000000000'
  const statuses = async (paths: string[]) =>
    Object.fromEntries(await Promise.all(paths.map(async (p) => [p, (await page.request.get(p)).status()])))

  const visible = ['/sprints', sprint!, `${sprint}/availability`, `${sprint}/planner`, `${sprint}/planner/compare`, '/work-items', item!]
  expect(await statuses(visible)).toEqual(Object.fromEntries(visible.map((p) => [p, 200])))
  const missing = [
    // Unknown ids, including below the planner's loading skeleton.
    `/sprints/${unknown}`,
    `/sprints/${unknown}/planner`,
    `/sprints/${unknown}/planner/compare`,
    `/sprints/not-an-id/planner`,
    `/sprints/${unknown}/edit`,
    `/work-items/${unknown}`,
    `/work-items/${unknown}/edit`,
    // A lead reads sprints and work items but may not write them.
    '/sprints/new',
    `${sprint}/edit`,
    `${sprint}/close`,
    '/work-items/new',
    '/work-items/import',
    `${item}/edit`,
  ]
  expect(await statuses(missing)).toEqual(Object.fromEntries(missing.map((p) => [p, 404])))
})

test('without JavaScript, an engineer reads My sprint: the page is sent whole, not as a skeleton', async ({ page, browser }) => {
  await signIn(page, demo.engineer)
  const noScript = await withoutJavaScript(browser, page)
  await noScript.goto('/my-sprint')
  await expect(noScript.getByRole('heading', { level: 1, name: /^My sprint/ })).toBeVisible()
  await expect(noScript.getByRole('status')).toHaveCount(0)
  await noScript.context().close()
})

test('the favicon, the icon and robots.txt are served to anyone, without the sign-in redirect', async ({ request }) => {
  const favicon = await request.get('/favicon.ico', { maxRedirects: 0 })
  expect(favicon.status()).toBe(200)
  expect(favicon.headers()['content-type']).toBe('image/x-icon')
  const icon = await request.get('/icon.svg', { maxRedirects: 0 })
  expect(icon.status()).toBe(200)
  expect(icon.headers()['content-type']).toBe('image/svg+xml')
  const robots = await request.get('/robots.txt', { maxRedirects: 0 })
  expect(robots.status()).toBe(200)
  expect(await robots.text()).toContain('Disallow: /api/')
})

test('signed-in pages load without a console error or a Content-Security-Policy violation', async ({ page }) => {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content[- ]Security[- ]Policy/i.test(message.text())) problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  // Reported after each navigation: a violation the browser only reports to the page, not the console.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`))
  })
  // The survey parses its form with Zod as it renders: Zod's probe for `new Function` was reported here.
  await signIn(page, demo.engineer)
  await page.goto('/survey')
  await expect(page.getByRole('heading', { level: 1, name: 'How do you like to work?' })).toBeVisible()
  await page.context().clearCookies()
  await signIn(page, demo.manager)
  await page.goto('/sprints')
  await page.getByRole('link', { name: 'Platform · Sprint 25' }).click()
  await expect(page.getByRole('heading', { name: 'Platform · Sprint 25' })).toBeVisible()
  await page.goto(`${new URL(page.url()).pathname}/planner`)
  await expect(page.getByRole('heading', { name: 'Planner · Platform · Sprint 25' })).toBeVisible()
  // The board brings the matching engine (and its Zod schemas) to the browser: where the planner's report came from.
  await page.getByRole('button', { name: 'Plan', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Publish' })).toBeVisible({ timeout: 30_000 })
  await page.goto('/dashboard')
  await expect(page.getByRole('heading', { level: 1, name: /^Team balance/ })).toBeVisible()
  expect(problems).toEqual([])
})
