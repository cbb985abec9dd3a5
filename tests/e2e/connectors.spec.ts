import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { ownDemo, signIn } from './fixtures'
import { startChatReceiver } from '../support/chat-receiver'
import { JIRA_ACCOUNT, JIRA_TOKEN, startJiraStandIn } from '../support/trackers/jira-stand-in'

const demo = ownDemo('connectors')

// An engineer subscribes to their calendar: picks a time zone, makes the secret URL (shown once),
// a calendar app (no session) reads it, and after "Revoke" the same URL answers 404.

test('calendar subscription: time zone, a secret URL that serves iCalendar, and revoking it', async ({ page, context, request }) => {
  test.setTimeout(120_000)
  await signIn(page, demo.engineer)
  await page.goto('/settings')
  await page.getByLabel('Time zone').selectOption('Europe/Berlin')
  await page.getByRole('button', { name: 'Save time zone' }).click()
  await expect(page.getByText('Your time zone was saved.')).toBeVisible()

  await expect(page.getByText('You have no subscription URL yet.')).toBeVisible()
  await page.getByRole('button', { name: 'Create subscription URL' }).click()
  const field = page.getByLabel('Your subscription URL (shown only now)')
  await expect(field).toHaveValue(/\/api\/calendar\/[\w-]{43}$/)
  const url = await field.inputValue()
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.getByRole('button', { name: 'Copy URL' }).click()
  await expect(page.getByText('Copied.')).toBeVisible()
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])

  // The calendar app has no cookie: a fresh request context.
  const feed = await request.get(url, { headers: { cookie: '' } })
  expect(feed.status()).toBe(200)
  expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8')
  const body = await feed.text()
  expect(body).toContain('BEGIN:VCALENDAR')
  expect(body).toContain('X-WR-CALNAME:Plural: my sprints')

  page.once('dialog', (dialog) => dialog.accept())
  await page.getByRole('button', { name: 'Revoke URL' }).click()
  await expect(page.getByText('You have no subscription URL yet.')).toBeVisible()
  await expect(field).toBeHidden()
  expect((await request.get(url)).status()).toBe(404)
})

// A manager connects Jira (a local stand-in of Jira Cloud's REST v3), syncs, sees the issues in the
// backlog, then settles an item flagged because it was edited here while upstream changed it too.

test('tracker sync: connect a Jira stand-in, Sync now, see the items, settle a flagged item', async ({ page }) => {
  test.setTimeout(180_000)
  const jira = await startJiraStandIn([
    { key: 'E2ESYNC-1', summary: 'Add the invoice export endpoint', issueType: 'Story', storyPoints: 2 },
    { key: 'E2ESYNC-2', summary: 'Rotate the signing keys', issueType: 'Task', originalEstimateSeconds: 3 * 3600 },
    { key: 'E2ESYNC-3', summary: 'Write the onboarding guide', issueType: 'Task' },
  ])
  try {
    await signIn(page, demo.owner)
    await page.goto('/settings/connectors')
    await page.getByLabel('Name', { exact: true }).fill('Jira E2E')
    await page.getByLabel('Jira site').fill(jira.url)
    await page.getByLabel('Account e-mail').fill(JIRA_ACCOUNT)
    await page.getByLabel('JQL query').fill('project = E2ESYNC')
    await page.getByLabel('API token').fill(JIRA_TOKEN)
    await page.getByLabel('Hours per story point').fill('3')
    await page.getByRole('button', { name: 'Add connection' }).click()
    await expect(page.getByText('Connected. Test it, then sync now.')).toBeVisible()

    const card = page.locator('section', { has: page.getByRole('heading', { name: 'Jira E2E · Jira Cloud' }) })
    const estimate = (hours: string) => page.locator('dd', { hasText: new RegExp(`^${hours}$`) })
    await card.getByRole('button', { name: 'Sync now' }).click()
    await expect(card.getByText('Sync queued.')).toBeVisible()
    await expect(card.getByText(/Last sync .*: 3 new, 0 updated, 0 closed, 0 flagged/)).toBeVisible({ timeout: 30_000 })
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])

    await page.goto('/work-items?q=E2ESYNC-1')
    await expect(page.getByRole('link', { name: 'Add the invoice export endpoint' })).toBeVisible()
    await page.getByRole('link', { name: 'Add the invoice export endpoint' }).click()
    await expect(page.getByRole('heading', { name: 'Add the invoice export endpoint' })).toBeVisible()
    await expect(estimate('6 h')).toBeVisible()

    // Edited here (10 h) while upstream re-estimates it (4 points = 12 h): the next sync flags it.
    await page.getByRole('link', { name: 'Edit' }).click()
    await page.getByLabel('Hours', { exact: true }).fill('10')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await expect(estimate('10 h')).toBeVisible()
    jira.issues.get('E2ESYNC-1')!.storyPoints = 4

    await page.goto('/settings/connectors')
    await card.getByRole('button', { name: 'Sync now' }).click()
    await expect(card.getByText(/Last sync .*: 0 new, 0 updated, 0 closed, 1 flagged/)).toBeVisible({ timeout: 30_000 })
    await card.getByRole('link', { name: 'Review the flagged items' }).click()
    await expect(page).toHaveURL(/flagged=true/)
    await expect(page.getByLabel('Only flagged by a sync')).toBeChecked()
    const row = page.getByRole('row', { name: /Add the invoice export endpoint/ })
    await expect(row.getByText('Flagged: changed here and upstream')).toBeVisible()
    await expect(page.getByRole('row')).toHaveCount(2) // the heading row and the one flagged item

    await row.getByRole('link', { name: 'Add the invoice export endpoint' }).click()
    const fields = page.getByRole('table', { name: 'Fields waiting for a decision' })
    await expect(fields.getByRole('row', { name: 'Estimate 10 h 12 h' })).toBeVisible()
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
    await page.getByRole('button', { name: 'Take upstream values' }).click()
    await expect(fields).toBeHidden()
    await expect(estimate('12 h')).toBeVisible()
    await page.goto('/work-items?flagged=true')
    await expect(page.getByText('No work items match these filters')).toBeVisible()
  } finally {
    await jira.close()
  }
})

// An admin adds a Slack channel (an incoming webhook on a local receiver) for a team and sends a test
// message; a refused message shows as the channel's last error.

test('team chat: add a Slack channel and send a test message', async ({ page }) => {
  test.setTimeout(120_000)
  const receiver = await startChatReceiver()
  try {
    await signIn(page, demo.admin)
    await page.goto('/settings/connectors')
    const form = page.locator('form', { has: page.getByRole('button', { name: 'Add chat channel' }) })
    await form.getByLabel('Chat').selectOption('SLACK_WEBHOOK')
    await form.getByLabel('Webhook URL').fill(`${receiver.url}/services/T1/B1/e2e-secret`)
    await form.getByRole('button', { name: 'Add chat channel' }).click()
    await expect(page.getByText('Channel added. Send a test message to check it.')).toBeVisible()
    await expect(page.getByText('Nothing sent yet.')).toBeVisible()
    expect(await page.content()).not.toContain('e2e-secret')

    await page.getByRole('button', { name: 'Send test message' }).click()
    await expect(page.getByText('Test message sent.')).toBeVisible()
    const [sent] = receiver.received
    expect(sent.url.pathname).toBe('/services/T1/B1/e2e-secret')
    expect(sent.body).toMatchObject({ text: 'Plural is connected', blocks: [{ type: 'header' }, { type: 'section' }] })

    receiver.failNext(/e2e-secret/, { status: 404, body: 'channel_not_found' })
    await page.getByRole('button', { name: 'Send test message' }).click()
    await expect(page.getByText(/Last message failed .*Slack refused the message \(404 channel_not_found\)/)).toBeVisible()
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
  } finally {
    await receiver.close()
  }
})
