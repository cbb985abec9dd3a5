'use client'

import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { fieldErrors, useActionForm } from '@/components/ui/use-action-form'
import type { ActionFn } from '@/lib/core/action-result'

export function FinishSignUpForm({ action, token }: { action: ActionFn; token: string }) {
  const [state, formAction, pending, keepTyped] = useActionForm(action)
  return (
    <form action={formAction} onSubmit={keepTyped} className="space-y-4">
      <FormStatus state={state} />
      <input type="hidden" name="token" value={token} />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        hint="The one you chose when signing up."
        required
        maxLength={200}
        errors={fieldErrors(state, 'password')}
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? 'Please wait…' : 'Finish and sign in'}
      </Button>
    </form>
  )
}
