import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { ownDemo, signIn } from './fixtures'

const demo = ownDemo('bulk-chores')

// The "bulk chores": the whole team's availability in one table with one Save (a refusal
// names the person and the field, keeps every typed value and writes nothing), and the work-item
// bulk edit setting status and labels. The demo's current Platform sprint gives everyone 6 h a day.

test('the team’s availability is one table with one Save, all or nothing', async ({ page }) => {
  await signIn(page, demo.manager)
  await page.goto('/sprints')
  await page.getByRole('link', { name: 'Platform · Sprint 25' }).click()
  await page.getByRole('link', { name: 'Availability' }).click()
  const hours = (name: string) => page.getByLabel(`Hours per day for ${name}`)

  await hours('Ada Okafor').fill('5')
  await page.getByLabel('Override hours for Linus Berg').fill('20')
  await hours('Grace Ho').fill('30')
  await page.getByRole('button', { name: 'Save availability' }).click()
  const refusal = page.getByRole('alert').filter({ hasText: 'Nothing was saved' })
  await expect(refusal).toContainText('Nothing was saved: 2 values need a fix.')
  await expect(refusal).toContainText('Linus Berg, override reason: Enter the override reason')
  await expect(refusal).toContainText('Grace Ho, hours per day: The hours per day is at most 24')
  await expect(hours('Grace Ho')).toHaveAccessibleDescription(/Grace Ho, hours per day/)
  await expect(hours('Ada Okafor')).toHaveValue('5')
  await expect(page.getByLabel('Override hours for Linus Berg')).toHaveValue('20')
  await page.reload()
  await expect(hours('Ada Okafor')).toHaveValue('6')

  await hours('Ada Okafor').fill('5')
  await page.getByLabel('Override hours for Linus Berg').fill('20')
  await page.getByLabel('Override reason for Linus Berg').fill('On call all sprint')
  await page.getByRole('button', { name: 'Save availability' }).click()
  await expect(page.getByText('Saved availability for the team (2 changed).')).toBeVisible()
  await expect(page.getByRole('row', { name: /Ada Okafor/ })).toContainText('× 5 h = 50 h')
  await expect(page.getByRole('row', { name: /Linus Berg/ })).toContainText('overridden to 20 h')
  await expect(page.getByText('it does not wait for the table’s Save')).toBeVisible()

  // Days off stay per-person ranges; a refused range keeps what was typed.
  const first = page.getByLabel('First day off for Ken Adams')
  const [start, end] = [(await first.getAttribute('min'))!, (await first.getAttribute('max'))!]
  await first.fill(end)
  await page.getByLabel('Last day off for Ken Adams').fill(start)
  await page.getByLabel('Reason for Ken Adams’s days off').fill('Conference')
  await page.getByRole('button', { name: 'Add days off for Ken Adams' }).click()
  await expect(page.getByText('The last day off must be on or after the first').first()).toBeVisible()
  await expect(first).toHaveValue(end)
  await expect(page.getByLabel('Reason for Ken Adams’s days off')).toHaveValue('Conference')
  expect((await new AxeBuilder({ page }).include('main').analyze()).violations).toEqual([])
})

test('bulk edit sets the status and the labels of the selected items', async ({ page }) => {
  await signIn(page, demo.manager)
  await page.goto('/work-items')
  const rows = page.locator('tbody tr')
  const titles = await rows.locator('td a').evaluateAll((links) => links.slice(0, 2).map((a) => a.textContent ?? ''))
  expect(titles).toHaveLength(2)
  for (const title of titles) await page.getByRole('checkbox', { name: `Select “${title}”` }).check()
  const bar = page.getByRole('region', { name: 'Bulk actions' })
  await bar.getByLabel('Status').selectOption({ label: 'In progress' })
  await bar.getByRole('button', { name: 'Set status' }).click()
  await expect(page.getByText('Updated 2 items.')).toBeVisible()

  for (const title of titles) await page.getByRole('checkbox', { name: `Select “${title}”` }).check()
  await bar.getByLabel('Labels, separated by commas').fill('bulk-chore, triaged')
  await bar.getByRole('button', { name: 'Add labels' }).click()
  await expect(page.getByText('Updated 2 items.')).toBeVisible()
  for (const title of titles) {
    const row = page.getByRole('row', { name: new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
    await expect(row).toContainText('In progress')
    await expect(row).toContainText('bulk-chore, triaged')
  }

  for (const title of titles) await page.getByRole('checkbox', { name: `Select “${title}”` }).check()
  await bar.getByLabel('Labels, separated by commas').fill('triaged')
  await bar.getByRole('button', { name: 'Remove labels' }).click()
  await expect(page.getByText('Updated 2 items.')).toBeVisible()
  await expect(page.getByText('triaged')).toHaveCount(0)
})
