import 'server-only'
import type { Role } from '@/lib/core/permissions'
import { prisma, type Tx } from '../client'

export async function getUserForSignIn(email: string) {
  return prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, sessionVersion: true },
  })
}

export type SessionAccount = {
  user: { id: string; email: string; name: string; sessionVersion: number }
  /** Oldest first; the organisation cookie chooses among them. */
  memberships: { id: string; role: Role; organizationId: string; organization: { name: string } }[]
}

/**
 * The signed-in user and their memberships, read on every request: one raw statement (a user row
 * per membership, or one row without), because Prisma's query layer and a second round trip cost
 * several times the query itself. Null for an unknown user or a session that was signed out. A
 * deactivated membership (decision 0074) is no membership here: it gives no access to its organisation.
 */
export async function getSessionAccount(userId: string, sessionId: string): Promise<SessionAccount | null> {
  const rows = await prisma.$queryRaw<
    {
      userId: string
      email: string
      name: string
      sessionVersion: number
      id: string | null
      role: Role | null
      organizationId: string | null
      organizationName: string | null
    }[]
  >`
    SELECT u.id AS "userId", u.email, u.name, u."sessionVersion", m.id, m.role::text AS role, m."organizationId", o.name AS "organizationName"
    FROM "User" u
    LEFT JOIN ("Membership" m JOIN "Organization" o ON o.id = m."organizationId") ON m."userId" = u.id AND m."deactivatedAt" IS NULL
    WHERE u.id = ${userId} AND NOT EXISTS (SELECT 1 FROM "RevokedSession" r WHERE r.id = ${sessionId})
    ORDER BY m."createdAt", m.id`
  const [first] = rows
  if (!first) return null
  return {
    user: { id: first.userId, email: first.email, name: first.name, sessionVersion: first.sessionVersion },
    memberships: rows.flatMap((r) =>
      r.id && r.role && r.organizationId
        ? [{ id: r.id, role: r.role, organizationId: r.organizationId, organization: { name: r.organizationName ?? '' } }]
        : [],
    ),
  }
}

/**
 * Ends one session (signing out): getSessionAccount refuses its token from now on. Rows of tokens
 * that have expired anyway are dropped on the way, so the table holds at most 30 days of sign-outs.
 */
export async function revokeSession(sessionId: string, expiresAt: Date, now = new Date()) {
  await prisma.$transaction([
    prisma.revokedSession.deleteMany({ where: { expiresAt: { lt: now } } }),
    prisma.revokedSession.upsert({ where: { id: sessionId }, create: { id: sessionId, expiresAt }, update: {} }),
  ])
}

export async function getPasswordHash(userId: string) {
  const row = await prisma.user.findUnique({ where: { id: userId }, select: { passwordHash: true } })
  return row?.passwordHash ?? null
}

export async function createUser(data: { email: string; name: string; passwordHash: string | null }) {
  return prisma.user.create({ data, select: { id: true, email: true, name: true, sessionVersion: true } })
}

export async function updateUserName(userId: string, name: string) {
  await prisma.user.update({ where: { id: userId }, data: { name } })
}

/** New password and a new session version: every other session of the user stops working. */
export async function updatePasswordAndRevokeSessions(userId: string, passwordHash: string) {
  return prisma.user.update({
    where: { id: userId },
    data: { passwordHash, sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  })
}

/**
 * Ends every session of the user at once ("sign out everywhere", deactivation by the identity
 * provider): each token carries the session version it was issued with, checked on every request.
 * Pass `tx` to end them in the transaction of the change that calls for it.
 */
export async function revokeAllSessions(userId: string, tx: Tx | typeof prisma = prisma) {
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } })
}

/**
 * OAuth: the provider identity's account. Already linked: that account. Otherwise the e-mail the
 * provider verified finds or creates the account and the identity is linked to it; without a
 * verified e-mail nothing is linked or created (null), since anyone can type someone else's
 * address into a provider profile.
 */
export async function upsertOAuthUser(input: { provider: string; providerAccountId: string; verifiedEmail: string | null; name: string }) {
  return prisma.$transaction(async (tx) => {
    const linked = await tx.oAuthAccount.findUnique({
      where: { provider_providerAccountId: { provider: input.provider, providerAccountId: input.providerAccountId } },
      select: { user: { select: { id: true, sessionVersion: true } } },
    })
    if (linked) return linked.user
    const email = input.verifiedEmail
    if (!email) return null
    const user =
      (await tx.user.findUnique({ where: { email }, select: { id: true, sessionVersion: true } })) ??
      (await tx.user.create({ data: { email, name: input.name, passwordHash: null }, select: { id: true, sessionVersion: true } }))
    await tx.oAuthAccount.create({ data: { userId: user.id, provider: input.provider, providerAccountId: input.providerAccountId } })
    return user
  })
}

export async function isOAuthAccountLinked(provider: string, providerAccountId: string) {
  return (await prisma.oAuthAccount.count({ where: { provider, providerAccountId } })) > 0
}

export async function getUserProfile(userId: string) {
  return prisma.user
    .findUnique({
      where: { id: userId },
      select: { name: true, email: true, createdAt: true, passwordHash: true, oauthAccounts: { select: { provider: true } } },
    })
    .then((u) =>
      u
        ? {
            name: u.name,
            email: u.email,
            createdAt: u.createdAt,
            hasPassword: u.passwordHash !== null,
            providers: u.oauthAccounts.map((a) => a.provider),
          }
        : null,
    )
}
