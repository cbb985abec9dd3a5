import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

// Invitation links carry `<invitationId>.<secret>`: the id selects the row, the secret is checked
// against its stored sha256 in constant time (selector/verifier). Only the hash is stored, so a
// database dump cannot be turned into working links, and the compare leaks nothing through timing.

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000

/** 32 random bytes, URL-safe; the value the inviter's link carries. */
export const newInviteSecret = () => randomBytes(32).toString('base64url')

export const hashInviteSecret = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('hex')

export const formatInviteToken = (invitationId: string, secret: string) => `${invitationId}.${secret}`

/** Splits a token from a URL; null when it does not have the `<id>.<secret>` shape. */
export function parseInviteToken(token: string): { invitationId: string; secret: string } | null {
  const match = /^([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{20,100})$/.exec(token)
  return match ? { invitationId: match[1], secret: match[2] } : null
}

/** Constant-time comparison of two hex hashes (unequal lengths are simply unequal). */
export function inviteHashesEqual(storedHex: string, candidateHex: string): boolean {
  const a = Buffer.from(storedHex, 'hex')
  const b = Buffer.from(candidateHex, 'hex')
  return a.length === b.length && a.length > 0 && timingSafeEqual(a, b)
}
