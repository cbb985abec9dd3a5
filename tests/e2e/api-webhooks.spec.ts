import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { Webhook } from 'standardwebhooks'
import { ownDemo, signIn } from './fixtures'

const demo = ownDemo('api-webhooks')

// An admin makes an API token (seen once), a script uses it and the list shows when; revoked, it gets
// 401. Then a webhook endpoint pointing at a receiver this spec runs: a test event arrives signed,
// shows in the delivery log, is redelivered, and after a rotation verifies with the new secret.

type Received = { headers: IncomingMessage['headers']; body: string }
const received: Received[] = []
let receiver: Server
let receiverUrl = ''

test.beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      received.push({ headers: req.headers, body })
      res.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/plural-hooks`
})
test.afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())))

const noAxeViolations = async (page: Page) => expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])

test('API tokens: created and seen once, used by a script, shown as used, revoked and refused', async ({ page, context, request }) => {
  test.setTimeout(120_000)
  await signIn(page, demo.admin)
  await page.goto('/settings')
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'API tokens' }).click()
  await expect(page.getByRole('heading', { name: 'API tokens', level: 1 })).toBeVisible()
  await expect(page.getByText('No API tokens yet')).toBeVisible()

  // By keyboard: type the name, pick the scope, submit with Enter.
  await page.getByLabel('Name').fill('CI backlog export')
  await page.getByLabel('Scope').selectOption({ label: 'Read only' })
  await page.getByLabel('Name').press('Enter')
  const secretField = page.getByLabel(/Your new token plr_/)
  await expect(secretField).toHaveValue(/^plr_[a-z0-9]{8}_[\w-]{43}$/)
  await expect(page.getByText('you won’t see it again')).toBeVisible()
  const secret = await secretField.inputValue()
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.getByRole('button', { name: /^Copy Your new token plr_/ }).click()
  await expect(page.getByText('Copied to the clipboard.')).toBeVisible()
  await noAxeViolations(page)

  const auth = { authorization: `Bearer ${secret}` }
  const sprints = await request.get('/api/v1/sprints', { headers: auth })
  expect(sprints.status()).toBe(200)
  expect(await sprints.json()).toHaveProperty('data')

  await page.reload()
  await expect(page.locator('body')).not.toContainText(secret.slice(13))
  const row = page.getByRole('row', { name: /CI backlog export/ })
  await expect(row).toContainText(secret.slice(0, 12))
  await expect(row).toContainText('Read only')
  await expect(row).toContainText('Active')
  await expect(row).toContainText(/UTC\s*from/)

  const revoke = row.getByRole('button', { name: 'Revoke CI backlog export' })
  await revoke.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Revoke CI backlog export?' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Revoke token' }).click()
  await expect(row).toContainText('Revoked')
  await expect(row.getByRole('button', { name: /Revoke/ })).toHaveCount(0)
  await expect(page.getByText('api-token.revoked')).toBeVisible()

  const refused = await request.get('/api/v1/sprints', { headers: auth })
  expect(refused.status()).toBe(401)
  expect(refused.headers()['content-type']).toContain('application/problem+json')

  await page.getByRole('link', { name: 'API reference' }).first().click()
  await expect(page.getByRole('heading', { name: 'API reference', level: 1 })).toBeVisible()
  await expect(page.getByRole('heading', { name: /GET \/api\/v1\/sprints$/ })).toBeVisible()
  await expect(page.getByRole('link', { name: '/api/v1/openapi.json' })).toBeVisible()
})

const verify = (secret: string, message: Received) =>
  new Webhook(secret).verify(message.body, {
    'webhook-id': String(message.headers['webhook-id']),
    'webhook-timestamp': String(message.headers['webhook-timestamp']),
    'webhook-signature': String(message.headers['webhook-signature']),
  }) as { type: string }

async function sendTestEvent(page: Page) {
  await page.getByRole('button', { name: 'Send test event' }).click()
  const note = page.getByText(/Test event msg_\w+ queued/)
  await expect(note).toBeVisible()
  const eventId = /msg_\w+/.exec((await note.textContent()) ?? '')?.[0] ?? ''
  await expect.poll(() => received.filter((r) => r.headers['webhook-id'] === eventId).length, { timeout: 20_000 }).toBe(1)
  return { eventId, message: received.find((r) => r.headers['webhook-id'] === eventId)! }
}

test('webhooks: an endpoint gets signed events, logs them, redelivers, and rotates its secret', async ({ page }) => {
  test.setTimeout(180_000)
  await signIn(page, demo.owner)
  await page.goto('/settings/webhooks')
  await expect(page.getByText('No webhook endpoints')).toBeVisible()

  await page.getByLabel('URL').fill(receiverUrl)
  await page.getByLabel('Description').fill('Ops receiver')
  await expect(page.getByRole('checkbox', { name: /A plan version is published/ })).toBeChecked()
  await page.getByRole('checkbox', { name: /A sprint is closed/ }).check()
  await page.getByRole('button', { name: 'Add endpoint' }).click()
  const secretField = page.getByLabel('Signing secret of the new endpoint')
  await expect(secretField).toHaveValue(/^whsec_/)
  const secret = await secretField.inputValue()
  await expect(page.getByText('Status: Enabled')).toBeVisible()
  await noAxeViolations(page)

  const first = await sendTestEvent(page)
  expect(verify(secret, first.message)).toMatchObject({ type: 'webhook.test' })

  await page.getByRole('link', { name: 'Delivery log' }).click()
  const row = page.getByRole('row', { name: new RegExp(first.eventId) })
  await expect(row).toContainText('Delivered, HTTP 204')
  await expect(row).toContainText('ms')
  await noAxeViolations(page)
  await row.getByRole('button', { name: `Redeliver ${first.eventId}` }).click()
  await expect.poll(() => received.filter((r) => r.headers['webhook-id'] === first.eventId).length, { timeout: 20_000 }).toBe(2)
  await expect(async () => {
    await page.reload()
    await expect(
      page
        .getByRole('row', { name: new RegExp(first.eventId) })
        .getByRole('cell')
        .nth(2),
    ).toHaveText('2')
  }).toPass({ timeout: 20_000 })

  await page.getByRole('link', { name: '← All endpoints' }).click()
  await page.getByRole('button', { name: 'Rotate secret' }).click()
  await page.getByRole('dialog', { name: 'Rotate the signing secret?' }).getByRole('button', { name: 'Rotate secret' }).click()
  const rotatedField = page.getByLabel('New signing secret')
  await expect(rotatedField).toHaveValue(/^whsec_/)
  const rotated = await rotatedField.inputValue()
  expect(rotated).not.toBe(secret)
  await expect(page.getByText(/The previous secret keeps signing until/)).toBeVisible()

  const after = await sendTestEvent(page)
  expect(verify(rotated, after.message)).toMatchObject({ type: 'webhook.test' })
  expect(verify(secret, after.message)).toMatchObject({ type: 'webhook.test' })

  await page.getByRole('button', { name: 'Disable' }).click()
  await expect(page.getByText(/Status: Disabled since/)).toBeVisible()
  await expect(page.getByText('Turned off in Settings.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Send test event' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Enable' }).click()
  await expect(page.getByText('Status: Enabled')).toBeVisible()
})
