import { expect, test, type Locator, type Page } from '@playwright/test'
import { ownDemo, signIn } from './fixtures'

// A refused submit keeps what was typed and names the field by its label; the form states the server's
// rules too, so each test first checks the rule is in the HTML and then switches the browser's check off
// (noValidate) to reach the server, which stays the authority.

const demo = ownDemo('forms')

/** Submits the button's form without the browser's constraint check, as a script or an old browser would. */
async function submitPastTheBrowser(button: Locator) {
  await button.evaluate((element: HTMLButtonElement) => {
    if (element.form) element.form.noValidate = true
  })
  await button.click()
}

/** The form's error box (Alert spells its tone out: "Error: …"). */
const refusal = (page: Page) => page.getByRole('alert').filter({ hasText: /^Error: / })

test('sign-up refused for a short password keeps the name and e-mail and names "Password"', async ({ page }) => {
  await page.goto('/signup')
  await page.getByLabel('Your name').fill('Fiona Forms')
  await page.getByLabel('E-mail').fill('fiona.forms@e2e.test')
  await page.getByLabel('Password').fill('short')
  await expect(page.getByLabel('Password')).toHaveAttribute('minlength', '10')
  await submitPastTheBrowser(page.getByRole('button', { name: 'Create account' }))

  await expect(refusal(page)).toHaveText('Error: Password must be at least 10 characters')
  await expect(page.getByLabel('Your name')).toHaveValue('Fiona Forms')
  await expect(page.getByLabel('E-mail')).toHaveValue('fiona.forms@e2e.test')
})

test('a sprint ending before it starts, then a second active sprint, are refused with the typed values kept', async ({ page }) => {
  await signIn(page, demo.manager)
  await page.goto('/sprints/new')
  await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Platform' })
  await page.getByLabel('Name', { exact: true }).fill('Forms sprint')
  await page.getByLabel('Start date').fill('2027-03-10')
  await page.getByLabel('End date').fill('2027-03-01')
  await expect(page.getByLabel('End date')).toHaveAttribute('min', '2027-03-10')
  const create = page.getByRole('button', { name: 'Create sprint' })
  await submitPastTheBrowser(create)

  await expect(refusal(page)).toHaveText('Error: End date must be on or after the start date')
  await expect(page.getByLabel('Team', { exact: true }).locator('option:checked')).toHaveText('Platform')
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Forms sprint')
  await expect(page.getByLabel('Start date')).toHaveValue('2027-03-10')
  await expect(page.getByLabel('End date')).toHaveValue('2027-03-01')

  // The demo's Platform team already runs Sprint 25.
  await page.getByLabel('End date').fill('2027-03-21')
  await page.getByLabel('Status').selectOption({ label: 'Active' })
  await create.click()
  await expect(refusal(page)).toContainText('Error: Platform already has an active sprint')
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Forms sprint')
  await expect(page.getByLabel('End date')).toHaveValue('2027-03-21')
  await expect(page.getByLabel('Status')).toHaveValue('ACTIVE')
})

test('a refused work item keeps every field, the controlled ones and the others', async ({ page }) => {
  await signIn(page, demo.manager)
  await page.goto('/work-items/new')
  await page.getByLabel('Title').fill('ab')
  await page.getByLabel('Work type').selectOption({ label: 'Documentation' })
  await page.getByLabel('Hours').fill('3')
  await page.getByLabel('Labels').fill('docs, forms')
  await expect(page.getByLabel('Title')).toHaveAttribute('minlength', '3')
  await submitPastTheBrowser(page.getByRole('button', { name: 'Create work item' }))

  await expect(refusal(page)).toHaveText('Error: Title must be at least 3 characters')
  await expect(page.getByLabel('Title')).toHaveValue('ab')
  await expect(page.getByLabel('Work type')).toHaveValue('DOCUMENTATION')
  await expect(page.getByLabel('Hours')).toHaveValue('3')
  await expect(page.getByLabel('Labels')).toHaveValue('docs, forms')
})

test('the privacy threshold names its label; a policy row needs a reason', async ({ page }) => {
  await signIn(page, demo.owner)
  await page.goto('/settings/privacy')
  const threshold = page.getByLabel('Smallest group shown (people)')
  await threshold.fill('2')
  await expect(threshold).toHaveAttribute('min', '3')
  await submitPastTheBrowser(page.getByRole('button', { name: 'Save threshold' }))
  await expect(refusal(page)).toContainText('Error: Smallest group shown (people): The threshold cannot be below 3 people')
  await expect(threshold).toHaveValue('2')

  await page.goto('/settings/policy')
  await page.getByLabel('Mode for Boilerplate').selectOption('craft')
  const reason = page.getByLabel('Reason for Code review')
  await reason.fill('')
  const save = page.getByRole('button', { name: 'Save policy' })
  await save.click()
  // The browser refuses first: the reason is required in the form too.
  expect(await reason.evaluate((element: HTMLTextAreaElement) => element.validity.valueMissing)).toBe(true)
  await submitPastTheBrowser(save)
  await expect(refusal(page)).toHaveText('Error: Enter the reason for Code review')
  await expect(reason).toHaveAttribute('aria-invalid', 'true')
  await expect(reason).toHaveAccessibleDescription('Enter the reason for Code review')
  await expect(page.getByLabel('Mode for Boilerplate')).toHaveValue('craft')
  await expect(reason).toHaveValue('')
})

test('the survey error summary speaks in the answers’ words', async ({ page }) => {
  // The owner has never answered: an engineer's retake would start from their previous, complete answers.
  await signIn(page, demo.owner)
  await page.goto('/survey')
  await page.getByRole('button', { name: 'See my result' }).click()
  const summary = page.getByRole('alert').filter({ hasText: 'Almost there' })
  await expect(summary.getByRole('link').first()).toContainText('choose Strongly disagree, Disagree, Neither, Agree or Strongly agree')
  await expect(summary).not.toContainText('a number from')
})
