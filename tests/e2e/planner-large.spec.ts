import { expect, test } from '@playwright/test'
import pg from 'pg'
import { ownDemo, signIn } from './fixtures'

const demo = ownDemo('planner-large')

// A board above 60 cards folds most of its columns to a balance line and a button. Those columns are
// drawn in the browser, not in the server's HTML (most of a large board's markup), and open on request.

const SPRINT = 'Product · Sprint 27 (large board)'
const TYPES = ['DOCUMENTATION', 'SECURITY_AUTH', 'BOILERPLATE', 'ARCHITECTURE', 'TEST_GENERATION']

async function createLargeSprint(): Promise<string> {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await db.connect()
  try {
    const {
      rows: [team],
    } = await db.query(
      `SELECT t.id, t."organizationId" FROM "Team" t JOIN "Organization" o ON o.id = t."organizationId" WHERE o.slug = $1 AND t.name = 'Product'`,
      [demo.slug],
    )
    const {
      rows: [sprint],
    } = await db.query(
      `INSERT INTO "Sprint" (id, "organizationId", "teamId", name, "startDate", "endDate", status)
       VALUES (gen_random_uuid()::text, $1, $2, $3, current_date + 60, current_date + 73, 'PLANNING') RETURNING id`,
      [team.organizationId, team.id, SPRINT],
    )
    await db.query(
      `INSERT INTO "WorkItem" (id, "organizationId", "teamId", "sprintId", title, type, hours, priority, "updatedAt")
       SELECT gen_random_uuid()::text, $1, $2, $3, 'Large board item ' || n, ($4::text[])[1 + n % 5]::"WorkType", 2, 2, now()
       FROM generate_series(1, 70) AS n`,
      [team.organizationId, team.id, sprint.id, TYPES],
    )
    return sprint.id
  } finally {
    await db.end()
  }
}

test('a large board leaves its folded columns to the browser, which draws them and opens them on request', async ({ page }) => {
  test.setTimeout(180_000)
  const sprintId = await createLargeSprint()
  await signIn(page, demo.manager)
  await page.goto(`/sprints/${sprintId}/planner`)
  await page.getByRole('button', { name: 'Plan', exact: true }).click()
  await expect(page.getByTestId('plan-summary')).toContainText('Version 1')

  // The server's HTML: the first columns and Unassigned, and one line for the folded ones.
  const html = await (await page.request.get(`/sprints/${sprintId}/planner`)).text()
  const folded = Number(html.match(/Loading (\d+) folded column\(s\)…/)?.[1] ?? 0)
  expect(folded).toBeGreaterThan(0)
  const drawnByServer = html.split('data-testid="engineer-column"').length - 1
  expect(drawnByServer).toBe(3)

  // The browser: every engineer has a column; each folded one shows its balance and a button.
  await page.reload()
  await expect(page.getByTestId('engineer-column')).toHaveCount(drawnByServer + folded)
  await expect(page.getByText(/folded column\(s\)…/)).toHaveCount(0)
  const showButtons = page.getByRole('button', { name: /^Show (\d+ item\(s\) and )?the balance$/ })
  await expect(showButtons).toHaveCount(folded)
  // An open column names the engineer's primary type above its load bar; a folded one does not.
  const openColumns = page.getByTestId('engineer-column').filter({ hasText: 'Primary type:' })
  await expect(openColumns).toHaveCount(drawnByServer)
  await showButtons.first().click()
  await expect(showButtons).toHaveCount(folded - 1)
  await expect(openColumns).toHaveCount(drawnByServer + 1)
})
