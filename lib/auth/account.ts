import 'server-only'
import { recordAuditForUser } from '@/lib/db/accounts/audit'
import { getLoginThrottle, recordLoginAttempt } from '@/lib/db/accounts/login-attempts'
import type { UserId } from '@/lib/db/user-id'
import { getPasswordHash, revokeAllSessions, updatePasswordAndRevokeSessions, updateUserName } from '@/lib/db/accounts/users'
import { AppError } from '@/lib/core/app-error'
import type { SignedInUser } from './actor'
import { hashPassword, verifyPassword } from './password'
import { requestIp } from './request'
import { endSession, startSession } from './session'

// Account operations that combine the database with the session cookie. Audit events go to every
// organisation the user belongs to, so each organisation's admins see them.

async function auditForUser(userId: UserId, action: string, data: Record<string, string> = {}) {
  await recordAuditForUser(userId, { actorId: userId, action, targetType: 'user', targetId: userId, data })
}

export async function renameAccount(user: SignedInUser, name: string) {
  await updateUserName(user.userId, name)
  return { name }
}

/**
 * Checks the current password (wrong guesses count towards the sign-in throttle, so a stolen
 * session cannot be used to brute-force it), stores the new hash, bumps the session version so
 * every other session ends, then signs this browser in again with the new password.
 */
export async function changePassword(user: SignedInUser, currentPassword: string, newPassword: string) {
  const ip = await requestIp()
  const throttle = await getLoginThrottle(user.email, ip)
  if (!throttle.allowed)
    throw new AppError(
      'RATE_LIMITED',
      `Too many failed attempts. Try again in ${throttle.retryInMinutes} minute${throttle.retryInMinutes === 1 ? '' : 's'}.`,
    )
  const stored = await getPasswordHash(user.userId)
  if (!stored)
    throw new AppError('INVALID', 'Your account signs in through a provider and has no password to change.', {
      currentPassword: ['No password is set for this account.'],
    })
  if (!(await verifyPassword(stored, currentPassword))) {
    await recordLoginAttempt(user.email, ip, false)
    throw new AppError('INVALID', 'The current password is not correct.', { currentPassword: ['Not correct.'] })
  }
  await updatePasswordAndRevokeSessions(user.userId, await hashPassword(newPassword))
  await auditForUser(user.userId, 'auth.password_changed', { ip })
  await startSession(user.email, newPassword)
  return { changed: true }
}

/** Ends every session of the user, this one included. */
export async function signOutEverywhere(user: SignedInUser) {
  await revokeAllSessions(user.userId)
  await auditForUser(user.userId, 'auth.signed_out_everywhere')
  await endSession()
}
