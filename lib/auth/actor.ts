import 'server-only'
import { redirect, notFound } from 'next/navigation'
import { cache } from 'react'
import { orgIdOfSession, type OrgId } from '@/lib/db/org-id'
import { userIdOf, type UserId } from '@/lib/db/user-id'
import { getSessionAccount, type SessionAccount } from '@/lib/db/accounts/users'
import { AppError } from '@/lib/core/app-error'
import { can, type Permission, type Role } from '../core/permissions'
import { readOrgChoice, readSession } from './session'

export type SignedInUser = { userId: UserId; email: string; name: string }
export type Actor = SignedInUser & {
  orgId: OrgId
  orgName: string
  membershipId: string
  role: Role
  organizations: { id: string; name: string; role: Role }[]
}

/** The session's account, if the token is valid and not revoked (signed out, password change, sign out everywhere). */
const getSignedInAccount = cache(async (): Promise<SessionAccount | null> => {
  const session = await readSession()
  if (!session) return null
  const account = await getSessionAccount(session.userId, session.sessionId)
  if (!account || account.user.sessionVersion !== session.sessionVersion) return null
  return account
})

const userOf = ({ user }: SessionAccount): SignedInUser => ({ userId: userIdOf(user.id), email: user.email, name: user.name })

export const getSignedInUser = cache(async (): Promise<SignedInUser | null> => {
  const account = await getSignedInAccount()
  return account ? userOf(account) : null
})

/**
 * The signed-in member and their organisation. The role comes from the membership row, never the
 * token, and the organisation from the user's own memberships (the cookie only chooses among them).
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const account = await getSignedInAccount()
  if (!account || account.memberships.length === 0) return null
  const { memberships } = account
  const choice = await readOrgChoice()
  const current = memberships.find((m) => m.organizationId === choice) ?? memberships[0]
  return {
    ...userOf(account),
    orgId: orgIdOfSession(account, current.organizationId),
    orgName: current.organization.name,
    membershipId: current.id,
    role: current.role,
    organizations: memberships.map((m) => ({ id: m.organizationId, name: m.organization.name, role: m.role })),
  }
})

/** For actions and route handlers: throws an AppError the caller turns into 401/403. */
export async function requireActor(permission?: Permission): Promise<Actor> {
  const actor = await getActor()
  if (!actor) {
    const user = await getSignedInUser()
    throw new AppError(user ? 'FORBIDDEN' : 'UNAUTHENTICATED', user ? 'Create or join an organisation first.' : 'Please sign in.')
  }
  if (permission && !can(actor.role, permission)) throw new AppError('FORBIDDEN', 'Your role may not do this.')
  return actor
}

export async function requireUser(): Promise<SignedInUser> {
  const user = await getSignedInUser()
  if (!user) throw new AppError('UNAUTHENTICATED', 'Please sign in.')
  return user
}

/** For pages: sends strangers to sign-in and hides pages a role may not see (404, like a missing page). */
export async function requirePageActor(permission?: Permission): Promise<Actor> {
  const actor = await getActor()
  if (!actor) redirect((await getSignedInUser()) ? '/onboarding' : '/login')
  if (permission && !can(actor.role, permission)) notFound()
  return actor
}
