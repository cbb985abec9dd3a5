import { expect, test, type Browser, type Page } from '@playwright/test'
import { STATEMENTS } from '../../lib/survey/instrument'
import { WORK_TYPES } from '../../lib/core/work-types'
import { ownDemo, signIn } from './fixtures'

const demo = ownDemo('first-run')

// The "first run": a newly invited engineer has no profile, so home and the navigation lead
// to the survey until it is done; a resumed draft opens at its first unanswered section; a retake
// starts from the previous answers; the pulse thanks its sender; and beside the organisation switcher
// is the way to create another organisation.

const newcomer = { name: 'Nora Newcomer', email: `nora.${Date.now().toString(36)}@first-run.e2e.test` }

async function inviteAndJoin(owner: Page, browser: Browser): Promise<Page> {
  await owner.goto('/settings/invitations')
  await owner.getByLabel('E-mail').fill(newcomer.email)
  await owner.getByLabel('Role').selectOption({ label: 'Engineer' })
  await owner.getByRole('button', { name: 'Create invitation' }).click()
  const link = await owner.getByLabel('Invitation link (valid for 7 days, works once)').inputValue()
  const page = await (await browser.newContext()).newPage()
  await page.goto(new URL(link).pathname)
  await page.getByRole('link', { name: 'Create an account to join' }).click()
  await page.getByLabel('Your name').fill(newcomer.name)
  await page.getByLabel('Password').fill('first run password 2026')
  await page.getByRole('button', { name: 'Create account' }).click()
  await page.getByRole('button', { name: /^Join / }).click()
  await expect(page).not.toHaveURL(/\/invite\//)
  return page
}

const answer = (page: Page, name: string, value: string) => page.locator(`input[name="${name}"][value="${value}"]`).check()

test('a new engineer is led to the survey, resumes at the first unanswered section, and is thanked for the pulse', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000)
  await signIn(page, demo.owner)
  const engineer = await inviteAndJoin(page, browser)
  // On the Platform team, whose last two sprints ended recently: two pulses wait for the newcomer.
  await page.goto('/settings/teams')
  await page.getByLabel('Member to add to Platform').selectOption({ label: newcomer.name })
  await page.getByLabel('Member to add to Platform').locator('..').getByRole('button', { name: 'Add to team' }).click()
  await expect(page.getByLabel('Member to add to Platform').locator('option', { hasText: newcomer.name })).toHaveCount(0)

  // Joining lands on home, which leads to the survey; the navigation says it is to do.
  await expect(engineer).toHaveURL(/\/survey$/)
  const nav = engineer.getByRole('navigation', { name: 'Main' })
  await expect(nav.getByRole('link', { name: 'Survey to do' })).toBeVisible()
  await engineer.goto('/')
  await expect(engineer).toHaveURL(/\/survey$/)

  // Answer the first section only, let the draft save, come back: the survey opens at section 2.
  for (const s of STATEMENTS.filter((s) => s.section === 'focus-and-flow')) await answer(engineer, `answers.${s.id}`, '4')
  await expect(engineer.getByText('Draft saved. You can come back and finish later.')).toBeVisible()
  await engineer.reload()
  await expect(engineer.getByText('Welcome back')).toBeVisible()
  await expect(engineer.getByRole('heading', { name: '2. AI, tools and delegation' })).toBeFocused()

  for (const s of STATEMENTS.filter((s) => s.section !== 'focus-and-flow')) await answer(engineer, `answers.${s.id}`, '3')
  for (const type of WORK_TYPES) await answer(engineer, `workTypes.${type}`, 'neutral')
  await engineer.getByLabel('Preferred deep-work hours per day').fill('3')
  await engineer.getByLabel('Usual sprint capacity in hours').fill('44')
  await engineer.getByRole('button', { name: 'See my result' }).click()
  await expect(engineer).toHaveURL(/\/survey\/result$/)

  // Done: the navigation no longer asks, home is the engineer's sprint again.
  await expect(nav.getByRole('link', { name: 'Survey', exact: true })).toBeVisible()
  await expect(nav.getByText('to do')).toHaveCount(0)
  await engineer.goto('/')
  await expect(engineer).toHaveURL(/\/my-sprint$/)

  // A retake starts from the answers just given.
  await engineer.goto('/survey')
  await expect(engineer.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100')
  await expect(engineer.getByLabel('Usual sprint capacity in hours')).toHaveValue('44')

  // The pulse: sending one thanks the sender, and the thanks stay once the page has refreshed.
  await engineer.goto('/pulse')
  const card = engineer.locator('section', { has: engineer.getByRole('heading', { name: /^Platform · Sprint 24/ }) })
  for (const group of await card.locator('fieldset').all()) await group.getByRole('radio').first().check()
  await card.getByRole('button', { name: 'Send my pulse' }).click()
  await expect(card).toHaveCount(0)
  await expect(engineer.getByText('Thank you! Your pulse for Platform · Sprint 24 is in.')).toBeVisible()
  await expect(engineer.getByRole('heading', { name: /^Platform · Sprint 23/ })).toBeVisible()
  await engineer.context().close()

  // Another organisation is one click from the switcher, not a typed URL (creating one is accounts.spec's).
  await page.getByRole('link', { name: 'New organisation' }).click()
  await expect(page.getByRole('heading', { name: 'Create another organisation' })).toBeVisible()
  await expect(page.getByLabel('Organisation name')).toBeVisible()
})
