import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { ssoSignInAction } from '@/app/(auth)/actions'
import { addSsoDomainAction } from '@/app/(app)/settings/sso/actions'
import { requireActor } from '@/lib/auth/actor'
import { SSO_ERRORS } from '@/lib/auth/sign-in-errors'
import { prisma } from '@/lib/db/client'
import { deactivateMembership } from '@/lib/db/accounts/deactivation'
import { env } from '@/lib/env'
import { completeSso, ssoRedirectUri } from '@/lib/server/sso/flow'
import { createTestOrg, signInAs, signOut } from '../../support/factories'
import { startOidcProvider, signInAtProvider, type LocalOp } from '../../support/oidc-provider'
import { currentSession, setSsoStateCookie } from '../../support/session-mock'
import { callbackLocation, connectOrg, finishAtCallback, rewritingIdToken, startSignIn, uniqueDomain } from './sso-support'

// Single sign-on against a real OpenID Provider (oidc-provider on a loopback port): the whole round trip
// through the provider's login and consent pages, the callback route, and each check that must refuse.

let op: LocalOp
beforeAll(async () => {
  Object.assign(env(), { SSO_ALLOW_LOOPBACK_HTTP: true })
  op = await startOidcProvider()
})
afterAll(() => op.close())

const stateOf = (authorizationUrl: string) => new URL(authorizationUrl).searchParams.get('state')!
const membershipOf = (organizationId: string, email: string) =>
  prisma.membership.findFirst({ where: { organizationId, user: { email } }, select: { role: true } })

describe('signing in through the organisation’s IdP', () => {
  it('signs a new person in with PKCE, state and nonce, as a member with the default role, in that organisation', async () => {
    const org = await createTestOrg()
    const { domain } = await connectOrg(org, op, 'good')
    const email = `new.person@${domain}`
    op.accounts.set('new-person', { email, email_verified: true, name: 'New Person' })

    const url = await startSignIn(email)
    const sent = new URL(url)
    expect(sent.origin).toBe(op.issuer)
    expect(sent.searchParams.get('code_challenge_method')).toBe('S256')
    expect(sent.searchParams.get('scope')).toBe('openid email profile')
    expect(sent.searchParams.get('nonce')).toMatch(/^[\w-]{20,}$/)
    // The state is stored hashed, the verifier never leaves the server.
    expect(await prisma.ssoAuthRequest.count({ where: { stateHash: stateOf(url) } })).toBe(0)

    const { location } = await finishAtCallback(url, 'new-person')
    expect(location).toBe('/')
    expect(await membershipOf(org.orgId, email)).toEqual({ role: 'ENGINEER' })
    const user = await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, name: true, passwordHash: true } })
    expect(user).toMatchObject({ name: 'New Person', passwordHash: null })
    expect(currentSession()?.userId).toBe(user.id)
    const actor = await requireActor('self:use')
    expect(actor).toMatchObject({ orgId: org.orgId, role: 'ENGINEER' })
    const events = await prisma.auditEvent.findMany({ where: { organizationId: org.orgId, actorId: user.id }, select: { action: true } })
    expect(events.map((e) => e.action).sort()).toEqual(['auth.sso_signed_in', 'sso.member_joined'])
    // The ticket that minted the session is gone: it cannot mint a second one.
    expect(await prisma.ssoAuthRequest.count({ where: { ticketUserId: user.id } })).toBe(0)
  })

  it('a member removed from the organisation loses access at the next request', async () => {
    const org = await createTestOrg()
    const { domain } = await connectOrg(org, op, 'removed')
    const email = `leaver@${domain}`
    op.accounts.set('leaver', { email, email_verified: true })
    await finishAtCallback(await startSignIn(email), 'leaver')
    expect(await requireActor('self:use')).toMatchObject({ orgId: org.orgId })
    await prisma.membership.deleteMany({ where: { organizationId: org.orgId, user: { email } } })
    await expect(requireActor('self:use')).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })

  it('a member the provider switched off (SCIM deactivation) loses the session and cannot sign in through the IdP again', async () => {
    const org = await createTestOrg()
    const { domain } = await connectOrg(org, op, 'deactivated')
    const email = `switched.off@${domain}`
    op.accounts.set('switched-off', { email, email_verified: true })
    await finishAtCallback(await startSignIn(email), 'switched-off')
    const { id: membershipId } = await prisma.membership.findFirstOrThrow({ where: { organizationId: org.orgId, user: { email } } })
    await prisma.$transaction((tx) => deactivateMembership(tx, org.orgId, membershipId, { source: 'scim' }))
    await expect(requireActor('self:use')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' })
    signOut()
    const { location } = await finishAtCallback(await startSignIn(email), 'switched-off')
    expect(location).toBe(`/login/sso?error=${SSO_ERRORS.deactivated}`)
    expect(currentSession()).toBeNull()
    expect(await prisma.membership.findUniqueOrThrow({ where: { id: membershipId }, select: { deactivatedAt: true } })).not.toEqual({
      deactivatedAt: null,
    })
  })

  it('an existing account of the domain signs in to it and keeps its role', async () => {
    const org = await createTestOrg()
    const { domain } = await connectOrg(org, op, 'existing')
    const email = `lead@${domain}`
    const user = await prisma.user.create({ data: { email, name: 'Lead', passwordHash: null } })
    await prisma.membership.create({ data: { organizationId: org.orgId, userId: user.id, role: 'LEAD' } })
    op.accounts.set('lead', { email, email_verified: true })
    await finishAtCallback(await startSignIn(email), 'lead')
    expect(currentSession()?.userId).toBe(user.id)
    expect(await membershipOf(org.orgId, email)).toEqual({ role: 'LEAD' })
  })
})

describe('what single sign-on refuses', () => {
  it('an e-mail whose domain no organisation verified: no IdP to go to', async () => {
    const org = await createTestOrg()
    await connectOrg(org, op, 'verified')
    const pending = uniqueDomain('pending')
    await signInAs(org.members.ADMIN, org.orgId)
    expect(await addSsoDomainAction({ domain: pending })).toMatchObject({ ok: true })
    signOut()
    expect(await ssoSignInAction({ email: `someone@${pending}` })).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { email: [`Single sign-on is not set up for ${pending}. Sign in with your password instead.`] },
    })
  })

  it('an IdP answer naming an e-mail outside the organisation’s verified domains', async () => {
    const org = await createTestOrg()
    const { domain } = await connectOrg(org, op, 'own')
    const elsewhere = `eve@${uniqueDomain('elsewhere')}`
    op.accounts.set('eve-elsewhere', { email: elsewhere, email_verified: true })
    const { location } = await finishAtCallback(await startSignIn(`eve@${domain}`), 'eve-elsewhere')
    expect(location).toBe(`/login/sso?error=${SSO_ERRORS.domainNotVerified}`)
    expect(await prisma.user.count({ where: { email: elsewhere } })).toBe(0)
  })

  it('a second organisation’s IdP cannot sign anyone into the first', async () => {
    const first = await createTestOrg()
    const second = await createTestOrg()
    const { domain: firstDomain } = await connectOrg(first, op, 'first')
    const { domain: secondDomain } = await connectOrg(second, op, 'second')
    // The second organisation cannot claim the first one's verified domain…
    await signInAs(second.members.ADMIN, second.orgId)
    expect(await addSsoDomainAction({ domain: firstDomain })).toMatchObject({ ok: false, code: 'CONFLICT' })
    signOut()
    // …and its IdP vouching for a person of that domain signs them in nowhere.
    const victim = `ceo@${firstDomain}`
    op.accounts.set('forged-ceo', { email: victim, email_verified: true })
    const { location } = await finishAtCallback(await startSignIn(`someone@${secondDomain}`), 'forged-ceo')
    expect(location).toBe(`/login/sso?error=${SSO_ERRORS.domainNotVerified}`)
    expect(currentSession()).toBeNull()
    expect(await prisma.user.count({ where: { email: victim } })).toBe(0)
  })

  it('an e-mail the IdP did not verify (email_verified false)', async () => {
    const org = await createTestOrg()
    const { domain } = await connectOrg(org, op, 'unverified-email')
    const email = `unsure@${domain}`
    op.accounts.set('unsure', { email, email_verified: false })
    const { location } = await finishAtCallback(await startSignIn(email), 'unsure')
    expect(location).toBe(`/login/sso?error=${SSO_ERRORS.emailUnverified}`)
    expect(await membershipOf(org.orgId, email)).toBeNull()
  })

  it('a replayed state, and an answer in a browser that did not ask', async () => {
    const org = await createTestOrg()
    const { domain } = await connectOrg(org, op, 'replay')
    const email = `once@${domain}`
    op.accounts.set('once', { email, email_verified: true })
    const url = await startSignIn(email)
    const { back, location } = await finishAtCallback(url, 'once')
    expect(location).toBe('/')
    signOut()
    setSsoStateCookie(stateOf(url))
    expect(await callbackLocation(back)).toBe(`/login/sso?error=${SSO_ERRORS.stateInvalid}`)
    expect(currentSession()).toBeNull()

    const other = await startSignIn(email)
    const answer = await signInAtProvider(other, 'once', back.origin + back.pathname)
    setSsoStateCookie(undefined) // another browser: no state cookie
    expect(await callbackLocation(answer)).toBe(`/login/sso?error=${SSO_ERRORS.stateInvalid}`)
  })

  it('a PKCE verifier that does not match the challenge: the provider refuses the code', async () => {
    const org = await createTestOrg()
    const { domain } = await connectOrg(org, op, 'pkce')
    const email = `pkce@${domain}`
    op.accounts.set('pkce', { email, email_verified: true })
    const url = await startSignIn(email)
    await prisma.ssoAuthRequest.updateMany({
      where: { organizationId: org.orgId },
      data: { codeVerifier: randomBytes(32).toString('base64url') },
    })
    const { location } = await finishAtCallback(url, 'pkce')
    expect(location).toBe(`/login/sso?error=${SSO_ERRORS.failed}`)
    expect(await membershipOf(org.orgId, email)).toBeNull()
  })
})

describe('the id_token checks (a token re-signed with the provider’s own key, one claim changed)', () => {
  async function answerWith(change: (claims: Record<string, unknown>) => Record<string, unknown>, key = op.signingKey) {
    const org = await createTestOrg()
    const { domain } = await connectOrg(org, op, 'token')
    const email = `token@${domain}`
    op.accounts.set(`token-${domain}`, { email, email_verified: true })
    const url = await startSignIn(email)
    const back = await signInAtProvider(url, `token-${domain}`, await ssoRedirectUri())
    return { org, email, outcome: await completeSso(back.searchParams, stateOf(url), { fetch: rewritingIdToken(op, change, key) }) }
  }
  const now = () => Math.floor(Date.now() / 1000)

  it('accepts the re-signed token when nothing that matters changed (clock skew within 30 s)', async () => {
    const { outcome } = await answerWith((claims) => ({ ...claims, exp: now() - 10 }))
    expect(outcome).toMatchObject({ kind: 'signed-in' })
  })

  it('refuses a token for another audience', async () => {
    const { outcome, org, email } = await answerWith((claims) => ({ ...claims, aud: 'someone-else' }))
    expect(outcome).toEqual({ kind: 'refused', purpose: 'sign-in', code: SSO_ERRORS.failed })
    expect(await membershipOf(org.orgId, email)).toBeNull()
  })

  it('refuses an expired token', async () => {
    const { outcome } = await answerWith((claims) => ({ ...claims, iat: now() - 3700, exp: now() - 120 }))
    expect(outcome).toMatchObject({ kind: 'refused', code: SSO_ERRORS.failed })
  })

  it('refuses a token signed by a key that is not in the provider’s JWKS', async () => {
    const forger = {
      ...(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }) as object),
      kid: op.signingKey.kid,
    }
    const { outcome } = await answerWith((claims) => claims, forger)
    expect(outcome).toMatchObject({ kind: 'refused', code: SSO_ERRORS.failed })
  })

  it('refuses a token from another issuer and one with another nonce', async () => {
    expect((await answerWith((claims) => ({ ...claims, iss: 'https://idp.example.test' }))).outcome).toMatchObject({ kind: 'refused' })
    expect((await answerWith((claims) => ({ ...claims, nonce: 'replayed-nonce' }))).outcome).toMatchObject({ kind: 'refused' })
  })
})
