import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Browser, type Page } from '@playwright/test'

// Issue 3 acceptance: sign up → create organisation → invite a manager and an engineer → both
// accept in fresh browser contexts → the engineer cannot reach the manager's pages; the manager can.

const run = Date.now().toString(36)
const password = 'e2e password 2026'
const orgName = `Orbit ${run}`
const people = {
  owner: { name: 'Olga Owner', email: `owner.${run}@e2e.test` },
  manager: { name: 'Mina Manager', email: `manager.${run}@e2e.test` },
  engineer: { name: 'Eli Engineer', email: `engineer.${run}@e2e.test` },
}

async function expectNoAxeViolations(page: Page) {
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
}

async function invite(page: Page, email: string, role: string): Promise<string> {
  await page.goto('/settings/invitations')
  await page.getByLabel('E-mail').fill(email)
  await page.getByLabel('Role').selectOption({ label: role })
  await page.getByRole('button', { name: 'Create invitation' }).click()
  const link = page.getByLabel('Invitation link (valid for 7 days, works once)')
  await expect(link).toHaveValue(/\/invite\/[\w-]+\.[\w-]{43}$/)
  return link.inputValue()
}

/** Opens the link in a fresh browser, signs up through it and joins; returns the signed-in page. */
async function acceptAsNewUser(browser: Browser, link: string, person: { name: string; email: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await page.goto(new URL(link).pathname)
  await expect(page.getByRole('heading', { name: `Join ${orgName}` })).toBeVisible()
  await page.getByRole('link', { name: 'Create an account to join' }).click()
  await expect(page.getByLabel('E-mail')).toHaveValue(person.email)
  await page.getByLabel('Your name').fill(person.name)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Create account' }).click()
  await page.getByRole('button', { name: `Join ${orgName}` }).click()
  await expect(page).not.toHaveURL(/\/invite\//)
  return page
}

test('owner invites a manager and an engineer; each sees only what their role allows', async ({ page, browser }) => {
  test.setTimeout(120_000)
  // Sign up and create the organisation.
  await page.goto('/signup')
  await page.getByLabel('Your name').fill(people.owner.name)
  await page.getByLabel('E-mail').fill(people.owner.email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Create account' }).click()
  await expect(page).toHaveURL(/\/onboarding/)
  await page.getByLabel('Organisation name').fill(orgName)
  await page.getByRole('button', { name: 'Create organisation' }).click()
  await expect(page.getByRole('heading', { name: 'Members' })).toBeVisible()
  await expect(page.getByTestId('current-org')).toHaveText(orgName)

  const managerLink = await invite(page, people.manager.email, 'Engineering manager')
  const engineerLink = await invite(page, people.engineer.email, 'Engineer')
  await expect(page.getByRole('cell', { name: people.manager.email, exact: true })).toBeVisible()
  await expectNoAxeViolations(page)

  const manager = await acceptAsNewUser(browser, managerLink, people.manager)
  const engineer = await acceptAsNewUser(browser, engineerLink, people.engineer)

  // The engineer: a member now, but the manager's and admin's pages are "not found" on direct URLs.
  await engineer.goto('/settings')
  await expect(engineer.getByText(`Engineer in ${orgName}`)).toBeVisible()
  // Each page refuses before anything is sent, so the status is a real 404 too (decision 0043).
  for (const path of ['/settings/members', '/settings/invitations', '/settings/teams', '/settings/audit', '/sprints', '/work-items']) {
    const response = await engineer.goto(path)
    expect(response?.status(), path).toBe(404)
    await expect(engineer.getByRole('heading', { name: 'Page not found' })).toBeVisible()
    await expect(engineer.getByRole('table')).toHaveCount(0)
  }

  // The manager reaches team management, sprints and work items, but not member administration.
  for (const [path, heading] of [
    ['/settings/teams', 'Teams'],
    ['/sprints', 'Sprints'],
    ['/work-items', 'Work items'],
  ] as const) {
    const response = await manager.goto(path)
    expect(response?.status(), path).toBe(200)
    await expect(manager.getByRole('heading', { name: heading, exact: true })).toBeVisible()
  }
  expect((await manager.goto('/settings/members'))?.status()).toBe(404)

  // The owner sees both as members with their roles; the links are used up.
  await page.goto('/settings/members')
  await expect(page.getByRole('row', { name: new RegExp(people.manager.name) }).getByRole('combobox')).toHaveValue('MANAGER')
  await expect(page.getByRole('row', { name: new RegExp(people.engineer.name) }).getByRole('combobox')).toHaveValue('ENGINEER')
  await engineer.goto(new URL(engineerLink).pathname)
  await expect(engineer.getByRole('heading', { name: 'This invitation has already been used' })).toBeVisible()
})
