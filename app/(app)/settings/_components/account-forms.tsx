'use client'

import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { fieldErrors, useActionForm } from '@/components/ui/use-action-form'
import { PASSWORD_MIN } from '@/lib/core/password-rules'
import { changePasswordAction, updateAccountNameAction, updateEmailPreferencesAction } from '../actions'

export function NameForm({ name }: { name: string }) {
  const [state, action, pending, keepTyped] = useActionForm(updateAccountNameAction)
  return (
    <form action={action} onSubmit={keepTyped} className="space-y-3">
      <FormStatus state={state} success="Your name was saved." />
      <TextField
        label="Name"
        name="name"
        autoComplete="name"
        defaultValue={name}
        required
        maxLength={100}
        errors={fieldErrors(state, 'name')}
      />
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save name'}
      </Button>
    </form>
  )
}

export function PasswordForm() {
  const [state, action, pending, keepTyped] = useActionForm(changePasswordAction)
  return (
    // The key resets the fields after a successful change so passwords do not linger in the DOM.
    <form key={state?.ok ? 'done' : 'editing'} action={action} onSubmit={keepTyped} className="space-y-3">
      <FormStatus state={state} success="Password changed. Your other sessions were signed out." />
      <TextField
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        maxLength={200}
        errors={fieldErrors(state, 'currentPassword')}
      />
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN} characters.`}
        required
        minLength={PASSWORD_MIN}
        maxLength={200}
        errors={fieldErrors(state, 'newPassword')}
      />
      <TextField
        label="Repeat new password"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        maxLength={200}
        errors={fieldErrors(state, 'confirmPassword')}
      />
      <Button type="submit" disabled={pending}>
        {pending ? 'Changing…' : 'Change password'}
      </Button>
    </form>
  )
}

export function EmailPreferencesForm({ reminderEmails }: { reminderEmails: boolean }) {
  const [state, action, pending, keepTyped] = useActionForm(updateEmailPreferencesAction)
  return (
    <form action={action} onSubmit={keepTyped} className="space-y-3">
      <FormStatus state={state} success="Your e-mail choice was saved." />
      <div className="flex items-start gap-2">
        <input
          id="reminderEmails"
          name="reminderEmails"
          type="checkbox"
          defaultChecked={reminderEmails}
          aria-describedby="reminderEmails-hint"
          className="mt-1"
        />
        <div>
          <label htmlFor="reminderEmails" className="text-sm font-medium">
            Survey reminders by e-mail
          </label>
          <p id="reminderEmails-hint" className="text-xs text-slate-600 dark:text-slate-400">
            Reminders still appear in Plural when this is off.
          </p>
        </div>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save e-mail choice'}
      </Button>
    </form>
  )
}
