'use client'

import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { fieldErrors, useActionForm } from '@/components/ui/use-action-form'
import { createOrganizationAction } from './actions'

export function CreateOrganizationForm() {
  const [state, action, pending, keepTyped] = useActionForm(createOrganizationAction)
  return (
    <form action={action} onSubmit={keepTyped} className="space-y-4">
      <FormStatus state={state} />
      <TextField label="Organisation name" name="name" required minLength={2} maxLength={80} errors={fieldErrors(state, 'name')} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Creating…' : 'Create organisation'}
      </Button>
    </form>
  )
}
