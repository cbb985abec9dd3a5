import { expect, test, type Locator, type Page } from '@playwright/test'
import pg from 'pg'
import { ownDemo, signIn } from './fixtures'

const demo = ownDemo('screens')

// The engineer's pages on a 390 px phone: nothing scrolls sideways and every tap lands where it aims
// (WCAG 2.2, 2.5.8 target size minimum).

const PHONE = { width: 390, height: 844 }

/** Each page of the engineer's with a heading it shows once its content is there (My sprint: a published plan's). */
const ENGINEER_PAGES = {
  '/survey': 'How do you like to work?',
  '/survey/result': 'Your working-style result',
  '/pulse': 'Sprint pulse',
  '/my-sprint': 'Your balance',
  '/settings': 'Settings',
}

/**
 * The page's targets (links, buttons, form fields, disclosure summaries) that fail 2.5.8: smaller than
 * 24 px in either direction and so close that a 24 px circle centred on them meets another target (or
 * the circle of another small one). Links inside a sentence are exempt, as the criterion allows, and so
 * are the visually hidden ones (the skip link until it has focus).
 */
async function crowdedTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const MIN = 24
    const inSentence = (element: HTMLElement) =>
      getComputedStyle(element).display === 'inline' &&
      (element.parentElement?.textContent ?? '').trim().length > (element.textContent ?? '').trim().length
    const targets = [...document.querySelectorAll<HTMLElement>('a[href], button, input:not([type=hidden]), select, textarea, summary')]
      .filter((element) => element.getClientRects().length > 0 && !inSentence(element))
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 1 && box.height > 1)
    const name = (element: HTMLElement) =>
      `${element.tagName.toLowerCase()} "${(element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 40)}"`
    const small = (box: DOMRect) => box.width < MIN || box.height < MIN
    const centre = (box: DOMRect) => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 })
    const circleMeetsBox = (at: { x: number; y: number }, box: DOMRect) => {
      const dx = at.x - Math.max(box.left, Math.min(at.x, box.right))
      const dy = at.y - Math.max(box.top, Math.min(at.y, box.bottom))
      return dx * dx + dy * dy < (MIN / 2) ** 2
    }
    const problems: string[] = []
    for (const target of targets) {
      if (!small(target.box)) continue
      const at = centre(target.box)
      for (const other of targets) {
        if (other === target || other.element.contains(target.element) || target.element.contains(other.element)) continue
        const there = centre(other.box)
        const tooClose = circleMeetsBox(at, other.box) || (small(other.box) && Math.hypot(at.x - there.x, at.y - there.y) < MIN)
        if (tooClose)
          problems.push(
            `${name(target.element)} (${Math.round(target.box.width)}×${Math.round(target.box.height)}) crowds ${name(other.element)}`,
          )
      }
    }
    return problems
  })
}

/** What sticks out past the right edge of the viewport, to say why a page scrolls sideways. */
const overflowing = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className} (${Math.round(element.getBoundingClientRect().right)} px)`),
  )

/** Boxes that scroll sideways but cannot be reached with the keyboard or have no name for screen readers. */
const unreachableScrollers = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main *')]
      .filter(
        (element) => element.scrollWidth > element.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(element).overflowX),
      )
      .filter((element) => element.tabIndex < 0 || element.getAttribute('role') !== 'region' || !element.getAttribute('aria-label'))
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
  )

/**
 * Opens `path` and, once `heading` is shown, checks that the document is no wider than the phone (naming
 * what sticks out if it is) and that whatever scrolls sideways inside it is a labelled region the
 * keyboard can scroll.
 */
async function expectNoSidewaysScroll(page: Page, path: string, heading: string | RegExp = /./) {
  await page.goto(path)
  await expect(page.getByRole('heading', { name: heading }).first()).toBeVisible()
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  const sticksOut = width > PHONE.width ? await overflowing(page) : []
  expect.soft(width, `${path} is ${width} px wide: ${sticksOut.join(', ')}`).toBeLessThanOrEqual(PHONE.width)
  expect.soft(await unreachableScrollers(page), `${path} scrolls sideways where the keyboard cannot`).toEqual([])
}

const WIDE = { width: 1600, height: 1000 }
const SPRINT = 'Platform · Sprint 25'

/**
 * Three more engineers with profiles in this spec's Platform team, which then has ten: the team a
 * compact board must fit on a 1600 px screen. Returns the id of the team's current sprint.
 */
async function growPlatformToTen(): Promise<string> {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await db.connect()
  try {
    const {
      rows: [sprint],
    } = await db.query(
      `SELECT s.id, s."teamId", s."organizationId" FROM "Sprint" s JOIN "Organization" o ON o.id = s."organizationId" WHERE o.slug = $1 AND s.name = $2`,
      [demo.slug, SPRINT],
    )
    for (const [index, mode] of (['craft', 'orchestration', 'hybrid'] as const).entries()) {
      const email = `extra-${index + 1}@${demo.engineer.split('@')[1]}`
      await db.query(
        `WITH u AS (INSERT INTO "User" (id, email, name) VALUES (gen_random_uuid()::text, $3, $4) RETURNING id),
              m AS (INSERT INTO "Membership" (id, "organizationId", "userId", role) SELECT gen_random_uuid()::text, $1, u.id, 'ENGINEER' FROM u RETURNING id),
              t AS (INSERT INTO "TeamMember" ("organizationId", "teamId", "membershipId") SELECT $1, $2, m.id FROM m)
         INSERT INTO "EngineerProfile" (id, "organizationId", "membershipId", "primaryType", "affinityOrchestration", "affinityCraft", "affinityHybrid", "updatedAt")
         SELECT gen_random_uuid()::text, $1, m.id, $5::"Mode", 60, 60, 60, now() FROM m`,
        [sprint.organizationId, sprint.teamId, email, `Extra Engineer ${index + 1}`, mode],
      )
    }
    return sprint.id
  } finally {
    await db.end()
  }
}

/** The lane's box lies within the viewport's width. */
async function expectOnScreen(lane: Locator, label: string) {
  const box = (await lane.boundingBox())!
  expect(box.x, `${label} starts on screen`).toBeGreaterThanOrEqual(0)
  expect(box.x + box.width, `${label} ends on screen`).toBeLessThanOrEqual(WIDE.width)
}

let sprintId = ''

// One setup for both screens: the ten-person team, and a published plan, so My sprint has a sprint to show.
test.beforeAll(async ({ browser }, testInfo) => {
  testInfo.setTimeout(120_000)
  sprintId = await growPlatformToTen()
  const page = await browser.newPage()
  await signIn(page, demo.manager)
  await page.goto(`/sprints/${sprintId}/planner`)
  await page.getByRole('button', { name: 'Plan', exact: true }).click()
  await expect(page.getByTestId('plan-summary')).toContainText('Version 1')
  await page.getByRole('button', { name: 'Publish' }).click()
  await expect(page.getByTestId('plan-status')).toContainText('Version 1 · Published')
  await page.close()
})

test('the engineer’s pages fit a 390 px phone without sideways scrolling, with targets far enough apart to tap', async ({ page }) => {
  test.setTimeout(120_000)
  await page.setViewportSize(PHONE)
  await signIn(page, demo.engineer)
  for (const [path, heading] of Object.entries(ENGINEER_PAGES)) {
    await expectNoSidewaysScroll(page, path, heading)
    expect.soft(await crowdedTargets(page), `${path} has targets too close to tap`).toEqual([])
  }

  // A tap at the middle of "Delete my raw answers" (the page is still the result) opens it, not the table above.
  const summary = page.getByText('Delete my raw answers', { exact: true })
  await page.goto('/survey/result')
  await summary.scrollIntoViewIfNeeded()
  const box = (await summary.boundingBox())!
  expect(box.height).toBeGreaterThanOrEqual(24)
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
  await expect(page.getByRole('button', { name: 'Yes, delete my raw answers' })).toBeVisible()
})

test('list pages of the other roles fit a 390 px phone too: wide tables scroll inside a labelled region', async ({ page }) => {
  await page.setViewportSize(PHONE)
  await signIn(page, demo.admin)
  for (const path of ['/sprints', '/team', '/settings/members', '/settings/audit']) await expectNoSidewaysScroll(page, path)
})

test('on a 1600 px screen the board uses the width, keeps Unassigned in view and, compact, fits a ten-person team', async ({ page }) => {
  await page.setViewportSize(WIDE)
  await signIn(page, demo.manager)
  await page.goto(`/sprints/${sprintId}/planner`)
  const columns = page.getByTestId('engineer-column')
  const lane = page.getByTestId('unassigned-lane')
  const board = page.getByRole('region', { name: /^Plan board/ })
  await expect(columns).toHaveCount(10)

  // Comfortable, the default: the board spans the screen, scrolls sideways, and Unassigned stays in view.
  const density = page.getByRole('group', { name: 'Board density' })
  await expect(density.getByRole('radio', { name: 'Comfortable' })).toBeChecked()
  expect((await board.boundingBox())!.width).toBeGreaterThan(WIDE.width - 100)
  expect(await board.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true)
  await expectOnScreen(lane, 'Unassigned')
  // The row keeps room for the lane at its end: a card scrolled just into view (as some browsers do for
  // keyboard focus) is beside the lane, not under it.
  const lastCard = columns.last().getByTestId('plan-card').first()
  await lastCard.evaluate((card) => card.scrollIntoView({ block: 'nearest', inline: 'nearest' }))
  const cardBox = (await lastCard.boundingBox())!
  expect(cardBox.x + cardBox.width).toBeLessThanOrEqual((await lane.boundingBox())!.x)

  // Compact: every column and Unassigned side by side, nothing to scroll; the choice outlives a reload.
  await density.getByRole('radio', { name: 'Compact' }).check()
  const fitsOnScreen = async () => {
    expect(await board.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true)
    for (const [index, column] of (await columns.all()).entries()) await expectOnScreen(column, `Column ${index + 1}`)
    await expectOnScreen(lane, 'Unassigned')
  }
  await fitsOnScreen()
  await page.reload()
  await expect(page.getByRole('radio', { name: 'Compact' })).toBeChecked()
  await expect(columns).toHaveCount(10)
  await fitsOnScreen()
})
