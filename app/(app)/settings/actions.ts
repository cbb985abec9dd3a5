'use server'

import { redirect } from 'next/navigation'
import { z } from 'zod'
import { changePassword, renameAccount, signOutEverywhere } from '@/lib/auth/account'
import { updateEmailPreferences } from '@/lib/db/accounts/email-preferences'
import { removeMember } from '@/lib/db/accounts/memberships'
import { updateTimeZone } from '@/lib/db/accounts/time-zone'
import { createCalendarFeedToken, deleteCalendarFeed } from '@/lib/db/planner/calendar-feed'
import { calendarFeedPath } from '@/lib/planner/calendar-feed'
import { accountNameSchema, changePasswordSchema, emailPreferencesSchema, timeZoneSchema } from '@/lib/schemas/account'
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

/** Reminder e-mails on or off for the signed-in person (the in-app notice stays either way). */
export const updateEmailPreferencesAction = defineUserAction(
  { name: 'account.email-preferences', permission: 'signed-in', revalidate: ['/settings'] },
  emailPreferencesSchema,
  async (input, user) => updateEmailPreferences(user.userId, input),
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

export const updateTimeZoneAction = defineUserAction(
  { name: 'account.time-zone', permission: 'signed-in', revalidate: ['/settings'] },
  timeZoneSchema,
  async ({ timeZone }, user) => updateTimeZone(user.userId, timeZone),
)

/** A new calendar subscription path, replacing any earlier one; shown once, as only its hash is kept. */
export const createCalendarFeedAction = defineAction(
  { name: 'calendar-feed.create', permission: 'self:use', revalidate: ['/settings'] },
  z.object({}),
  async (_input, actor) => ({ path: calendarFeedPath(await createCalendarFeedToken(actor.orgId, actor.membershipId)) }),
)

export const revokeCalendarFeedAction = defineAction(
  { name: 'calendar-feed.revoke', permission: 'self:use', revalidate: ['/settings'] },
  z.object({}),
  async (_input, actor) => deleteCalendarFeed(actor.orgId, actor.membershipId),
)
