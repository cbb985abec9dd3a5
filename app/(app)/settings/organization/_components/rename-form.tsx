'use client'

import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { fieldErrors, useActionForm } from '@/components/ui/use-action-form'
import { renameOrganizationAction } from '../actions'

export function RenameOrganizationForm({ name }: { name: string }) {
  const [state, action, pending, keepTyped] = useActionForm(renameOrganizationAction)
  return (
    <form action={action} onSubmit={keepTyped} className="space-y-3">
      <FormStatus state={state} success="Organisation renamed." />
      <TextField
        label="Organisation name"
        name="name"
        defaultValue={name}
        required
        minLength={2}
        maxLength={80}
        errors={fieldErrors(state, 'name')}
      />
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save'}
      </Button>
    </form>
  )
}
