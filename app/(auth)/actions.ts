'use server'

import { AuthError } from 'next-auth'
import { z } from 'zod'
import { signIn } from '@/lib/auth/config'
import { hashPassword } from '@/lib/auth/password'
import { safeNextPath } from '@/lib/auth/redirect'
import { requestIp } from '@/lib/auth/request'
import { getLoginThrottle } from '@/lib/db/login-attempts'
import { createUser } from '@/lib/db/users'
import { signInSchema, signUpSchema } from '@/lib/schemas/account'
import { definePublicAction } from '@/lib/server/action'
import { AppError } from '@/lib/server/app-error'

const nextField = { next: z.string().max(500).optional() }

async function signInWithPassword(email: string, password: string, next: string) {
  try {
    await signIn('credentials', { email, password, redirectTo: next })
  } catch (error) {
    if (!(error instanceof AuthError)) throw error // the success redirect is thrown too
    const throttled = /^throttled_(\d+)$/.exec((error as { code?: string }).code ?? '')
    if (throttled) {
      const minutes = Number(throttled[1])
      throw new AppError('RATE_LIMITED', `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`)
    }
    // One message for unknown e-mail and wrong password, so accounts cannot be enumerated.
    throw new AppError('INVALID', 'That e-mail and password do not match an account.')
  }
}

export const signInAction = definePublicAction(
  { name: 'auth.sign-in', permission: 'public' },
  signInSchema.extend(nextField),
  async ({ email, password, next }) => signInWithPassword(email, password, safeNextPath(next, '/')),
)

export const signUpAction = definePublicAction(
  { name: 'auth.sign-up', permission: 'public' },
  signUpSchema.extend(nextField),
  async ({ name, email, password, next }) => {
    // The sign-in below would be refused for a throttled e-mail and IP; refuse before creating the account.
    const throttle = await getLoginThrottle(email, await requestIp())
    if (!throttle.allowed) throw new AppError('RATE_LIMITED', `Too many failed attempts. Try again in ${throttle.retryInMinutes} minute${throttle.retryInMinutes === 1 ? '' : 's'}.`)
    try {
      await createUser({ email, name, passwordHash: await hashPassword(password) })
    } catch (error) {
      // Same words as a wrong password would not help here; say it plainly but without detail.
      if ((error as { code?: string }).code === 'P2002') throw new AppError('CONFLICT', 'An account with that e-mail already exists. Sign in instead.', { email: ['Already registered.'] })
      throw error
    }
    await signInWithPassword(email, password, safeNextPath(next, '/onboarding'))
  },
)
