import { readFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { DEMO_PASSWORD, ownDemo } from './fixtures'

const demo = ownDemo('planner')

// The issue's acceptance journey: plan, explain, move with the keyboard, lock, re-plan, what-if,
// compare, publish, then the engineer's "My sprint" and focus-block calendar; then a move on the
// published version opens a draft the engineer does not see until it is published (decision 0055).

const SPRINT = 'Platform · Sprint 25'
const DOCS_ITEM = 'Write runbook for queue backlog alerts'
const ADA = 'Ada Okafor'

async function openPlanner(page: Page) {
  await page.goto('/sprints')
  await page.getByRole('link', { name: SPRINT }).click()
  await expect(page.getByRole('heading', { name: SPRINT })).toBeVisible()
  await page.goto(`${new URL(page.url()).pathname}/planner`)
  await expect(page.getByRole('heading', { name: `Planner · ${SPRINT}` })).toBeVisible()
}

/** Like fixtures' signIn, with room for a slow first request on a busy machine. */
async function signIn(page: Page, email: string) {
  await page.goto('/login')
  await page.getByLabel('E-mail').fill(email)
  await page.getByLabel('Password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 60_000 })
}

/**
 * The first `count` working days from today on, as a range of dates: inside the demo's current sprint,
 * which runs from three days before the seed for two weeks (ten working days, no holidays).
 */
function workingDaysFromToday(count: number) {
  const days: string[] = []
  for (let offset = 0; days.length < count; offset++) {
    const day = new Date(Date.now() + offset * 86_400_000)
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) days.push(day.toISOString().slice(0, 10))
  }
  return { start: days[0], end: days.at(-1)! }
}

const column = (page: Page, name: string) => page.getByRole('region', { name, exact: true })
const card = (page: Page, title: string) => page.getByRole('article', { name: title }).first()

test('a manager plans, adjusts, explains and publishes; the engineer sees My sprint', async ({ page, browser, baseURL }) => {
  test.setTimeout(300_000)
  await page.setViewportSize({ width: 1600, height: 1000 })
  await signIn(page, demo.manager)
  await openPlanner(page)

  // Plan.
  await page.getByRole('button', { name: 'Plan', exact: true }).click()
  await expect(page.getByTestId('plan-summary')).toContainText('Version 1')
  await expect(page.getByTestId('engineer-column')).toHaveCount(7)
  // The team's manager and lead have no working-style profile; they are not listed as "not planned".
  await expect(page.getByTestId('plan-summary')).not.toContainText('Maya Marquez')

  // Every card explains itself; the explanation is read from the server when first opened.
  const first = page.getByTestId('plan-card').first()
  await expect(first.locator('details li')).toHaveCount(0)
  await first.locator('summary').click()
  await expect(first.locator('details li').first()).toBeVisible()
  await expect(first.locator('details')).toContainText(/fit is \d\.\d\d/)

  // Move the documentation item with the keyboard. The "Assign to…" menu checks each choice at once:
  // a hard rule is refused in words; an allowed move states its objective change and warnings.
  const docs = card(page, DOCS_ITEM)
  await docs.getByRole('button', { name: 'Assign to…' }).focus()
  await page.keyboard.press('Enter')
  const select = docs.getByLabel(`Assign “${DOCS_ITEM}” to`)
  await expect(select).toBeFocused()
  const form = docs.locator('form')
  let target = ''
  for (const label of await select.locator('option').allTextContents()) {
    if (label === 'Choose…' || label === 'Unassigned') continue
    await select.selectOption({ label })
    await expect(form).toContainText(/Allowed\. Objective|Refused: /)
    if ((await form.textContent())?.includes('Allowed.')) {
      target = label
      break
    }
  }
  expect(target).not.toBe('')
  await expect(form).toContainText(/Warning: /)
  await docs.getByRole('button', { name: 'Move' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('move-feedback')).toContainText(`Moved “${DOCS_ITEM}” to ${target}`)
  await expect(page.getByTestId('move-feedback')).toContainText('Warning')
  const moved = column(page, target).getByRole('article', { name: DOCS_ITEM })
  await expect(moved).toBeVisible()
  await expect(moved).toBeFocused()

  // Lock it, then re-plan: the locked card stays with Ada and the summary counts the moves.
  await moved.getByRole('button', { name: 'Lock' }).click()
  await expect(page.getByTestId('move-feedback')).toContainText(`Locked “${DOCS_ITEM}”`)
  await page.getByRole('button', { name: 'Re-plan' }).click()
  await expect(page.getByTestId('plan-summary')).toContainText(/Version 2: Re-plan of version 1 — (No item had to move|\d+ items? moved)/)
  await expect(page.getByTestId('plan-summary')).toContainText('1 locked item kept their engineer.')
  await expect(column(page, target).getByRole('article', { name: DOCS_ITEM })).toContainText('Locked')

  // What if Ada takes three working days off (picked as dates): 6 h a day, so 42 h instead of 60 h.
  // The re-planned board and its diff are saved only on request, without recording the days off.
  await page.getByText('What if…').click()
  const off = workingDaysFromToday(3)
  await page.getByLabel(`First day off for ${ADA}`).fill(off.start)
  await page.getByLabel(`Last day off for ${ADA}`).fill(off.end)
  await page.getByRole('button', { name: 'Preview what-if' }).click()
  const whatIf = page.getByTestId('what-if-result')
  await expect(whatIf).toContainText(`${ADA} now has 42 h instead of 60 h.`)
  await expect(page.getByLabel('Also record these days off in availability')).not.toBeChecked()
  await expect(whatIf.getByTestId('plan-diff')).toContainText(/No item had to move|\d+ items? moved/)
  await expect(page.getByTestId('plan-summary')).toContainText('Version 2')
  await page.getByRole('button', { name: 'Save as new version' }).click()
  await expect(page.getByTestId('plan-summary')).toContainText('Version 3: Saved what-if of version 2')

  const axe = await new AxeBuilder({ page }).include('main').analyze()
  expect(
    axe.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`)
          .join(' | ')}`,
    ),
  ).toEqual([])

  // Screenshots of the board, light and dark: the README's own with DOCS_SCREENSHOTS=1, else the run's.
  const shot = (name: string) => (process.env.DOCS_SCREENSHOTS === '1' ? `docs/${name}` : test.info().outputPath(name))
  await page.screenshot({ path: shot('planner-light.png') })
  await page.context().addCookies([{ name: 'theme', value: 'dark', url: baseURL! }])
  await page.reload()
  await expect(page.getByTestId('engineer-column')).toHaveCount(7)
  await page.screenshot({ path: shot('planner-dark.png') })
  await page.context().addCookies([{ name: 'theme', value: 'light', url: baseURL! }])

  // Drag and drop a card to the Unassigned lane; its explanation then gives the hand move's reasons.
  // The last engineer's column sits next to the lane, so both are on screen for the drag.
  const lane = page.getByTestId('unassigned-lane')
  await lane.scrollIntoViewIfNeeded()
  const dragged = page
    .getByTestId('engineer-column')
    .last()
    .getByTestId('plan-card')
    .filter({ hasNotText: /Locked|Pinned/ })
    .first()
  const draggedTitle = (await dragged.locator('h3').textContent())!
  await dragged.hover()
  await page.mouse.down()
  // HTML5 drag events need more than one mouse move: the first starts the drag, later ones enter the lane.
  await lane.hover({ position: { x: 20, y: 20 } })
  await lane.hover({ position: { x: 30, y: 30 } })
  await expect(lane).toContainText('Drop allowed')
  await lane.hover({ position: { x: 40, y: 40 } })
  await page.mouse.up()
  await expect(page.getByTestId('move-feedback')).toContainText(`Moved “${draggedTitle}” to Unassigned`)
  const unassigned = lane.getByRole('article', { name: draggedTitle })
  await unassigned.getByText('Why unassigned?').click()
  await expect(unassigned.locator('details li').first()).toContainText('Taken off the plan by hand by')

  // Compare versions 2 and 3.
  await page.getByRole('link', { name: 'Compare versions' }).click()
  await expect(page.getByRole('heading', { name: 'Version 2 → version 3' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Balance changes' })).toContainText(ADA)
  await page.getByRole('link', { name: 'Back to the planner' }).click()

  // CSV export of the version on screen, through the one plan export.
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export CSV' }).click()])
  expect(csv.suggestedFilename()).toMatch(/^plan-.+-v3-\d{4}-\d{2}-\d{2}\.csv$/)
  expect((await readFile((await csv.path())!, 'utf8')).split('\r\n')[0]).toBe(
    'item_id,key,title,type,hours,priority,engineer_id,engineer,mode,fit,value,locked,reasons',
  )

  // Take one of Ada's items off the plan before publishing; she gets it back on the published version below.
  const taken = column(page, ADA)
    .getByTestId('plan-card')
    .filter({ hasNotText: /Locked|Pinned/ })
    .first()
  const takenTitle = (await taken.locator('h3').textContent())!
  await taken.getByRole('button', { name: 'Assign to…' }).click()
  await taken.getByLabel(`Assign “${takenTitle}” to`).selectOption({ label: 'Unassigned' })
  await expect(taken.locator('form')).toContainText('Allowed. Objective')
  await taken.getByRole('button', { name: 'Move' }).click()
  await expect(page.getByTestId('move-feedback')).toContainText(`Moved “${takenTitle}” to Unassigned`)
  await expect(page.getByTestId('plan-status')).toContainText('Version 3 · Draft')

  // Publish.
  await page.getByRole('button', { name: 'Publish' }).click()
  await expect(page.getByTestId('plan-status')).toContainText('Version 3 · Published')

  // The engineer's view.
  const context = await browser.newContext()
  const mine = await context.newPage()
  await signIn(mine, demo.engineer)
  await mine.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My sprint' }).click()
  await expect(mine.getByRole('heading', { name: `My sprint · ${SPRINT}` })).toBeVisible()
  await expect(mine.getByText('Block uninterrupted focus time')).toBeVisible()
  await expect(mine.getByTestId('deep-work')).toContainText(/\d+% of your sprint is deep work/)
  await expect(mine.getByRole('heading', { name: /Deep craft: protect your focus/ })).toBeVisible()
  expect((await new AxeBuilder({ page: mine }).analyze()).violations).toEqual([])
  const [ics] = await Promise.all([
    mine.waitForEvent('download'),
    mine.getByRole('link', { name: 'Download suggested focus blocks (.ics)' }).click(),
  ])
  const text = await readFile((await ics.path())!, 'utf8')
  expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true)
  const unfolded = text.replace(/\r\n /g, '')
  const events = unfolded.split('BEGIN:VEVENT').slice(1)
  expect(events.length).toBeGreaterThan(0)
  for (const event of events) {
    expect(event).toMatch(/\r\nUID:[^\r]+@plural\r\n/)
    expect(event).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/)
    const start = /DTSTART:(\d{8})T(\d{2})/.exec(event)!
    const end = /DTEND:(\d{8})T(\d{2})(\d{2})/.exec(event)!
    expect(Number(end[2]) + Number(end[3]) / 60 - Number(start[2])).toBeGreaterThanOrEqual(2)
    const day = new Date(`${start[1].slice(0, 4)}-${start[1].slice(4, 6)}-${start[1].slice(6)}T12:00:00Z`).getUTCDay()
    expect([0, 6]).not.toContain(day)
  }
  await expect(mine.getByText(/planned in version \d+/)).toContainText('planned in version 3')

  // Published means published: giving Ada back the item taken off her before publishing (a move the
  // plan had allowed) opens draft v4, and Ada keeps seeing version 3 until it is published.
  const offered = page.getByTestId('unassigned-lane').getByRole('article', { name: takenTitle, exact: true })
  await offered.getByRole('button', { name: 'Assign to…' }).click()
  await offered.getByLabel(`Assign “${takenTitle}” to`).selectOption({ label: ADA })
  await expect(offered.locator('form')).toContainText('Allowed. Objective')
  await offered.getByRole('button', { name: 'Move' }).click()
  await expect(page.getByTestId('move-feedback')).toContainText(`Moved “${takenTitle}” to ${ADA}`)
  await expect(page.getByTestId('plan-status')).toContainText('Version 4 · Draft')
  await expect(page.getByTestId('draft-banner')).toContainText('Draft v4, based on published v3: 1 change not yet published')
  await expect(page.getByRole('region', { name: 'Plan versions' })).toContainText('Version 4 · Draft · based on v3')
  await expect(page.getByRole('region', { name: 'Plan versions' })).toContainText('Version 3 · Published')
  await mine.reload()
  await expect(mine.getByText(/planned in version \d+/)).toContainText('planned in version 3')
  await expect(mine.getByTestId('plan-changes')).toHaveCount(0)

  // Re-publish: Ada is told once, and My sprint says what changed since she last looked until "Got it".
  await page.getByRole('button', { name: 'Publish' }).click()
  await expect(page.getByTestId('plan-status')).toContainText('Version 4 · Published')
  await mine.reload()
  await expect(mine.getByText(/planned in version \d+/)).toContainText('planned in version 4')
  await expect(mine.getByRole('region', { name: /For you/ })).toContainText('plan v4 is published: 1 item added for you')
  const changes = mine.getByTestId('plan-changes')
  await expect(changes.getByRole('heading')).toHaveText(/changed since you last looked: \+1 item$/i)
  await expect(changes).toContainText(`Added: ${takenTitle}`)
  expect((await new AxeBuilder({ page: mine }).analyze()).violations).toEqual([])
  await changes.getByRole('button', { name: 'Got it' }).click()
  await expect(changes).toHaveCount(0)
  await mine.reload()
  await expect(mine.getByText(/planned in version \d+/)).toContainText('planned in version 4')
  await expect(mine.getByTestId('plan-changes')).toHaveCount(0)
  await context.close()
})

test('an engineer cannot open the planner', async ({ page }) => {
  await signIn(page, demo.engineer)
  await page.goto('/sprints/unknown/planner')
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  await expect(page.getByText('Planner ·')).toHaveCount(0)
})
