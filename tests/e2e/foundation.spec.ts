import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { demo, signIn } from './fixtures'

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
