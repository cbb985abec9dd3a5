import { z } from 'zod'
import { PASSWORD_MIN } from '@/lib/core/password-rules'
import { labelled } from './field-label'

export const emailField = labelled(z.email({ message: 'Enter a valid e-mail address' }).trim().toLowerCase().max(254), 'E-mail')
/** A password being chosen (sign-up, change), labelled as its form labels it. */
const newPassword = (label: string) =>
  labelled(
    z
      .string({ message: `Enter a ${label.toLowerCase()}` })
      .min(PASSWORD_MIN, `${label} must be at least ${PASSWORD_MIN} characters`)
      .max(200, `${label} must be at most 200 characters`),
    label,
  )
/** A password being checked (sign-in, current password): any length may be tried. */
const givenPassword = (label: string) => {
  const missing = `Enter your ${label.toLowerCase()}`
  return labelled(z.string({ message: missing }).min(1, missing).max(200, `${label} must be at most 200 characters`), label)
}
const nameField = labelled(
  z.string({ message: 'Enter your name' }).trim().min(1, 'Enter your name').max(100, 'Name must be at most 100 characters'),
  'Name',
)

export const signInSchema = z.object({ email: emailField, password: givenPassword('Password') })
export const signUpSchema = z.object({ name: nameField, email: emailField, password: newPassword('Password') })
/** The sign-up link's token and the password chosen at sign-up (checked against it, so no length rule here). */
export const finishSignUpSchema = z.object({
  token: z.string().min(1).max(4000),
  password: givenPassword('Password'),
})
export const accountNameSchema = z.object({ name: nameField })
export const changePasswordSchema = z
  .object({
    currentPassword: givenPassword('Current password'),
    newPassword: newPassword('New password'),
    confirmPassword: labelled(z.string({ message: 'Repeat the new password' }).max(200), 'Repeat new password'),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], message: 'The two new passwords differ' })
/** A checkbox sends "on" when ticked and nothing when not; JSON callers may send a boolean. */
export const emailPreferencesSchema = z.object({
  reminderEmails: z
    .union([z.boolean(), z.literal('on')])
    .optional()
    .transform((v) => v === true || v === 'on'),
})

/** The zones this runtime knows (IANA names); the browser's list and the server's agree on current engines. */
const knownTimeZones = new Set(Intl.supportedValuesOf('timeZone').concat('UTC'))
/** Empty means "no zone": focus blocks keep floating local times. */
export const timeZoneSchema = z.object({
  timeZone: labelled(
    z
      .string()
      .trim()
      .max(64)
      .refine((zone) => zone === '' || knownTimeZones.has(zone), { message: 'Time zone must be one from the list, e.g. Europe/Berlin' })
      .transform((zone) => zone || null),
    'Time zone',
  ),
})
