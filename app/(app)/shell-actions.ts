'use server'

import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { signOut } from '@/lib/auth/config'
import { getActor } from '@/lib/auth/actor'
import { writeOrgChoice } from '@/lib/auth/session'
import { defineUserAction } from '@/lib/server/action'
import { AppError } from '@/lib/core/app-error'
import { idField } from '@/lib/schemas/id'

export const switchOrganizationAction = defineUserAction(
  { name: 'shell.switch-organization', permission: 'signed-in' },
  z.object({ organizationId: idField('organisation') }),
  async ({ organizationId }) => {
    // Only an organisation the user belongs to can be chosen; anything else looks like a missing one.
    // The memberships are the ones this request's sign-in check already read.
    const actor = await getActor()
    if (!actor?.organizations.some((o) => o.id === organizationId)) throw new AppError('NOT_FOUND', 'Organisation not found.')
    await writeOrgChoice(organizationId)
    redirect('/')
  },
)

export const setThemeAction = defineUserAction(
  { name: 'shell.set-theme', permission: 'signed-in' },
  z.object({ theme: z.enum(['light', 'dark']) }),
  async ({ theme }) => {
    ;(await cookies()).set('theme', theme, { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  },
)

export const signOutAction = defineUserAction({ name: 'shell.sign-out', permission: 'signed-in' }, z.object({}), async () => {
  await signOut({ redirectTo: '/login' })
})
