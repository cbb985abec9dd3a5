import { expect, type Browser, type Page } from '@playwright/test'

export const DEMO_PASSWORD = 'plural-demo-2026'
export const demo = {
  owner: 'owner@acme.test',
  admin: 'admin@acme.test',
  manager: 'manager@acme.test',
  lead: 'lead@acme.test',
  engineer: 'engineer@acme.test',
} as const

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
