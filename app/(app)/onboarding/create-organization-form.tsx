'use client'

import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { fieldErrors, useActionForm } from '@/components/ui/use-action-form'
import { createOrganizationAction } from './actions'

export function CreateOrganizationForm() {
  const [state, action, pending] = useActionForm(createOrganizationAction)
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <TextField label="Organisation name" name="name" required errors={fieldErrors(state, 'name')} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Creating…' : 'Create organisation'}
      </Button>
    </form>
  )
}
