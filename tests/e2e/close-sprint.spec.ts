import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { PLATFORM_CURRENT } from '../../prisma/seed/demo-data'
import { ownDemo, signIn } from './fixtures'

// Closing keeps the sprint's history (decision 0056): the demo's active Platform sprint is closed with
// its seven items in progress and three more not delivered; the other 34 stay in it as Done.

const demo = ownDemo('close-sprint')
const SPRINT = 'Platform · Sprint 25'
const NEXT = 'Platform · Sprint 26'
// The seed puts every seventh item of the sprint in progress, the rest to do.
const inProgress = PLATFORM_CURRENT.filter((_, i) => i % 7 === 0)
const alsoMissed = [PLATFORM_CURRENT[40], PLATFORM_CURRENT[41], PLATFORM_CURRENT[43]]
const hoursOf = (items: typeof PLATFORM_CURRENT) => items.reduce((sum, [, , hours]) => sum + hours, 0)
const movedHours = hoursOf([...inProgress, ...alsoMissed])
const deliveredHours = hoursOf(PLATFORM_CURRENT) - movedHours
const delivered = PLATFORM_CURRENT.length - 10

test('the manager closes a sprint: delivered items stay with their hours, the rest move to the next sprint, the trend keeps the figures', async ({
  page,
}) => {
  test.setTimeout(180_000)
  await signIn(page, demo.manager)
  await page.goto('/sprints/new')
  await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Platform' })
  await page.getByLabel('Name', { exact: true }).fill(NEXT)
  await page.getByRole('button', { name: 'Create sprint' }).click()
  await expect(page.getByRole('heading', { level: 1, name: NEXT })).toBeVisible()

  await page.goto('/sprints')
  await page.getByRole('link', { name: SPRINT }).click()
  await page.getByRole('link', { name: 'Close sprint' }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Close ${SPRINT}` })).toBeVisible()
  const summary = page.getByRole('status').filter({ hasText: 'delivered (' })
  await expect(summary).toHaveText(`0 delivered (0 h) · 0 not delivered · ${PLATFORM_CURRENT.length} without a delivery`)

  // Mark every shown row on time, then the exceptions: the rows in progress in bulk, three more one by one.
  await page.getByLabel('Set delivery for all shown rows').selectOption({ label: 'On time' })
  await page.getByRole('button', { name: `Apply to ${PLATFORM_CURRENT.length} shown rows` }).click()
  await page.getByLabel('Show', { exact: true }).selectOption({ label: 'In progress' })
  await expect(page.getByRole('table', { name: /Delivery of each item/ })).toHaveAccessibleName(/7 of 44 shown/)
  await page.getByLabel('Set delivery for all shown rows').selectOption({ label: 'Not delivered' })
  await page.getByRole('button', { name: 'Apply to 7 shown rows' }).click()
  await page.getByLabel('Show', { exact: true }).selectOption({ label: 'All items' })
  for (const [title] of alsoMissed) await page.getByLabel(`Delivery of ${title}`, { exact: true }).selectOption({ label: 'Not delivered' })
  await expect(page.getByLabel(`Move ${alsoMissed[0][0]} to`, { exact: true })).toHaveValue(/.+/)
  await expect(summary).toHaveText(`${delivered} delivered (${deliveredHours} h) · 10 not delivered → ${NEXT}`)
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])

  await page.getByRole('button', { name: 'Review and close sprint' }).click()
  const dialog = page.getByRole('dialog', { name: `Close ${SPRINT}?` })
  await expect(dialog).toContainText(`${delivered} delivered (${deliveredHours} h) · 10 not delivered → ${NEXT}`)
  await dialog.getByRole('button', { name: 'Close sprint' }).click()

  // The closed sprint lists its delivered items and hours, and says where the rest went.
  await expect(page.getByRole('heading', { level: 1, name: SPRINT })).toBeVisible()
  await expect(page.getByText(`Closed · ${delivered} items, ${deliveredHours} h`)).toBeVisible()
  await expect(page.getByText(`Closed with ${delivered} items delivered (${delivered} on time, 0 late)`)).toBeVisible()
  await expect(page.getByText('10 not delivered items moved on: 10 to')).toBeVisible()
  await expect(page.getByRole('table', { name: `Work items in ${SPRINT}` }).getByRole('row')).toHaveCount(delivered + 1)
  await expect(page.getByRole('link', { name: inProgress[0][0] })).toHaveCount(0)

  await page.getByRole('link', { name: NEXT }).click()
  await expect(page.getByRole('heading', { level: 1, name: NEXT })).toBeVisible()
  await expect(page.getByText(`10 items, ${movedHours} h`)).toBeVisible()
  await expect(page.getByRole('link', { name: inProgress[0][0] })).toBeVisible()

  // The team trend keeps the closed sprint's delivered work (its last column).
  await page.goto('/dashboard')
  await page.getByRole('navigation', { name: 'Team dashboards' }).getByRole('link', { name: 'Platform dashboard' }).click()
  // The organisation's dashboard has a Trends section too: wait until the team's has replaced it.
  await expect(page.getByRole('heading', { level: 1, name: 'Team balance · Platform' })).toBeVisible()
  const trends = page.getByRole('region', { name: 'Trends', exact: true })
  await trends.locator('summary').filter({ hasText: 'Trends over the last' }).click()
  const row = trends.getByRole('table', { name: /Trends over the last/ }).getByRole('row', { name: new RegExp(`^${SPRINT}`) })
  await expect(row.getByRole('cell').last()).toHaveText(String(deliveredHours))
})
