import { readFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { ownDemo, signIn } from './fixtures'

const demo = ownDemo('availability')

// The acceptance journey for dated availability: the manager gives Ada two dated days off;
// her capacity drops by two working days, her focus-block calendar has no block on those dates, and
// the lead's dashboard shows the lower capacity. The demo's current sprint runs from three days
// before the seed for two weeks: ten working days, no holidays, Ada at 6 h a day (60 h).

const SPRINT = 'Platform · Sprint 25'
const ADA = 'Ada Okafor'

/** The next two working days from today on (a weekend between them costs nothing). */
function twoWorkingDays() {
  const days: string[] = []
  for (let offset = 0; days.length < 2; offset++) {
    const day = new Date(Date.now() + offset * 86_400_000)
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) days.push(day.toISOString().slice(0, 10))
  }
  return { start: days[0], end: days[1] }
}

async function openSprint(page: Page) {
  await page.goto('/sprints')
  await page.getByRole('link', { name: SPRINT }).click()
  await expect(page.getByRole('heading', { name: SPRINT })).toBeVisible()
}

test('two dated days off lower capacity, keep focus blocks off those dates and show on the dashboards', async ({ page, browser }) => {
  test.setTimeout(300_000)
  const off = twoWorkingDays()
  await signIn(page, demo.manager)
  await openSprint(page)
  const sprintPath = new URL(page.url()).pathname
  await page.getByRole('link', { name: 'Availability' }).click()
  const ada = page.getByRole('row', { name: new RegExp(ADA) })
  await expect(ada).toContainText('10 working days = 10 days × 6 h = 60 h')

  await page.getByLabel(`First day off for ${ADA}`).fill(off.start)
  await page.getByLabel(`Last day off for ${ADA}`).fill(off.end)
  await page.getByLabel(`Reason for ${ADA}’s days off`).fill('Moving house')
  await page.getByRole('button', { name: `Add days off for ${ADA}` }).click()
  await expect(ada).toContainText('10 working days − 2 days off = 8 days × 6 h = 48 h')
  await expect(page.getByRole('list', { name: `Days off for ${ADA}` })).toContainText('Moving house')
  expect((await new AxeBuilder({ page }).include('main').analyze()).violations).toEqual([])

  // Plan and publish, so Ada has a published plan and focus blocks.
  await page.goto(`${sprintPath}/planner`)
  await page.getByRole('button', { name: 'Plan', exact: true }).click()
  await expect(page.getByTestId('plan-summary')).toContainText('Version 1')
  await page.getByRole('button', { name: 'Publish' }).click()
  await expect(page.getByTestId('plan-status')).toContainText('Published')

  // Ada sees her capacity and the dates, never the reason; her .ics books nothing on them.
  const context = await browser.newContext()
  const mine = await context.newPage()
  await signIn(mine, demo.engineer)
  await mine.goto('/my-sprint')
  await expect(mine.getByTestId('my-capacity')).toContainText('− 2 days off = 8 days × 6 h = 48 h')
  await expect(mine.getByText(`Days off: ${off.start} to ${off.end}.`)).toBeVisible()
  await expect(mine.getByText('Moving house')).toHaveCount(0)
  const [ics] = await Promise.all([
    mine.waitForEvent('download'),
    mine.getByRole('link', { name: 'Download suggested focus blocks (.ics)' }).click(),
  ])
  const starts = [...(await readFile((await ics.path())!, 'utf8')).matchAll(/DTSTART:(\d{4})(\d{2})(\d{2})T/g)].map(
    ([, y, m, d]) => `${y}-${m}-${d}`,
  )
  expect(starts.length).toBeGreaterThan(0)
  for (const day of starts) {
    expect(day < off.start || day > off.end).toBe(true)
    expect([0, 6]).not.toContain(new Date(`${day}T12:00:00Z`).getUTCDay())
  }
  await context.close()

  // The lead's dashboard reads the same capacity, and no reason.
  const leadContext = await browser.newContext()
  const lead = await leadContext.newPage()
  await signIn(lead, demo.lead)
  await lead.goto('/dashboard')
  await lead.getByRole('navigation', { name: 'Team dashboards' }).getByRole('link', { name: 'Platform dashboard' }).click()
  // The organisation's deep-work section has a per-team table too: wait until the team's page has replaced it.
  await expect(lead.getByRole('heading', { level: 1, name: 'Team balance · Platform' })).toBeVisible()
  const deepWork = lead.getByRole('region', { name: 'Deep-work protection', exact: true })
  await deepWork.getByText('Data table').click()
  await expect(deepWork.getByRole('row', { name: new RegExp(ADA) })).toContainText('48')
  await expect(lead.getByText('Moving house')).toHaveCount(0)
  await leadContext.close()
})
