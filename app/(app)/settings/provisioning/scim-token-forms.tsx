'use client'

import { Button } from '@/components/ui/button'
import { ConfirmRemoveButton } from '@/components/ui/confirm-remove-button'
import { TextField } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { OneTimeSecret } from '@/components/ui/one-time-secret'
import { fieldErrors, useActionForm } from '@/components/ui/use-action-form'
import { createScimTokenAction, revokeScimTokenAction } from './actions'

/** The secret is shown once, right after it is made: only its hash is kept on the server. */
export function CreateScimTokenForm() {
  const [state, action, pending, keepTyped] = useActionForm(createScimTokenAction)
  return (
    <div className="space-y-4">
      <form action={action} onSubmit={keepTyped} className="space-y-3">
        <TextField
          label="Name"
          name="name"
          required
          minLength={2}
          maxLength={80}
          placeholder="Okta"
          hint="Which identity provider uses it, so you know what stops if you revoke it."
          errors={fieldErrors(state, 'name')}
        />
        <Button type="submit" disabled={pending}>
          {pending ? 'Creating…' : 'Create token'}
        </Button>
        <FormStatus state={state && !state.ok ? state : null} />
      </form>
      {state?.ok ? <OneTimeSecret id="new-scim-token" label="New SCIM token" secret={state.data.secret} /> : null}
    </div>
  )
}

export function RevokeScimTokenButton({ id, name }: { id: string; name: string }) {
  return (
    <ConfirmRemoveButton
      label={`Revoke ${name}`}
      title={`Revoke “${name}”?`}
      confirmLabel="Revoke token"
      onRemove={() => revokeScimTokenAction({ id })}
    >
      Your identity provider’s requests with this token are refused from now on, so provisioning stops until you give it a new one.
    </ConfirmRemoveButton>
  )
}
