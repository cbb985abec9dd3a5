import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { emailDomain, ssoIdentityOf, txtRecordsProve, verificationRecord } from '@/lib/accounts/sso'
import { SSO_ERRORS, signInErrorMessage } from '@/lib/auth/sign-in-errors'
import { ssoConnectionSchema, ssoDomainSchema } from '@/lib/schemas/sso'

const label = fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/)
const domain = fc.tuple(label, label).map(([a, b]) => `${a}.${b}`)

describe('who an IdP’s claims may sign in', () => {
  it('only an e-mail with email_verified exactly true, in one of the organisation’s verified domains', () => {
    fc.assert(
      fc.property(
        label,
        domain,
        fc.array(domain, { maxLength: 3 }),
        fc.constantFrom<unknown>(true, false, 'true', 1, undefined, null),
        (local, emailDomainName, verified, emailVerified) => {
          const result = ssoIdentityOf({ sub: 'x', email: `${local}@${emailDomainName}`, email_verified: emailVerified }, verified)
          expect(result.ok).toBe(emailVerified === true && verified.includes(emailDomainName))
        },
      ),
    )
  })

  it('says which check failed, and compares e-mails in lower case', () => {
    expect(ssoIdentityOf({ email: 'a@x.test', email_verified: false }, ['x.test'])).toEqual({ ok: false, reason: 'email-unverified' })
    expect(ssoIdentityOf({ email_verified: true }, ['x.test'])).toEqual({ ok: false, reason: 'email-unverified' })
    expect(ssoIdentityOf({ email: 'a@y.test', email_verified: true }, ['x.test'])).toEqual({ ok: false, reason: 'domain-not-verified' })
    expect(ssoIdentityOf({ sub: 's1', email: ' Ada@X.Test ', email_verified: true, name: ' Ada ' }, ['x.test'])).toEqual({
      ok: true,
      identity: { email: 'ada@x.test', name: 'Ada', subject: 's1' },
    })
  })

  it('takes Entra ID’s xms_edov for email_verified only when email_verified is absent', () => {
    const email = 'a@x.test'
    expect(ssoIdentityOf({ email, xms_edov: true }, ['x.test']).ok).toBe(true)
    expect(ssoIdentityOf({ email, xms_edov: true, email_verified: false }, ['x.test']).ok).toBe(false)
    expect(ssoIdentityOf({ email, xms_edov: 'true' }, ['x.test']).ok).toBe(false)
    expect(ssoIdentityOf({ email }, ['x.test']).ok).toBe(false)
  })

  it('does not take a sub-domain or a look-alike for the verified domain', () => {
    for (const email of ['a@evil.x.test', 'a@x.test.evil', 'a@xx.test', 'a@x.test@evil.test'])
      expect(ssoIdentityOf({ email, email_verified: true }, ['x.test']).ok).toBe(false)
  })
})

describe('domain verification by DNS', () => {
  it('accepts exactly plural-verification=<token>, also when the resolver split it into strings', () => {
    expect(verificationRecord('abc')).toBe('plural-verification=abc')
    expect(txtRecordsProve([['v=spf1 -all'], ['plural-verification=abc']], 'abc')).toBe(true)
    expect(txtRecordsProve([['plural-verif', 'ication=abc']], 'abc')).toBe(true)
    expect(txtRecordsProve([['plural-verification=abcd']], 'abc')).toBe(false)
    expect(txtRecordsProve([], 'abc')).toBe(false)
  })

  it('reads the domain of an e-mail after its last @', () => {
    expect(emailDomain('a@B.Example.COM')).toBe('b.example.com')
    expect(emailDomain('no-at-sign')).toBeNull()
    expect(emailDomain('trailing@')).toBeNull()
  })
})

describe('the settings schemas', () => {
  it('takes a domain as typed with @ or capitals, and refuses URLs and addresses', () => {
    expect(ssoDomainSchema.parse({ domain: ' @Example.COM ' })).toEqual({ domain: 'example.com' })
    for (const bad of ['https://example.com', 'a@example.com', 'localhost', 'example', '-x.com'])
      expect(ssoDomainSchema.safeParse({ domain: bad }).success).toBe(false)
  })

  it('leaves the client secret empty to keep the stored one, and reads the Require SSO checkbox', () => {
    const base = { issuer: 'https://idp.example.com', clientId: 'abc', defaultRole: 'ENGINEER' }
    expect(ssoConnectionSchema.parse(base)).toMatchObject({ clientSecret: '', requireSso: false })
    expect(ssoConnectionSchema.parse({ ...base, requireSso: 'on' }).requireSso).toBe(true)
    expect(ssoConnectionSchema.safeParse({ ...base, issuer: 'https://idp.example.com/?tenant=1' }).success).toBe(false)
  })
})

it('every single sign-on error code has its own sentence on the sign-in page', () => {
  const general = signInErrorMessage('NoSuchCode')
  for (const code of Object.values(SSO_ERRORS)) expect(signInErrorMessage(code)).not.toBe(general)
})
