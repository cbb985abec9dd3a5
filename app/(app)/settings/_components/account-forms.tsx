'use client'

import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { fieldErrors, useActionForm } from '@/components/ui/use-action-form'
import { changePasswordAction, updateAccountNameAction } from '../actions'

export function NameForm({ name }: { name: string }) {
  const [state, action, pending] = useActionForm(updateAccountNameAction)
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormStatus state={state} success="Your name was saved." />
      <TextField label="Name" name="name" autoComplete="name" defaultValue={name} required errors={fieldErrors(state, 'name')} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save name'}
      </Button>
    </form>
  )
}

export function PasswordForm() {
  const [state, action, pending] = useActionForm(changePasswordAction)
  return (
    // The key resets the fields after a successful change so passwords do not linger in the DOM.
    <form key={state?.ok ? 'done' : 'editing'} action={action} className="space-y-3" noValidate>
      <FormStatus state={state} success="Password changed. Your other sessions were signed out." />
      <TextField label="Current password" name="currentPassword" type="password" autoComplete="current-password" required errors={fieldErrors(state, 'currentPassword')} />
      <TextField label="New password" name="newPassword" type="password" autoComplete="new-password" hint="At least 10 characters." required errors={fieldErrors(state, 'newPassword')} />
      <TextField label="Repeat new password" name="confirmPassword" type="password" autoComplete="new-password" required errors={fieldErrors(state, 'confirmPassword')} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Changing…' : 'Change password'}
      </Button>
    </form>
  )
}
