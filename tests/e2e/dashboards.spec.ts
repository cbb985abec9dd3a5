import { readFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { DEMO_PASSWORD, ownDemo, signIn, withoutJavaScript } from './fixtures'

const demo = ownDemo('dashboards')

const SECTIONS = ['Mode mix', 'Supply vs demand', 'Deep-work protection', 'Mismatch and risk', 'Trends', 'Outcomes by mode']

const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true })

async function expectSections(page: Page) {
  for (const name of SECTIONS) await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible()
}

test('the demo lead reads the organisation and team dashboards and downloads a CSV', async ({ page }) => {
  // Two full dashboards, two axe scans and a download: more than the default minute on a busy CI machine.
  test.setTimeout(180_000)
  await signIn(page, demo.lead)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Team balance · Acme' })).toBeVisible()
  await expectSections(page)

  // Seeded data in every section.
  await expect(page.getByTestId('mix-summary')).toContainText(/\d+ orchestrators .* \d+ craftspeople .* \d+ hybrids/)
  await expect(section(page, 'Supply vs demand')).toContainText('Platform (Platform · Sprint 25)')
  await expect(section(page, 'Deep-work protection')).toContainText('Platform')
  await expect(section(page, 'Mismatch and risk')).toContainText('craft-critical')
  await expect(section(page, 'Trends').getByRole('table', { name: /Sprint pulse/ })).toContainText('Shown')
  await expect(page.getByTestId('outcomes-summary')).toContainText(/\d+ items with an outcome/)
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])

  const downloading = page.waitForEvent('download')
  await page.getByRole('link', { name: /^Download CSV\W+Working types per team, with survey coverage$/ }).click()
  const file = await downloading
  expect(file.suggestedFilename()).toMatch(/^Acme-mode-mix-\d{4}-\d\d-\d\d\.csv$/)
  const csv = await readFile((await file.path()) ?? '', 'utf8')
  const lines = csv.trim().split('\r\n')
  expect(lines[0]).toBe(
    'Team,Orchestrators,Craftspeople,Hybrids,Missing profiles,Out-of-date profiles,Largest type,Largest type share (%),Homogeneous (> 70% one type)',
  )
  expect(lines.map((l) => l.split(',')[0])).toEqual(['Team', 'Platform', 'Product', 'Acme (everyone)'])

  await page.getByRole('navigation', { name: 'Team dashboards' }).getByRole('link', { name: 'Platform dashboard' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Team balance · Platform' })).toBeVisible()
  await expectSections(page)
  const deepWork = section(page, 'Deep-work protection')
  await deepWork.getByText('Data table').click()
  await expect(deepWork.getByRole('table')).toContainText('Ada Okafor')
  await expect(section(page, 'Supply vs demand')).not.toContainText('Product')
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
})

/** Each section's figures: a drawn chart (once scrolled to), a data table on the page and a CSV link. */
async function expectEveryFigure(page: Page) {
  for (const name of SECTIONS) {
    const region = section(page, name)
    await region.scrollIntoViewIfNeeded()
    // The mode mix is drawn in HTML on the server; the other charts load and draw when scrolled to.
    const chart =
      name === 'Mode mix'
        ? region.getByRole('img', { name: /^People per working type and team\. Platform: \d+ orchestrators/ })
        : region.locator('[data-chart-state="shown"] .recharts-surface').first()
    await expect(chart, `${name}: chart`).toBeVisible()
    await expect(region.getByRole('link', { name: /^Download CSV\W/ }).first(), `${name}: CSV`).toBeVisible()
    const tables = region.locator('details').filter({ has: page.locator('summary', { hasText: 'Data table' }) })
    expect(await tables.count(), `${name}: data tables`).toBeGreaterThan(0)
    for (const table of await tables.all()) await expect(table.locator('table')).toBeAttached()
  }
}

/** The trend table's sprint labels: every one names its dates, and no two are alike. */
async function trendLabels(page: Page) {
  const trends = section(page, 'Trends')
  await trends.locator('summary', { hasText: 'Trends over the last' }).click()
  const table = trends.getByRole('table', { name: /^Trends over the last/ })
  const labels = await table.locator('tbody th').allTextContents()
  expect(labels.length).toBeGreaterThan(1)
  for (const label of labels) expect(label).toMatch(/ \(\d{1,2}\D.*\)$/)
  expect(new Set(labels).size).toBe(labels.length)
  return labels
}

test('every section has a chart drawn when scrolled to, a server-rendered table and a CSV; trend labels are unique', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000)
  await signIn(page, demo.lead)
  await page.goto('/dashboard')
  await expect(page.getByRole('heading', { level: 1, name: 'Team balance · Acme' })).toBeVisible()
  // Charts below the fold wait: their code and drawing come when they are scrolled to.
  await expect(section(page, 'Outcomes by mode').locator('[data-chart-state="waiting"]')).toHaveCount(1)
  await expectEveryFigure(page)
  expect((await trendLabels(page))[0]).toMatch(/^Platform · Sprint 2\d, Product · Sprint 2\d \(/)

  // Without JavaScript the tables are still there, and a chart's place says what it shows.
  const noScript = await withoutJavaScript(browser, page)
  await noScript.goto('/dashboard')
  const risks = section(noScript, 'Mismatch and risk')
  await risks.locator('summary', { hasText: 'per team' }).click()
  await expect(risks.getByRole('table', { name: /Planned time in the preferred mode per team/ })).toContainText('Platform')
  await expect(risks.getByRole('img', { name: /^Planned time in the preferred mode\. Platform: \d+%/ })).toBeAttached()
  await noScript.context().close()

  await page.getByRole('navigation', { name: 'Team dashboards' }).getByRole('link', { name: 'Platform dashboard' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Team balance · Platform' })).toBeVisible()
  await expectEveryFigure(page)
  expect((await trendLabels(page))[0]).toMatch(/^Platform · Sprint 2\d \(/)
  const mismatch = section(page, 'Mismatch and risk')
  await mismatch.locator('summary', { hasText: 'per person' }).click()
  await expect(mismatch.getByRole('table', { name: /per person/ })).toContainText('Ada Okafor')
})

test('an engineer cannot open the dashboards or download their data', async ({ page }) => {
  await page.goto('/login')
  await page.getByLabel('E-mail').fill(demo.engineer)
  await page.getByLabel('Password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).not.toHaveURL(/\/login/)
  expect((await page.goto('/dashboard'))?.status()).toBe(404)
  expect((await page.request.get('/api/dashboard/mode-mix')).status()).toBe(403)
})
