import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { ownDemo, signIn } from './fixtures'

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
