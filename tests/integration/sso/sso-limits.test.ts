import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ssoSignInAction } from '@/app/(auth)/actions'
import { MAX_FAILURES } from '@/lib/accounts/throttle'
import { prisma } from '@/lib/db/client'
import { MAX_OPEN_SSO_REQUESTS } from '@/lib/db/accounts/sso-sign-in'
import { env } from '@/lib/env'
import { createTestOrg } from '../../support/factories'
import { startOidcProvider, type LocalOp } from '../../support/oidc-provider'
import { connectOrg, startSignIn, uniqueDomain } from './sso-support'

// "Continue with SSO" is public: what keeps it from being used to probe domains or fill the table. This
// file is its own client address (per-file-db.ts), so its throttle never counts another file's attempts.

let op: LocalOp
beforeAll(async () => {
  Object.assign(env(), { SSO_ALLOW_LOOPBACK_HTTP: true })
  op = await startOidcProvider()
})
afterAll(() => op.close())

describe('limits of starting a single sign-on', () => {
  it('an organisation holds at most MAX_OPEN_SSO_REQUESTS unfinished sign-ins; finished or expired ones do not count', async () => {
    const org = await createTestOrg()
    const { domain } = await connectOrg(org, op, 'crowd')
    const future = new Date(Date.now() + 10 * 60_000)
    const rows = (count: number, extra: object = {}) =>
      Array.from({ length: count }, (_, i) => ({
        organizationId: org.orgId,
        stateHash: `${domain}-${Math.random()}-${i}`,
        nonce: 'n',
        codeVerifier: 'v',
        purpose: 'sign-in',
        next: '/',
        expiresAt: future,
        ...extra,
      }))
    await prisma.ssoAuthRequest.createMany({ data: rows(MAX_OPEN_SSO_REQUESTS - 1) })
    await prisma.ssoAuthRequest.createMany({ data: rows(5, { consumedAt: new Date() }) })
    await prisma.ssoAuthRequest.createMany({ data: rows(5, { expiresAt: new Date(Date.now() - 1000) }) })

    expect(new URL(await startSignIn(`first@${domain}`)).origin).toBe(op.issuer)
    expect(await ssoSignInAction({ email: `second@${domain}` })).toMatchObject({
      ok: false,
      code: 'RATE_LIMITED',
      message: 'Too many sign-ins to this organisation are under way. Try again in a few minutes.',
    })
    expect(await prisma.ssoAuthRequest.count({ where: { organizationId: org.orgId, consumedAt: null } })).toBe(MAX_OPEN_SSO_REQUESTS)
  })

  it('a client asking about domains without single sign-on is throttled like failed sign-ins, for every domain', async () => {
    const org = await createTestOrg()
    const { domain } = await connectOrg(org, op, 'probed')
    for (let attempt = 0; attempt < MAX_FAILURES; attempt++)
      expect(await ssoSignInAction({ email: `x@${uniqueDomain('probe')}` })).toMatchObject({ ok: false, code: 'INVALID' })

    const refused = await ssoSignInAction({ email: `x@${uniqueDomain('probe')}` })
    expect(refused).toMatchObject({
      ok: false,
      code: 'RATE_LIMITED',
      message: expect.stringMatching(/^Too many failed attempts\. Try again in \d+ minutes?\.$/),
    })
    // Refused before the lookup, so the answer no longer tells a domain with SSO from one without.
    expect(await ssoSignInAction({ email: `someone@${domain}` })).toMatchObject({ ok: false, code: 'RATE_LIMITED' })
  })
})
