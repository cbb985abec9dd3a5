import 'server-only'
import { prisma } from '../client'

/**
 * Ends one session (signing out): its token is refused from now on. Rows of tokens that have
 * expired anyway are dropped on the way, so the table holds at most 30 days of sign-outs.
 */
export async function revokeSession(sessionId: string, expiresAt: Date, now = new Date()) {
  await prisma.$transaction([
    prisma.revokedSession.deleteMany({ where: { expiresAt: { lt: now } } }),
    prisma.revokedSession.upsert({ where: { id: sessionId }, create: { id: sessionId, expiresAt }, update: {} }),
  ])
}
