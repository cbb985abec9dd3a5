import { execFileSync } from 'node:child_process'
import { expect, test, type Browser, type Page } from '@playwright/test'
import { DEMO_PASSWORD, demoEmail, specTenant } from '../../prisma/seed/demo-data'

export { DEMO_PASSWORD }

const seed = (flag: '--tenant' | '--remove', key: string) =>
  execFileSync('node_modules/.bin/tsx', ['prisma/seed.ts', flag, key], { env: process.env, stdio: ['ignore', 'ignore', 'inherit'] })

const ROLES = ['owner', 'admin', 'manager', 'lead', 'engineer'] as const

/**
 * The spec's own copy of the demo organisation (named after `key`), seeded fresh before its tests and
 * removed after them, so no spec depends on what another did to the data (or left throttled).
 * Returns its slug and the sign-in e-mail of each of the five demo roles.
 */
export function ownDemo(key: string) {
  const tenant = specTenant(key)
  test.beforeAll(() => seed('--tenant', key))
  test.afterAll(() => seed('--remove', key))
  const signIns = Object.fromEntries(ROLES.map((role) => [role, demoEmail(`${role}@`, tenant)])) as Record<(typeof ROLES)[number], string>
  return { slug: tenant.slug, ...signIns }
}

/** Signs in through the real login form and waits until the app shell is shown. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/login')
  await page.getByLabel('E-mail').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
}

/** A page in a new context with JavaScript off, signed in as `page` is: what a no-script visitor sees. Close its context when done. */
export async function withoutJavaScript(browser: Browser, page: Page): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() })
  return context.newPage()
}
