import { z } from 'zod'

const PASSWORD_MIN = 10

export const emailField = z.email({ message: 'Enter a valid e-mail address' }).trim().toLowerCase().max(254)
const passwordField = z
  .string({ message: 'Enter a password' })
  .min(PASSWORD_MIN, `Password must be at least ${PASSWORD_MIN} characters`)
  .max(200, 'Password must be at most 200 characters')
const nameField = z.string({ message: 'Enter your name' }).trim().min(1, 'Enter your name').max(100, 'Name must be at most 100 characters')

export const signInSchema = z.object({ email: emailField, password: z.string().min(1, 'Enter your password').max(200) })
export const signUpSchema = z.object({ name: nameField, email: emailField, password: passwordField })
/** The sign-up link's token and the password chosen at sign-up (checked against it, so no length rule here). */
export const finishSignUpSchema = z.object({
  token: z.string().min(1).max(4000),
  password: z.string({ message: 'Enter your password' }).min(1, 'Enter your password').max(200),
})
export const accountNameSchema = z.object({ name: nameField })
export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ message: 'Enter your current password' }).min(1, 'Enter your current password').max(200),
    newPassword: passwordField,
    confirmPassword: z.string({ message: 'Repeat the new password' }).max(200),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], message: 'The two new passwords differ' })
/** A checkbox sends "on" when ticked and nothing when not; JSON callers may send a boolean. */
export const emailPreferencesSchema = z.object({
  reminderEmails: z
    .union([z.boolean(), z.literal('on')])
    .optional()
    .transform((v) => v === true || v === 'on'),
})
