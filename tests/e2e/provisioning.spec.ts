import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { ownDemo, signIn } from './fixtures'

const demo = ownDemo('provisioning')

// An admin sets up SCIM: the base URL to paste, a token shown once (the identity provider's requests
// with it work), the token listed by its visible start only, and revoking it after confirming,
// after which the same token is refused.

test('Settings › Provisioning: a token shown once that the SCIM API accepts, then revoked after confirming', async ({ page, request }) => {
  test.setTimeout(120_000)
  await signIn(page, demo.admin)
  await page.goto('/settings')
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Provisioning (SCIM)' }).click()
  await expect(page.getByRole('heading', { name: 'Provisioning (SCIM)', level: 1 })).toBeVisible()
  await expect(page.getByLabel('SCIM base URL')).toHaveValue(/^https?:\/\/[^/]+\/scim\/v2$/)
  await expect(page.getByText('No SCIM tokens yet')).toBeVisible()

  // The server's rule is stated in the form and enforced on submit.
  await page.getByLabel('Name').fill('Okta')
  await page.getByRole('button', { name: 'Create token' }).click()
  const secretField = page.getByLabel('New SCIM token')
  await expect(secretField).toHaveValue(/^scim_[a-z0-9]{8}_[\w-]{43}$/)
  const secret = await secretField.inputValue()
  await expect(page.getByText('Copy it now: you won’t see it again.')).toBeVisible()
  const row = page.getByRole('row', { name: /Okta/ })
  await expect(row).toContainText(secret.slice(0, 13))
  await expect(row).toContainText('Active')
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])

  const base = await page.getByLabel('SCIM base URL').inputValue()
  const path = new URL(base).pathname
  const filter = encodeURIComponent(`userName eq "${demo.admin}"`)
  const listed = await request.get(`${path}/Users?filter=${filter}`, { headers: { authorization: `Bearer ${secret}` } })
  expect(listed.status()).toBe(200)
  expect(listed.headers()['content-type']).toMatch(/^application\/scim\+json/)
  expect(await listed.json()).toMatchObject({ totalResults: 1, Resources: [{ userName: demo.admin, active: true }] })

  // After a reload the secret is gone: only its visible start is listed.
  await page.reload()
  await expect(page.getByLabel('New SCIM token')).toBeHidden()
  await expect(page.getByText(secret)).toHaveCount(0)

  await page.getByRole('button', { name: 'Revoke Okta' }).click()
  const dialog = page.getByRole('dialog', { name: 'Revoke “Okta”?' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('row', { name: /Okta/ })).toContainText('Active')
  await page.getByRole('button', { name: 'Revoke Okta' }).click()
  await page.getByRole('dialog', { name: 'Revoke “Okta”?' }).getByRole('button', { name: 'Revoke token' }).click()
  await expect(page.getByRole('row', { name: /Okta/ })).toContainText('Revoked')
  const refused = await request.get(`${path}/Users`, { headers: { authorization: `Bearer ${secret}` } })
  expect(refused.status()).toBe(401)
  expect(await refused.json()).toMatchObject({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '401' })
})
