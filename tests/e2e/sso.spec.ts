import { randomBytes } from 'node:crypto'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { startOidcProvider, type LocalOp } from '../support/oidc-provider'
import { ownDemo, signIn } from './fixtures'

const demo = ownDemo('sso')

// An admin connects the organisation to an OpenID Provider (a real one, oidc-provider, started here),
// verifies the e-mail domain by signing in at the provider, and turns on "Require SSO". A newcomer then
// signs in through the provider's own pages and lands in the organisation as an engineer, and a
// password sign-in for that domain is refused with a message that says to use SSO.

const domain = `acme-${randomBytes(4).toString('hex')}.test`
const client = { clientId: 'plural-e2e', clientSecret: randomBytes(24).toString('base64url') }
let op: LocalOp

test.beforeAll(async ({ baseURL }) => {
  op = await startOidcProvider([{ ...client, redirectUri: `${baseURL}/api/sso/callback` }])
  op.accounts.set('it-admin', { email: `it.admin@${domain}`, email_verified: true, name: 'IT Admin' })
  op.accounts.set('new-person', { email: `new.person@${domain}`, email_verified: true, name: 'New Person' })
})
test.afterAll(() => op.close())

/** The provider's own login page (any password), then its consent page. */
async function signInAtProvider(page: Page, login: string) {
  await expect(page).toHaveURL(new RegExp(`^${op.issuer}/interaction/`))
  await page.locator('input[name="login"]').fill(login)
  await page.locator('input[name="password"]').fill('any password')
  await page.getByRole('button', { name: 'Sign-in' }).click()
  await page.getByRole('button', { name: 'Continue' }).click()
}

test('single sign-on: configure, verify the domain at the IdP, require SSO, a newcomer joins as an engineer', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000)
  await signIn(page, demo.admin)
  await page.goto('/settings/sso')
  await expect(page.getByText(`${baseURL}/api/sso/callback`)).toBeVisible()
  await expect(page.getByText('No domains yet')).toBeVisible()

  // A wrong issuer is refused on its field, with the address Plural tried.
  await page.getByLabel('Issuer URL').fill(`${op.issuer}/nowhere`)
  await page.getByLabel('Client id').fill(client.clientId)
  await page.getByLabel('Client secret').fill(client.clientSecret)
  await page.getByRole('button', { name: 'Save connection' }).click()
  await expect(
    page.getByText(/did not serve a discovery document at .*\/nowhere\/\.well-known\/openid-configuration/).first(),
  ).toBeVisible()

  await page.getByLabel('Issuer URL').fill(op.issuer)
  await page.getByLabel('Client secret').fill(client.clientSecret)
  await page.getByRole('button', { name: 'Save connection' }).click()
  await expect(page.getByText('Saved. The issuer’s discovery document was read.')).toBeVisible()
  await expect(page.getByText('A secret is set. Leave this empty to keep it')).toBeVisible()
  await expect(page.getByLabel('Client secret')).toHaveValue('')

  await page.getByLabel('E-mail domain').fill(domain)
  await page.getByRole('button', { name: 'Add domain' }).click()
  await expect(page.getByText(/^plural-verification=/)).toBeVisible()
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])

  await page.getByRole('button', { name: `Verify ${domain} by signing in` }).click()
  await signInAtProvider(page, 'it-admin')
  await expect(page).toHaveURL(/\/settings\/sso\?verified=/)
  await expect(page.getByText(`${domain} is verified.`)).toBeVisible()
  await expect(page.getByRole('cell', { name: 'Verified by signing in' })).toBeVisible()

  await page.getByLabel('Require SSO').check()
  await page.getByRole('button', { name: 'Save connection' }).click()
  await expect(page.getByText('Saved. The issuer’s discovery document was read.')).toBeVisible()
  await expect(page.getByLabel('Require SSO')).toBeChecked()

  // A newcomer, in a browser of their own.
  const context = await browser.newContext()
  const newcomer = await context.newPage()
  await newcomer.goto('/login')
  await newcomer.getByRole('link', { name: 'Sign in with SSO' }).click()
  await expect(newcomer.getByRole('heading', { name: 'Sign in with SSO' })).toBeVisible()
  await newcomer.getByLabel('E-mail').fill(`new.person@${domain}`)
  await newcomer.getByRole('button', { name: 'Continue with SSO' }).click()
  await signInAtProvider(newcomer, 'new-person')
  await expect(newcomer.getByRole('navigation', { name: 'Main' })).toBeVisible()
  await expect(newcomer.getByText('New Person · Engineer')).toBeVisible()

  // A password sign-in for the domain is refused with what to do instead.
  const other = await browser.newContext()
  const stranger = await other.newPage()
  await stranger.goto('/login')
  await stranger.getByLabel('E-mail').fill(`new.person@${domain}`)
  await stranger.getByLabel('Password').fill('some password or other')
  await stranger.getByRole('button', { name: 'Sign in' }).click()
  await expect(
    stranger.getByText('Your organisation signs in with single sign-on: use “Sign in with SSO” instead of a password.').first(),
  ).toBeVisible()
  await context.close()
  await other.close()
})
