import { describe, expect, it, vi } from 'vitest'
import { checkOAuthSignIn, githubUserinfo, oauthAccountUser } from '@/lib/auth/oauth'
import { prisma } from '@/lib/db/client'
import { createUser } from '../../support/factories'

// OAuth round trips cannot run offline; these are the decisions next-auth's signIn and jwt
// callbacks delegate to, fed with the profiles Google and GitHub would send.

let n = 0
const google = () => ({ provider: 'google', providerAccountId: `google-${Date.now()}-${++n}` })
const github = () => ({ provider: 'github', providerAccountId: `${Date.now()}${++n}` })
const links = (userId: string) => prisma.oAuthAccount.count({ where: { userId } })

describe('OAuth sign-in and account linking', () => {
  it('refuses to link a Google identity to an existing account when Google did not verify the e-mail', async () => {
    const victim = await createUser('Victim')
    const account = google()
    for (const email_verified of [false, undefined, 'true']) {
      const profile = { email: victim.email.toUpperCase(), email_verified, name: 'Mallory' }
      expect(await checkOAuthSignIn(account, profile)).toBe('/login?error=EmailUnverified')
      expect(await oauthAccountUser(account, profile)).toBeNull()
    }
    expect(await links(victim.id)).toBe(0)
    expect(await prisma.user.count({ where: { email: victim.email } })).toBe(1)
  })

  it('links a Google identity whose e-mail Google verified to the existing account', async () => {
    const owner = await createUser('Owner')
    const account = google()
    const profile = { email: owner.email.toUpperCase(), email_verified: true, name: 'Owner' }
    expect(await checkOAuthSignIn(account, profile)).toBe(true)
    expect(await oauthAccountUser(account, profile)).toMatchObject({ id: owner.id })
    expect(await links(owner.id)).toBe(1)
  })

  it('creates no account for an unverified e-mail that is new either', async () => {
    const email = `new.${Date.now()}@example.test`
    expect(await oauthAccountUser(google(), { email, email_verified: false })).toBeNull()
    expect(await prisma.user.count({ where: { email } })).toBe(0)
  })

  it('keeps signing in an identity linked earlier, whatever its profile says now', async () => {
    const owner = await createUser('Owner')
    const account = google()
    await oauthAccountUser(account, { email: owner.email, email_verified: true })
    const later = { email: 'changed@example.test', email_verified: false }
    expect(await checkOAuthSignIn(account, later)).toBe(true)
    expect(await oauthAccountUser(account, later)).toMatchObject({ id: owner.id })
  })

  it('takes GitHub’s e-mail only from a verified primary address of /user/emails', async () => {
    const owner = await createUser('Owner')
    const stub = (emails: unknown[]) =>
      vi.fn(async (url: string | URL | Request) =>
        Response.json(String(url).endsWith('/user/emails') ? emails : { id: 42, login: 'octo', name: 'Octo', email: owner.email }),
      ) as unknown as typeof fetch

    // The public profile shows the owner's address and the primary one is unverified: no link.
    const unverified = await githubUserinfo(
      { tokens: { access_token: 't' } },
      stub([{ email: owner.email, primary: true, verified: false, visibility: 'public' }]),
    )
    expect(unverified).toMatchObject({ email: null, email_verified: false })
    const account = github()
    expect(await checkOAuthSignIn(account, unverified)).toBe('/login?error=EmailUnverified')
    expect(await oauthAccountUser(account, unverified)).toBeNull()
    expect(await links(owner.id)).toBe(0)

    // A verified secondary address does not count either; a verified primary one links.
    const secondary = await githubUserinfo(
      { tokens: { access_token: 't' } },
      stub([
        { email: 'other@example.test', primary: true, verified: false },
        { email: owner.email, primary: false, verified: true },
      ]),
    )
    expect(secondary.email).toBeNull()
    const verified = await githubUserinfo(
      { tokens: { access_token: 't' } },
      stub([{ email: owner.email, primary: true, verified: true, visibility: 'private' }]),
    )
    expect(verified).toMatchObject({ login: 'octo', email: owner.email, email_verified: true })
    expect(await oauthAccountUser(account, verified)).toMatchObject({ id: owner.id })
  })
})
