import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { ownDemo, signIn, withoutJavaScript } from './fixtures'

const demo = ownDemo('work-items')

// The acceptance journey: a manager creates a sprint, adds items by hand (accepting a type
// suggestion), imports a 200-row Jira export that has 3 bad rows (exactly those are reported and
// Import stays unavailable), fixes and imports it, re-imports it without duplicates, and records one
// engineer's time off.

const TITLES = [
  'Fix OAuth login redirect loop',
  'Optimise the pricing hot path',
  'Terraform module for the event queues',
  'Update the README',
  'Scaffold CRUD pages for vendors',
  'Add CSRF protection to forms',
]
const PRIORITIES = ['Highest', 'High', 'Medium', 'Low']
const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)

/** A Jira-style export; `bad` replaces rows (0-based data index) with broken ones. */
function jiraCsv(bad: Record<number, string[]> = {}) {
  const header = ['Summary', 'Issue key', 'Issue Type', 'Priority', 'Story Points', 'Labels', 'Description']
  const rows = Array.from(
    { length: 200 },
    (_, i) =>
      bad[i] ?? [
        `${TITLES[i % TITLES.length]} (ticket ${i + 1})`,
        `E2E-${i + 1}`,
        i % 2 ? 'Story' : 'Task',
        PRIORITIES[i % 4],
        String((i % 5) + 1),
        'e2e-import',
        `Imported from Jira, ticket ${i + 1}.`,
      ],
  )
  return [header, ...rows].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n'
}

const dir = mkdtempSync(join(tmpdir(), 'plural-e2e-'))
function writeCsv(name: string, body: string) {
  const path = join(dir, name)
  writeFileSync(path, body, 'utf8')
  return path
}

async function expectNoAxeViolations(page: Page) {
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
}

test('manager plans a sprint: items by hand, CSV import with bad rows, fix, re-import, time off', async ({ page }) => {
  // Generous: the journey covers four pages, two uploads and axe checks on a shared CI machine.
  test.setTimeout(420_000)
  await signIn(page, demo.manager)

  // 1. A new sprint for the Platform team.
  await page.goto('/sprints')
  await page.getByRole('link', { name: 'New sprint' }).click()
  await page.getByLabel('Team').selectOption({ label: 'Platform' })
  await page.getByLabel('Name').fill('Platform · Sprint 26')
  await page.getByRole('button', { name: 'Create sprint' }).click()
  await expect(page.getByRole('heading', { name: 'Platform · Sprint 26' })).toBeVisible()
  const sprintUrl = page.url()

  // 2. An item by hand, accepting the suggested type.
  await page.getByRole('link', { name: 'Add work item' }).click()
  await page.getByLabel('Title').fill('Fix OAuth login redirect loop for SSO users')
  await expect(page.getByText('Suggested type: Security & auth')).toBeVisible()
  await expect(page.getByText(/Security & auth: the title says “OAuth”/)).toBeVisible()
  await page.getByRole('button', { name: 'Use suggested type' }).click()
  await expect(page.getByLabel('Work type')).toHaveValue('SECURITY_AUTH')
  await page.getByLabel('Hours').fill('6')
  await page
    .getByLabel('Description')
    .fill('Users see a **redirect loop** after login. <script>alert(1)</script> [bad](javascript:alert(1))')
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Create work item' }).click()
  await expect(page.getByRole('heading', { name: 'Fix OAuth login redirect loop for SSO users' })).toBeVisible()
  await expect(page.getByText('Security & auth')).toBeVisible()
  await expect(page.locator('strong', { hasText: 'redirect loop' })).toBeVisible()
  await expect(page.locator('a[href^="javascript"]')).toHaveCount(0)
  await expect(page.locator('main script')).toHaveCount(0)

  // A second item, picking the type by hand instead. A vague title first gets "not sure" with the
  // two likeliest types and why, instead of a confident guess.
  await page.goto('/work-items/new')
  await page.getByLabel('Title').fill('Kafka consumer lag dashboard')
  await expect(page.getByText(/^Not sure: Performance-critical \(\d+%\) or Infrastructure \(\d+%\)$/)).toBeVisible()
  await expect(page.getByText(/Performance-critical: the title says “lag”/)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Use Infrastructure' })).toBeVisible()
  await page.getByLabel('Title').fill('Quarterly roadmap workshop notes')
  await page.getByLabel('Work type').selectOption('DOCUMENTATION')
  await page.getByLabel('Hours').fill('2')
  await page.getByRole('button', { name: 'Create work item' }).click()
  await expect(page.getByRole('heading', { name: 'Quarterly roadmap workshop notes' })).toBeVisible()

  // 3. Import a 200-row export with three bad rows: exactly those are reported, Import waits for fixes.
  await page.goto('/work-items/import')
  const broken = jiraCsv({
    17: ['', 'E2E-18', 'Story', 'High', '3', 'e2e-import', 'No summary'],
    88: ['Update the README (ticket 89)', 'E2E-89', 'Story', 'High', 'abc', 'e2e-import', ''],
    150: ['Optimise the pricing hot path (ticket 151)', 'E2E-151', 'Story', 'Whenever', '2', 'e2e-import', ''],
  })
  await page.getByLabel('CSV file').setInputFiles(writeCsv('jira-broken.csv', broken))
  await expect(page.getByText('looks like a Jira export: 200 rows')).toBeVisible()
  await expect(page.getByLabel('Title (required)')).toHaveValue('0')
  await expect(page.getByRole('table', { name: /first 5 rows/ })).toBeVisible()
  await expect(page.getByText('Suggested work types', { exact: false })).toBeVisible()
  const problems = page.getByRole('region', { name: 'Rows with problems' }).getByRole('listitem')
  await expect(problems).toHaveText([
    /^Row 19: the title is empty/,
    /^Row 90: the estimate “abc” is not a number/,
    /^Row 152: the priority “Whenever”/,
  ])
  await expect(page.getByRole('button', { name: 'Import 200 rows' })).toBeDisabled()
  await expect(page.getByText('Fix 3 rows to import.')).toBeVisible()
  await page.goto('/work-items?label=e2e-import')
  await expect(page.getByText('No work items match these filters')).toBeVisible()

  // 4. The fixed file imports in full, with points converted at the preview's factor.
  await page.goto('/work-items/import')
  const fixedPath = writeCsv('jira-fixed.csv', jiraCsv())
  await page.getByLabel('CSV file').setInputFiles(fixedPath)
  await expect(page.getByText('Every row passed the checks.')).toBeVisible()
  await page.getByLabel('Hours per story point').fill('3')
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Import 200 rows' }).click()
  await expect(page.getByText('Imported 200 rows: 200 created, 0 updated.')).toBeVisible()

  // 5. Re-importing the same file updates by key: still 200 items.
  await page.getByLabel('CSV file').setInputFiles(fixedPath)
  await page.getByRole('button', { name: 'Import 200 rows' }).click()
  await expect(page.getByText('Imported 200 rows: 0 created, 200 updated.')).toBeVisible()
  await page.goto('/work-items?label=e2e-import')
  await expect(page.getByText(/Showing 1–50 of 200 /)).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Label' })).toHaveValue('e2e-import')
  await page.goto('/work-items?q=E2E-7')
  await expect(page.getByRole('link', { name: 'Fix OAuth login redirect loop (ticket 7)' })).toHaveCount(1)
  await expect(page.getByText('Showing 1–1 of 1 ')).toBeVisible()
  await expect(page.getByRole('row', { name: /ticket 7\)/ })).toContainText('Security & auth')
  await expectNoAxeViolations(page)

  // 6. One engineer's time in the new sprint: hours per working day, and a dated day off with the
  // reason that only managers see.
  await page.goto(sprintUrl)
  await page.getByRole('link', { name: 'Availability' }).click()
  const ada = page.getByRole('row', { name: /Ada Okafor/ })
  await page.getByLabel('Hours per day for Ada Okafor').fill('4')
  await page.getByRole('button', { name: 'Save availability' }).click()
  await expect(page.getByText('Saved availability for the team (1 changed).')).toBeVisible()
  await expect(ada).toContainText('× 4 h')
  const firstDayOff = page.getByLabel('First day off for Ada Okafor')
  const day = (await firstDayOff.getAttribute('min'))!
  await firstDayOff.fill(day)
  await page.getByLabel('Last day off for Ada Okafor').fill(day)
  await page.getByLabel('Reason for Ada Okafor’s days off').fill('Time off Friday')
  await page.getByRole('button', { name: 'Add days off for Ada Okafor' }).click()
  await expect(page.getByRole('list', { name: 'Days off for Ada Okafor' })).toContainText(`${day} · Time off Friday`)
  await page.reload()
  await expect(page.getByLabel('Hours per day for Ada Okafor')).toHaveValue('4')
  await expect(page.getByRole('list', { name: 'Days off for Ada Okafor' })).toContainText(day)
  await expectNoAxeViolations(page)
})

test('a manager filters the list by assignee with the keyboard', async ({ page }) => {
  test.setTimeout(180_000)
  await signIn(page, demo.manager)
  const title = 'Pinned to Ada for the assignee filter'
  await page.goto('/work-items/new')
  await page.getByLabel('Title').fill(title)
  await page.getByLabel('Work type').selectOption('DOCUMENTATION')
  await page.getByLabel('Hours').fill('3')
  // The form searches engineers too: no page lists every member of the organisation.
  const pinned = page.getByRole('combobox', { name: 'Pinned engineer' })
  await pinned.fill('Ada Ok')
  await page.getByRole('option', { name: 'Ada Okafor' }).click()
  await expect(pinned).toHaveValue('Ada Okafor')
  await page.getByRole('button', { name: 'Create work item' }).click()
  await expect(page.getByRole('heading', { name: title })).toBeVisible()
  await expect(page.getByText('Ada Okafor')).toBeVisible()

  // The list carries no member list: the combobox asks the server as you type.
  await page.goto('/work-items')
  const assignee = page.getByRole('combobox', { name: 'Assignee' })
  await assignee.focus()
  await page.keyboard.type('okaf')
  const option = page.getByRole('option', { name: 'Ada Okafor' })
  await expect(option).toBeVisible()
  await expect(assignee).toHaveAttribute('aria-expanded', 'true')
  await expectNoAxeViolations(page)
  await page.keyboard.press('ArrowDown')
  await expect(option).toHaveAttribute('aria-selected', 'true')
  await expect(assignee).toHaveAttribute('aria-activedescendant', 'f-assignee-option-0')
  await page.keyboard.press('Enter') // picks the match
  await expect(assignee).toHaveValue('Ada Okafor')
  await expect(page.getByRole('listbox', { name: 'Assignee matches' })).toBeHidden()
  await page.keyboard.press('Enter') // applies the filters
  await expect(page).toHaveURL(/[?&]assignee=[^&]+/)
  await expect(page.getByRole('link', { name: title })).toBeVisible()
  await expect(page.getByRole('row', { name: new RegExp(title) })).toContainText('Ada Okafor')
  await expect(assignee).toHaveValue('Ada Okafor')

  // Escape on the closed combobox clears it; applying lists everyone's items again.
  await assignee.focus()
  await page.keyboard.press('Escape')
  await expect(assignee).toHaveValue('')
  await page.keyboard.press('Enter')
  await expect(page).not.toHaveURL(/[?&]assignee=[^&]/)
  await expect(page.getByText(/Showing 1–50 of /)).toBeVisible()
})

test('a lead filters the list by sprint with the sprint combobox', async ({ page }) => {
  await signIn(page, demo.lead)
  await page.goto('/work-items')
  // Sprints are searched on the server too: open ones first, closed ones say so.
  const sprint = page.getByRole('combobox', { name: 'Sprint' })
  await sprint.fill('platform · sprint 2')
  await expect(page.getByRole('option', { name: 'Platform · Sprint 25' })).toBeVisible()
  await expect(page.getByRole('option', { name: 'Platform · Sprint 24 (closed)' })).toBeVisible()
  await page.getByRole('option', { name: 'Platform · Sprint 25' }).click()
  await expect(sprint).toHaveValue('Platform · Sprint 25')
  await page.getByRole('button', { name: 'Apply filters' }).click()
  await expect(page).toHaveURL(/[?&]sprint=[a-z0-9-]{20,}/)
  await expect(sprint).toHaveValue('Platform · Sprint 25')
  const cells = page
    .getByRole('table')
    .getByRole('row')
    .filter({ hasNot: page.getByRole('columnheader') })
  await expect(cells.first()).toContainText('Platform · Sprint 25')
  expect(await cells.filter({ hasNotText: 'Platform · Sprint 25' }).count()).toBe(0)

  await sprint.fill('backl')
  await page.getByRole('option', { name: 'Backlog' }).click()
  await page.getByRole('button', { name: 'Apply filters' }).click()
  await expect(page).toHaveURL(/[?&]sprint=backlog/)
  await expect(sprint).toHaveValue('Backlog')
  await expectNoAxeViolations(page)
})

test('a lead sees work items and the policy read-only', async ({ page }) => {
  await signIn(page, demo.lead)
  await page.goto('/work-items')
  await expect(page.getByRole('heading', { name: 'Work items' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'New work item' })).toHaveCount(0)
  // Filters stay (the flagged-by-sync one is a checkbox); selecting rows for a bulk edit does not.
  await expect(page.getByRole('checkbox', { name: 'Only flagged by a sync' })).toBeVisible()
  await expect(page.getByRole('checkbox', { name: /^Select/ })).toHaveCount(0)
  await page.goto('/settings/policy')
  await expect(page.getByText('Read-only: owners and admins edit this table.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Save policy' })).toHaveCount(0)
})

test('without JavaScript, the assignee and sprint filters take what is typed', async ({ page, browser }) => {
  await signIn(page, demo.lead)
  const noScript = await withoutJavaScript(browser, page)
  await noScript.goto('/work-items')
  const assignee = noScript.getByRole('combobox', { name: 'Assignee' })
  const sprint = noScript.getByRole('combobox', { name: 'Sprint' })
  const apply = noScript.getByRole('button', { name: 'Apply filters' })

  // Nobody picks from a list here: the server finds the one match for the text.
  await assignee.fill('okafor')
  await sprint.fill('platform · sprint 25')
  await apply.click()
  await expect(assignee).toHaveValue('Ada Okafor')
  await expect(sprint).toHaveValue('Platform · Sprint 25')
  // Links from the filtered list carry the ids, not the text.
  const exportLink = noScript.getByRole('link', { name: 'Export CSV' })
  await expect(exportLink).toHaveAttribute('href', /[?&]assignee=[\w-]{20,}/)
  await expect(exportLink).toHaveAttribute('href', /[?&]sprint=[\w-]{20,}/)
  await expect(exportLink).not.toHaveAttribute('href', /Text=/)

  // Text that names more than one member, or none, says so and filters by nobody.
  await assignee.fill('a')
  await sprint.fill('')
  await apply.click()
  await expect(noScript.getByText('“a” matches more than one member: type more of the name, or pick one from the list.')).toBeVisible()
  await expect(assignee).toHaveAttribute('aria-invalid', 'true')
  await expect(sprint).toHaveValue('')
  await expect(noScript.getByText(/Showing 1–50 of /)).toBeVisible()
  await noScript.context().close()
})
