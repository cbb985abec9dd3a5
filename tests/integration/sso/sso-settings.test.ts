import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { signInAction } from '@/app/(auth)/actions'
import {
  addSsoDomainAction,
  deleteSsoConnectionAction,
  removeSsoDomainAction,
  saveSsoConnectionAction,
  verifySsoDomainByDnsAction,
  verifySsoDomainBySignInAction,
} from '@/app/(app)/settings/sso/actions'
import { checkOAuthSignIn } from '@/lib/auth/oauth'
import { hashPassword } from '@/lib/auth/password'
import { SSO_ERRORS, SSO_REQUIRED_MESSAGE } from '@/lib/auth/sign-in-errors'
import { prisma } from '@/lib/db/client'
import { getSsoSettings } from '@/lib/db/accounts/sso'
import { env } from '@/lib/env'
import { ssoRedirectUri } from '@/lib/server/sso/flow'
import { verifySsoDomainByDns } from '@/lib/server/sso/manage'
import { createTestOrg, signInAs, signOut } from '../../support/factories'
import { signInAtProvider, startOidcProvider, type LocalOp } from '../../support/oidc-provider'
import { callbackLocation, connectOrg, redirectOf, uniqueDomain } from './sso-support'

vi.mock('@/lib/auth/config', async (importOriginal) =>
  (await import('../accounts/credentials-stub')).stubbedAuthConfig(await importOriginal()),
)

// Settings › Single sign-on: the connection (issuer checked by discovery, secret sealed and write-only),
// domains verified by DNS or by signing in at the IdP, and "Require SSO" with the owners' break-glass path.

let op: LocalOp
beforeAll(async () => {
  Object.assign(env(), { SSO_ALLOW_LOOPBACK_HTTP: true })
  op = await startOidcProvider()
})
afterAll(() => op.close())

describe('the connection', () => {
  it('checks the issuer’s discovery document and says what is wrong with it, on the Issuer URL field', async () => {
    const org = await createTestOrg()
    await signInAs(org.members.OWNER, org.orgId)
    const base = { clientId: 'plural', clientSecret: 'a-secret-of-some-length', defaultRole: 'ENGINEER' }
    const unreachable = await saveSsoConnectionAction({ ...base, issuer: 'http://127.0.0.1:9/' })
    expect(unreachable).toMatchObject({ ok: false, code: 'INVALID' })
    expect(!unreachable.ok && unreachable.fieldErrors?.issuer?.[0]).toMatch(
      /^Could not reach http:\/\/127\.0\.0\.1:9\/.well-known\/openid-configuration/,
    )
    const notAnIssuer = await saveSsoConnectionAction({ ...base, issuer: `${op.issuer}/elsewhere` })
    expect(!notAnIssuer.ok && notAnIssuer.fieldErrors?.issuer?.[0]).toMatch(/did not serve a discovery document/)
    expect(await saveSsoConnectionAction({ ...base, issuer: 'ftp://idp.example.test' })).toMatchObject({
      ok: false,
      fieldErrors: { issuer: ['Enter the issuer URL as an https:// address'] },
    })
    expect(await prisma.ssoConnection.count({ where: { organizationId: org.orgId } })).toBe(0)
  })

  it('seals the client secret, never answers with it, and keeps it when the field is left empty', async () => {
    const org = await createTestOrg()
    const { client } = await connectOrg(org, op, 'secret')
    const row = await prisma.ssoConnection.findUniqueOrThrow({ where: { organizationId: org.orgId } })
    expect(row.clientSecretSealed).toMatch(/^v1\./)
    expect(row.clientSecretSealed).not.toContain(client.clientSecret)
    const settings = await getSsoSettings(org.orgId)
    expect(JSON.stringify(settings)).not.toContain(client.clientSecret)
    expect(settings.connection).toMatchObject({ issuer: op.issuer, clientSecretSet: true, requireSso: false })

    await signInAs(org.members.ADMIN, org.orgId)
    const kept = await saveSsoConnectionAction({ issuer: op.issuer, clientId: client.clientId, clientSecret: '', defaultRole: 'LEAD' })
    expect(kept).toEqual({ ok: true, data: { saved: true } })
    const after = await prisma.ssoConnection.findUniqueOrThrow({ where: { organizationId: org.orgId } })
    expect(after).toMatchObject({ clientSecretSealed: row.clientSecretSealed, defaultRole: 'LEAD' })
  })

  it('gives no OWNER or ADMIN role to people joining through the IdP, and only owners and admins manage it', async () => {
    const org = await createTestOrg()
    await signInAs(org.members.ADMIN, org.orgId)
    expect(await saveSsoConnectionAction({ issuer: op.issuer, clientId: 'x', clientSecret: 'y', defaultRole: 'ADMIN' })).toMatchObject({
      ok: false,
      fieldErrors: { defaultRole: ['Choose the role for new members'] },
    })
    await signInAs(org.members.MANAGER, org.orgId)
    expect(await addSsoDomainAction({ domain: uniqueDomain('manager') })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })

  it('removing the connection keeps the verified domains, and is audited', async () => {
    const org = await createTestOrg()
    const { domain } = await connectOrg(org, op, 'removal')
    await signInAs(org.members.OWNER, org.orgId)
    expect(await deleteSsoConnectionAction({})).toMatchObject({ ok: true })
    expect((await getSsoSettings(org.orgId)).domains.map((d) => [d.domain, d.verifiedBy])).toEqual([[domain, 'dns']])
    const actions = await prisma.auditEvent.findMany({
      where: { organizationId: org.orgId, action: { startsWith: 'sso.' } },
      select: { action: true },
    })
    expect(actions.map((a) => a.action).sort()).toEqual([
      'sso.connection_created',
      'sso.connection_deleted',
      'sso.domain_added',
      'sso.domain_verified',
    ])
  })
})

describe('domain verification', () => {
  async function pendingDomain(name: string) {
    const org = await createTestOrg()
    await connectOrg(org, op, `${name}-base`)
    await signInAs(org.members.ADMIN, org.orgId)
    const domain = uniqueDomain(name)
    const added = await addSsoDomainAction({ domain: `@${domain.toUpperCase()}` })
    if (!added.ok) throw new Error(added.message)
    const { verificationToken } = (await getSsoSettings(org.orgId)).domains.find((d) => d.domain === domain)!
    return { org, domain, domainId: added.data.id, verificationToken }
  }

  it('by DNS: the TXT record must say plural-verification=<token>; lookups with no record say so', async () => {
    const { org, domain, domainId, verificationToken } = await pendingDomain('dns')
    const actor = org.members.ADMIN.userId
    await expect(
      verifySsoDomainByDns(org.orgId, actor, domainId, async () => [['v=spf1 -all'], ['plural-verification=wrong']]),
    ).rejects.toThrow(`No TXT record "plural-verification=${verificationToken}" was found at ${domain}`)
    const missing = Object.assign(new Error('queryTxt ENODATA'), { code: 'ENODATA' })
    await expect(verifySsoDomainByDns(org.orgId, actor, domainId, () => Promise.reject(missing))).rejects.toMatchObject({ code: 'INVALID' })
    // A long record may come split into strings; they are joined.
    const split = [['plural-verification=', verificationToken]]
    expect(await verifySsoDomainByDns(org.orgId, actor, domainId, async () => split)).toEqual({ verified: true })
    expect((await getSsoSettings(org.orgId)).domains.find((d) => d.domain === domain)).toMatchObject({ verifiedBy: 'dns' })
  })

  it('by DNS through the action: a .test name has no records, so it is refused with the record to publish', async () => {
    const { domain, domainId, verificationToken } = await pendingDomain('dns-action')
    const result = await verifySsoDomainByDnsAction({ domainId })
    expect(result).toMatchObject({ ok: false })
    expect(!result.ok && result.message).toContain(`plural-verification=${verificationToken}`)
    expect(!result.ok && result.message).toContain(domain)
  })

  it('by signing in at the IdP with an address of the domain; an address of another domain does not count', async () => {
    const { org, domain, domainId } = await pendingDomain('signin')
    op.accounts.set(`outsider-${domain}`, { email: `admin@${uniqueDomain('other')}`, email_verified: true })
    op.accounts.set(`admin-${domain}`, { email: `admin@${domain}`, email_verified: true })

    const first = await redirectOf(() => verifySsoDomainBySignInAction({ domainId }))
    const refused = await signInAtProvider(first, `outsider-${domain}`, await ssoRedirectUri())
    expect(await callbackLocation(refused)).toBe(`/settings/sso?error=${SSO_ERRORS.domainNotVerified}`)

    const second = await redirectOf(() => verifySsoDomainBySignInAction({ domainId }))
    const proved = await signInAtProvider(second, `admin-${domain}`, await ssoRedirectUri())
    expect(await callbackLocation(proved)).toBe(`/settings/sso?verified=${domain}`)
    expect((await getSsoSettings(org.orgId)).domains.find((d) => d.domain === domain)).toMatchObject({ verifiedBy: 'sign-in' })
  })

  it('a domain verified by one organisation cannot be verified by another that listed it first', async () => {
    const { org: slow, domainId } = await pendingDomain('race')
    const domain = (await getSsoSettings(slow.orgId)).domains.find((d) => d.id === domainId)!
    const fast = await createTestOrg()
    await connectOrg(fast, op, 'race-fast')
    await signInAs(fast.members.ADMIN, fast.orgId)
    const added = await addSsoDomainAction({ domain: domain.domain })
    if (!added.ok) throw new Error(added.message)
    const token = (await getSsoSettings(fast.orgId)).domains.find((d) => d.id === added.data.id)!.verificationToken
    await verifySsoDomainByDns(fast.orgId, fast.members.ADMIN.userId, added.data.id, async () => [[`plural-verification=${token}`]])
    await expect(
      verifySsoDomainByDns(slow.orgId, slow.members.ADMIN.userId, domainId, async () => [
        [`plural-verification=${domain.verificationToken}`],
      ]),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'Another organisation has already verified this domain.' })
  })

  it('removes a domain of its own organisation only', async () => {
    const { org, domainId } = await pendingDomain('remove')
    const other = await createTestOrg()
    await signInAs(other.members.ADMIN, other.orgId)
    expect(await removeSsoDomainAction({ domainId })).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    await signInAs(org.members.ADMIN, org.orgId)
    expect(await removeSsoDomainAction({ domainId })).toMatchObject({ ok: true })
  })
})

describe('Require SSO', () => {
  const password = 'correct horse battery'
  async function requiredOrg() {
    const org = await createTestOrg()
    const { domain, client } = await connectOrg(org, op, 'required')
    await signInAs(org.members.OWNER, org.orgId)
    const saved = await saveSsoConnectionAction({
      issuer: op.issuer,
      clientId: client.clientId,
      clientSecret: '',
      defaultRole: 'ENGINEER',
      requireSso: 'on',
    })
    expect(saved).toMatchObject({ ok: true })
    signOut()
    const person = async (local: string, role: 'OWNER' | 'ENGINEER') => {
      const email = `${local}@${domain}`
      const user = await prisma.user.create({ data: { email, name: local, passwordHash: await hashPassword(password) } })
      await prisma.membership.create({ data: { organizationId: org.orgId, userId: user.id, role } })
      return { email, userId: user.id }
    }
    return { org, domain, person }
  }

  it('refuses a member’s password sign-in with a message that says to use SSO, wrong password or right', async () => {
    const { person } = await requiredOrg()
    const { email } = await person('member', 'ENGINEER')
    for (const attempt of [password, 'wrong password here'])
      expect(await signInAction({ email, password: attempt })).toEqual({
        ok: false,
        code: 'INVALID',
        message: SSO_REQUIRED_MESSAGE,
        fieldErrors: { email: [SSO_REQUIRED_MESSAGE] },
      })
  })

  it('lets an owner in with the password (break-glass) and audits every use', async () => {
    const { org, person } = await requiredOrg()
    const { email, userId } = await person('boss', 'OWNER')
    expect(await signInAction({ email, password })).toMatchObject({ ok: true })
    expect(await signInAction({ email, password: 'not the password' })).toMatchObject({ ok: false, message: SSO_REQUIRED_MESSAGE })
    const glass = await prisma.auditEvent.findMany({
      where: { organizationId: org.orgId, action: 'auth.sso_break_glass' },
      select: { actorId: true },
    })
    expect(glass).toEqual([{ actorId: userId }])
  })

  it('also refuses GitHub or Google sign-in for the domain, except for owners', async () => {
    const { person } = await requiredOrg()
    const member = await person('oauth-member', 'ENGINEER')
    const owner = await person('oauth-owner', 'OWNER')
    const google = { provider: 'google', providerAccountId: 'g-1' }
    expect(await checkOAuthSignIn(google, { email: member.email, email_verified: true })).toBe(`/login/sso?error=${SSO_ERRORS.required}`)
    expect(await checkOAuthSignIn(google, { email: owner.email, email_verified: true })).toBe(true)
  })

  it('leaves other domains, and organisations that do not require SSO, on passwords', async () => {
    const org = await createTestOrg()
    const { domain } = await connectOrg(org, op, 'optional')
    const email = `free@${domain}`
    const user = await prisma.user.create({ data: { email, name: 'Free', passwordHash: await hashPassword(password) } })
    await prisma.membership.create({ data: { organizationId: org.orgId, userId: user.id, role: 'ENGINEER' } })
    expect(await signInAction({ email, password })).toMatchObject({ ok: true })
  })
})
