'use server'

import { redirect } from 'next/navigation'
import { z } from 'zod'
import { changePassword, renameAccount, signOutEverywhere } from '@/lib/auth/account'
import { removeMember } from '@/lib/db/memberships'
import { accountNameSchema, changePasswordSchema } from '@/lib/schemas/account'
import { defineAction, defineUserAction } from '@/lib/server/action'

export const updateAccountNameAction = defineUserAction(
  { name: 'account.rename', permission: 'signed-in', revalidate: ['/settings'] },
  accountNameSchema,
  async ({ name }, user) => renameAccount(user, name),
)

export const changePasswordAction = defineUserAction(
  { name: 'account.change-password', permission: 'signed-in' },
  changePasswordSchema,
  async ({ currentPassword, newPassword }, user) => changePassword(user, currentPassword, newPassword),
)

export const signOutEverywhereAction = defineUserAction(
  { name: 'account.sign-out-everywhere', permission: 'signed-in' },
  z.object({}),
  async (_input, user) => {
    await signOutEverywhere(user)
    redirect('/login')
  },
)

/** Leaving the current organisation; the last owner is refused in lib/db. */
export const leaveOrganizationAction = defineAction(
  { name: 'organization.leave', permission: 'self:use' },
  z.object({}),
  async (_input, actor) => {
    await removeMember(actor.orgId, actor, actor.membershipId)
    redirect('/')
  },
)
