import { decode } from 'next-auth/jwt'

// Reads the Auth.js session cookie the way Auth.js's own session endpoint does, without running
// that endpoint. `auth()` in a page builds a request to /api/auth/session, decodes the token, runs
// the callbacks and encrypts a fresh token for a Set-Cookie header that a page cannot send and
// next-auth drops. Every signed-in request paid for that second encryption; this reads only.

/** `sessionId` names this sign-in (signing out revokes it); `sessionVersion` ends all of the user's sessions at once. */
export type RawSession = { userId: string; sessionVersion: number; sessionId: string }

const BASE_NAME = 'authjs.session-token'

/**
 * Auth.js names the cookie `__Secure-…` when its URL is https: the configured NEXTAUTH_URL,
 * else the request's forwarded protocol, which it assumes to be https when absent.
 */
export function sessionCookieName(configuredUrl: string | undefined, forwardedProto: string | null): string {
  const protocol = configuredUrl ? new URL(configuredUrl).protocol : `${(forwardedProto ?? 'https').replace(/:$/, '')}:`
  return protocol === 'https:' ? `__Secure-${BASE_NAME}` : BASE_NAME
}

/** The token under `name`, or its chunks `name.0`, `name.1`, … joined in order (Auth.js splits large tokens). */
export function sessionTokenFrom(cookies: ReadonlyMap<string, string>, name: string): string | undefined {
  const whole = cookies.get(name)
  if (whole) return whole
  const chunks: string[] = []
  for (let i = 0; cookies.has(`${name}.${i}`); i++) chunks.push(cookies.get(`${name}.${i}`)!)
  return chunks.length ? chunks.join('') : undefined
}

/**
 * Decrypts and checks the token (signature, expiry) with the cookie name as salt, as Auth.js does.
 * A token without a session version reads as -1, which never matches a user's. A token without a
 * session id (issued before signing out could revoke one session) is refused: it could not be revoked.
 */
export async function decodeSessionToken(
  token: string,
  secret: string,
  cookieName: string,
): Promise<{ session: RawSession; expiresAt: number } | null> {
  try {
    const payload = await decode({ token, secret, salt: cookieName })
    if (typeof payload?.sub !== 'string' || !payload.sub || typeof payload.exp !== 'number') return null
    if (typeof payload.sid !== 'string' || !payload.sid) return null
    const sessionVersion = typeof payload.sv === 'number' ? payload.sv : -1
    return { session: { userId: payload.sub, sessionVersion, sessionId: payload.sid }, expiresAt: payload.exp * 1000 }
  } catch {
    return null
  }
}

/**
 * Remembers decoded tokens until they expire (or 10 minutes), so a browser's next request skips the
 * decryption. Only valid tokens are kept; revocation is still checked against the user row on every
 * request (sessionVersion, revoked session ids). Bounded: the oldest entry goes first.
 */
export class SessionTokenMemo {
  private readonly entries = new Map<string, { session: RawSession; until: number }>()

  constructor(
    private readonly maxEntries = 10_000,
    private readonly maxAgeMs = 10 * 60_000,
  ) {}

  async read(key: string, now: number, decodeToken: () => ReturnType<typeof decodeSessionToken>): Promise<RawSession | null> {
    const hit = this.entries.get(key)
    if (hit && hit.until > now) return hit.session
    this.entries.delete(key)
    const decoded = await decodeToken()
    if (!decoded || decoded.expiresAt <= now) return null
    this.entries.set(key, { session: decoded.session, until: Math.min(decoded.expiresAt, now + this.maxAgeMs) })
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string)
    return decoded.session
  }
}
