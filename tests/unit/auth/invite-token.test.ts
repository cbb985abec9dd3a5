import { describe, expect, it } from 'vitest'
import { formatInviteToken, hashInviteSecret, inviteHashesEqual, newInviteSecret, parseInviteToken } from '@/lib/accounts/invite-token'

describe('invitation tokens', () => {
  it('makes 32-byte URL-safe secrets that differ every time', () => {
    const a = newInviteSecret()
    const b = newInviteSecret()
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(Buffer.from(a, 'base64url')).toHaveLength(32)
    expect(a).not.toBe(b)
  })

  it('hashes with sha256 (hex), deterministically, and never returns the secret', () => {
    const secret = newInviteSecret()
    const hash = hashInviteSecret(secret)
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(hashInviteSecret(secret)).toBe(hash)
    expect(hash).not.toContain(secret)
    expect(hashInviteSecret('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })

  it('round-trips id and secret through the token', () => {
    const secret = newInviteSecret()
    expect(parseInviteToken(formatInviteToken('cmabc123', secret))).toEqual({ invitationId: 'cmabc123', secret })
  })

  it.each([
    '',
    'nodot',
    '.secretsecretsecretsecret',
    'id.short',
    'id.has spaces in the secret part',
    'a/b.secretsecretsecretsecret',
    `id.${'x'.repeat(101)}`,
  ])('rejects the malformed token %j', (token) => {
    expect(parseInviteToken(token)).toBeNull()
  })

  it('compares hashes: equal, different, and different lengths', () => {
    const h = hashInviteSecret('one')
    expect(inviteHashesEqual(h, hashInviteSecret('one'))).toBe(true)
    expect(inviteHashesEqual(h, hashInviteSecret('two'))).toBe(false)
    expect(inviteHashesEqual(h, h.slice(0, 32))).toBe(false)
    expect(inviteHashesEqual('', '')).toBe(false)
  })
})
