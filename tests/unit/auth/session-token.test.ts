import fc from 'fast-check'
import { encode } from 'next-auth/jwt'
import { describe, expect, it, vi } from 'vitest'
import { decodeSessionToken, sessionCookieName, sessionTokenFrom, SessionTokenMemo } from '@/lib/auth/session-token'

const secret = 'unit-test-secret-that-is-at-least-32-characters'
const NAME = 'authjs.session-token'

// Tokens made by Auth.js's own encoder, exactly as the sign-in callback sets them.
const issue = (token: Record<string, unknown>, options: { salt?: string; maxAge?: number; key?: string } = {}) =>
  encode({ token, secret: options.key ?? secret, salt: options.salt ?? NAME, maxAge: options.maxAge })

describe('session cookie name', () => {
  it('follows the configured URL first, as Auth.js does', () => {
    expect(sessionCookieName('https://plural.example.com', 'http')).toBe(`__Secure-${NAME}`)
    expect(sessionCookieName('http://127.0.0.1:3000', 'https')).toBe(NAME)
  })

  it('falls back to the forwarded protocol, and to https when there is none', () => {
    expect(sessionCookieName(undefined, 'http')).toBe(NAME)
    expect(sessionCookieName(undefined, 'https')).toBe(`__Secure-${NAME}`)
    expect(sessionCookieName(undefined, null)).toBe(`__Secure-${NAME}`)
  })
})

describe('session token from cookies', () => {
  it('takes the whole cookie, or joins its chunks in order', () => {
    expect(sessionTokenFrom(new Map([[NAME, 'abc']]), NAME)).toBe('abc')
    const chunked = new Map([
      [`${NAME}.1`, 'def'],
      [`${NAME}.0`, 'abc'],
      [`${NAME}.2`, 'ghi'],
    ])
    expect(sessionTokenFrom(chunked, NAME)).toBe('abcdefghi')
  })

  it('finds nothing under another name or with a missing first chunk', () => {
    expect(sessionTokenFrom(new Map([[`__Secure-${NAME}`, 'abc']]), NAME)).toBeUndefined()
    expect(sessionTokenFrom(new Map([[`${NAME}.1`, 'def']]), NAME)).toBeUndefined()
    expect(sessionTokenFrom(new Map(), NAME)).toBeUndefined()
  })
})

describe('decoding a session token', () => {
  it('reads the user, session version and session id of a token Auth.js issued', async () => {
    const decoded = await decodeSessionToken(await issue({ sub: 'user-1', sv: 3, sid: 'session-1' }), secret, NAME)
    expect(decoded?.session).toEqual({ userId: 'user-1', sessionVersion: 3, sessionId: 'session-1' })
    expect(decoded!.expiresAt).toBeGreaterThan(Date.now() + 29 * 24 * 3600_000)
  })

  it('gives a token without a session version -1, which no user has', async () => {
    expect((await decodeSessionToken(await issue({ sub: 'user-1', sid: 's' }), secret, NAME))?.session.sessionVersion).toBe(-1)
  })

  it('refuses a token without a session id, which signing out could not revoke', async () => {
    expect(await decodeSessionToken(await issue({ sub: 'user-1', sv: 0 }), secret, NAME)).toBeNull()
    expect(await decodeSessionToken(await issue({ sub: 'user-1', sv: 0, sid: '' }), secret, NAME)).toBeNull()
  })

  it('refuses tokens without a user, with another salt or secret, expired, or altered', async () => {
    expect(await decodeSessionToken(await issue({ sv: 1, sid: 's' }), secret, NAME)).toBeNull()
    expect(await decodeSessionToken(await issue({ sub: 'u', sv: 1, sid: 's' }, { salt: `__Secure-${NAME}` }), secret, NAME)).toBeNull()
    expect(
      await decodeSessionToken(
        await issue({ sub: 'u', sv: 1, sid: 's' }, { key: 'another-secret-that-is-at-least-32-characters' }),
        secret,
        NAME,
      ),
    ).toBeNull()
    // Auth.js allows 15 s of clock skew; this one expired a minute ago.
    expect(await decodeSessionToken(await issue({ sub: 'u', sv: 1, sid: 's' }, { maxAge: -60 }), secret, NAME)).toBeNull()
    const token = await issue({ sub: 'u', sv: 1, sid: 's' })
    const altered = token.slice(0, -5) + (token.at(-5) === 'A' ? 'B' : 'A') + token.slice(-4)
    expect(await decodeSessionToken(altered, secret, NAME)).toBeNull()
  })

  it('never throws on arbitrary cookie values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 400 }), async (value) => {
        expect(await decodeSessionToken(value, secret, NAME)).toBeNull()
      }),
      { numRuns: 50 },
    )
  })
})

describe('remembered tokens', () => {
  const session = { userId: 'user-1', sessionVersion: 2, sessionId: 'session-1' }

  it('decodes a token once and answers later reads from memory', async () => {
    const memo = new SessionTokenMemo()
    const decode = vi.fn(async () => ({ session, expiresAt: 1_000_000 }))
    expect(await memo.read('t', 0, decode)).toEqual(session)
    expect(await memo.read('t', 1_000, decode)).toEqual(session)
    expect(decode).toHaveBeenCalledTimes(1)
  })

  it('forgets a token when it expires, or after the memo’s own limit, whichever comes first', async () => {
    const memo = new SessionTokenMemo(10, 5_000)
    const expiring = vi.fn(async () => ({ session, expiresAt: 2_000 }))
    await memo.read('soon', 0, expiring)
    expect(await memo.read('soon', 2_000, expiring)).toBeNull()
    expect(expiring).toHaveBeenCalledTimes(2)

    const longLived = vi.fn(async () => ({ session, expiresAt: 1_000_000 }))
    await memo.read('long', 0, longLived)
    await memo.read('long', 4_999, longLived)
    await memo.read('long', 5_000, longLived)
    expect(longLived).toHaveBeenCalledTimes(2)
  })

  it('keeps no invalid tokens and at most its bound of valid ones', async () => {
    const memo = new SessionTokenMemo(2)
    const invalid = vi.fn(async () => null)
    expect(await memo.read('bad', 0, invalid)).toBeNull()
    expect(await memo.read('bad', 0, invalid)).toBeNull()
    expect(invalid).toHaveBeenCalledTimes(2)

    const decode = vi.fn(async () => ({ session, expiresAt: 1_000_000 }))
    for (const key of ['a', 'b', 'c']) await memo.read(key, 0, decode)
    await memo.read('a', 0, decode) // 'a' was the oldest of three: dropped, decoded again
    expect(decode).toHaveBeenCalledTimes(4)
  })
})
