'use client'

import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { fieldErrors, useActionForm } from '@/components/ui/use-action-form'
import { deleteOrganizationAction } from './actions'

export function DeleteOrganizationForm({ orgName }: { orgName: string }) {
  const [state, action, pending, keepTyped] = useActionForm(deleteOrganizationAction)
  return (
    <form action={action} onSubmit={keepTyped} className="space-y-4">
      <p className="text-sm text-slate-600 dark:text-slate-300">
        This removes every team, sprint, plan, survey result and member of <strong>{orgName}</strong> at once. It cannot be undone; export
        first if you may need the data.
      </p>
      <FormStatus state={state} />
      <TextField
        label={`Type “${orgName}” to confirm`}
        name="confirmation"
        autoComplete="off"
        required
        errors={fieldErrors(state, 'confirmation')}
      />
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? 'Deleting…' : 'Delete organisation for good'}
      </Button>
    </form>
  )
}
