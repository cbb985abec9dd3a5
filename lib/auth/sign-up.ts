import 'server-only'
import { decode, encode } from 'next-auth/jwt'
import { getLoginThrottle, recordLoginAttempt } from '@/lib/db/accounts/login-attempts'
import { createUser, getUserForSignIn } from '@/lib/db/accounts/users'
import { existingAccountEmail, signUpLinkEmail } from '@/lib/email/templates'
import { env } from '@/lib/env'
import { AppError } from '@/lib/core/app-error'
import { sendMail } from '@/lib/email/mailer'
import { hashPassword, verifyPassword } from './password'
import { safeNextPath } from './redirect'
import { publicOrigin } from './request'
import { throttledMessage } from '../accounts/throttle'

// Sign-up when the server can send e-mail (docs/decisions/0045-sign-up-without-enumeration.md):
// the answer on screen is the same whether or not the address has an account, and only the
// e-mail differs. A new address gets a link that finishes the sign-up; an existing one a notice.
// The link carries the pending account itself (encrypted, 24 hours), so nothing is stored.

const SALT = 'plural.sign-up' // another salt than the session cookie's, so one token is never the other
const VALID_SECONDS = 24 * 60 * 60

type Pending = { email: string; name: string; passwordHash: string; next: string }

function secret() {
  const value = env().NEXTAUTH_SECRET
  if (!value) throw new Error('NEXTAUTH_SECRET is needed to sign sign-up links')
  return value
}

export async function startSignUp(input: { name: string; email: string; password: string; next: string }) {
  // Hashed for both kinds of address, so the time taken does not tell them apart either.
  const passwordHash = await hashPassword(input.password)
  const origin = await publicOrigin()
  if (await getUserForSignIn(input.email)) {
    await sendMail({ to: input.email, ...existingAccountEmail(`${origin}/login`) })
    return
  }
  const pending: Pending = { email: input.email, name: input.name, passwordHash, next: safeNextPath(input.next, '/onboarding') }
  const token = await encode({ token: { pending }, secret: secret(), salt: SALT, maxAge: VALID_SECONDS })
  await sendMail({ to: input.email, ...signUpLinkEmail(`${origin}/signup/finish?token=${encodeURIComponent(token)}`) })
}

/** The sign-up a link stands for, or null when it is not ours or has expired. */
export async function readSignUpLink(token: string): Promise<Pending | null> {
  try {
    const payload = await decode({ token, secret: secret(), salt: SALT })
    const pending = payload?.pending as Partial<Pending> | undefined
    if (typeof pending?.email !== 'string' || typeof pending.name !== 'string' || typeof pending.passwordHash !== 'string') return null
    return { email: pending.email, name: pending.name, passwordHash: pending.passwordHash, next: safeNextPath(pending.next, '/onboarding') }
  } catch {
    return null
  }
}

/**
 * Creates the account a link stands for. The password chosen at sign-up must be typed again, so a
 * link alone (a forwarded e-mail) signs nobody in, and wrong guesses count like failed sign-ins;
 * a used link finds the address taken.
 */
export async function finishSignUp(token: string, password: string, ip: string): Promise<Pending> {
  const pending = await readSignUpLink(token)
  if (!pending) throw new AppError('INVALID', 'This link is not valid or has expired. Sign up again to get a new one.')
  const throttle = await getLoginThrottle(pending.email, ip)
  if (!throttle.allowed) throw new AppError('RATE_LIMITED', throttledMessage(throttle.retryInMinutes))
  if (!(await verifyPassword(pending.passwordHash, password))) {
    await recordLoginAttempt(pending.email, ip, false)
    throw new AppError('INVALID', 'That is not the password you chose when signing up.', { password: ['Not the password you chose.'] })
  }
  try {
    await createUser({ email: pending.email, name: pending.name, passwordHash: pending.passwordHash })
  } catch (error) {
    if ((error as { code?: string }).code === 'P2002') throw new AppError('CONFLICT', 'This link has already been used. Sign in instead.')
    throw error
  }
  return pending
}
