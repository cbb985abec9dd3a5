'use server'

import { AuthError } from 'next-auth'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { signIn } from '@/lib/auth/config'
import { hashPassword } from '@/lib/auth/password'
import { safeNextPath } from '@/lib/auth/redirect'
import { requestIp } from '@/lib/auth/request'
import { writeSsoState } from '@/lib/auth/session'
import { SSO_ERRORS, SSO_REQUIRED_MESSAGE } from '@/lib/auth/sign-in-errors'
import { finishSignUp, startSignUp } from '@/lib/auth/sign-up'
import { throttledMessage } from '@/lib/accounts/throttle'
import { getLoginThrottle } from '@/lib/db/accounts/login-attempts'
import { createUser } from '@/lib/db/accounts/users'
import { finishSignUpSchema, signInSchema, signUpSchema } from '@/lib/schemas/account'
import { ssoSignInSchema } from '@/lib/schemas/sso'
import { startSsoSignIn } from '@/lib/server/sso/flow'
import { definePublicAction } from '@/lib/server/action'
import { AppError } from '@/lib/core/app-error'
import { isMailConfigured } from '@/lib/email/mailer'

const nextField = { next: z.string().max(500).optional() }

async function signInWithPassword(email: string, password: string, next: string) {
  try {
    await signIn('credentials', { email, password, redirectTo: next })
  } catch (error) {
    if (!(error instanceof AuthError)) throw error // the success redirect is thrown too
    const throttled = /^throttled_(\d+)$/.exec((error as { code?: string }).code ?? '')
    if (throttled) {
      throw new AppError('RATE_LIMITED', throttledMessage(Number(throttled[1])))
    }
    const code = (error as { code?: string }).code
    if (code === SSO_ERRORS.required) throw new AppError('INVALID', SSO_REQUIRED_MESSAGE, { email: [SSO_REQUIRED_MESSAGE] })
    // One message for unknown e-mail and wrong password, so accounts cannot be enumerated.
    throw new AppError('INVALID', 'That e-mail and password do not match an account.')
  }
}

export const signInAction = definePublicAction(
  { name: 'auth.sign-in', permission: 'public' },
  signInSchema.extend(nextField),
  async ({ email, password, next }) => signInWithPassword(email, password, safeNextPath(next, '/')),
)

/** "Continue with SSO": sends the browser to the IdP of the organisation that verified the e-mail's domain. */
export const ssoSignInAction = definePublicAction(
  { name: 'auth.sso-sign-in', permission: 'public' },
  ssoSignInSchema,
  async ({ email, next }) => {
    const { url, state } = await startSsoSignIn(email, safeNextPath(next, '/'))
    await writeSsoState(state)
    redirect(url)
  },
)

async function requireNotThrottled(email: string, ip: string) {
  const throttle = await getLoginThrottle(email, ip)
  if (!throttle.allowed) throw new AppError('RATE_LIMITED', throttledMessage(throttle.retryInMinutes))
}

/**
 * With e-mail set up, the answer is { checkEmail: true } whether or not the address has an account
 * (decision 0045). Without it there is no private way to reach the address's owner: a newcomer is
 * signed in at once and a taken address is refused, which says that it is taken.
 */
export const signUpAction = definePublicAction(
  { name: 'auth.sign-up', permission: 'public' },
  signUpSchema.extend(nextField),
  async ({ name, email, password, next }) => {
    // The sign-in below would be refused for a throttled e-mail and IP; refuse before creating the account.
    await requireNotThrottled(email, await requestIp())
    if (isMailConfigured()) {
      await startSignUp({ name, email, password, next: safeNextPath(next, '/onboarding') })
      return { checkEmail: true }
    }
    try {
      await createUser({ email, name, passwordHash: await hashPassword(password) })
    } catch (error) {
      // Same words as a wrong password would not help here; say it plainly but without detail.
      if ((error as { code?: string }).code === 'P2002')
        throw new AppError('CONFLICT', 'An account with that e-mail already exists. Sign in instead.', { email: ['Already registered.'] })
      throw error
    }
    await signInWithPassword(email, password, safeNextPath(next, '/onboarding'))
  },
)

/** The link from the sign-up e-mail, with the password chosen then: creates the account and signs in. */
export const finishSignUpAction = definePublicAction(
  { name: 'auth.finish-sign-up', permission: 'public' },
  finishSignUpSchema,
  async ({ token, password }) => {
    const pending = await finishSignUp(token, password, await requestIp())
    await signInWithPassword(pending.email, password, pending.next)
  },
)
