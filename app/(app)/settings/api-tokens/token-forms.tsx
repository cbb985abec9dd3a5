'use client'

import { Button } from '@/components/ui/button'
import { ConfirmRemoveButton } from '@/components/ui/confirm-remove-button'
import { SelectField, TextField } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { OneTimeSecret } from '@/components/ui/one-time-secret'
import { fieldErrors, useActionForm } from '@/components/ui/use-action-form'
import { API_TOKEN_SCOPE_HINTS, API_TOKEN_SCOPE_LABELS, type ApiTokenScope } from '@/lib/core/api-scopes'
import { createApiTokenAction, revokeApiTokenAction } from './actions'

type Created = { id: string; prefix: string; secret: string }

/** The scopes offered are those the signed-in member may grant; the server checks again. */
export function CreateTokenForm({ scopes, tomorrow }: { scopes: readonly ApiTokenScope[]; tomorrow: string }) {
  const [state, action, pending, keepTyped] = useActionForm<Created>(createApiTokenAction)
  const created = state?.ok ? state.data : null
  return (
    <div className="space-y-4">
      {created ? <OneTimeSecret id="new-api-token" label={`Your new token ${created.prefix}…`} secret={created.secret} /> : null}
      <form action={action} onSubmit={keepTyped} className="grid gap-3 sm:grid-cols-2">
        <TextField
          label="Name"
          name="name"
          required
          minLength={2}
          maxLength={80}
          hint="What the token is for, such as “CI backlog export”."
          errors={fieldErrors(state, 'name')}
        />
        <SelectField
          label="Scope"
          name="scope"
          required
          defaultValue={scopes[0]}
          hint={scopes.map((s) => `${API_TOKEN_SCOPE_LABELS[s]}: ${API_TOKEN_SCOPE_HINTS[s]}`).join(' ')}
          errors={fieldErrors(state, 'scope')}
        >
          {scopes.map((s) => (
            <option key={s} value={s}>
              {API_TOKEN_SCOPE_LABELS[s]}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Expires on"
          name="expiresOn"
          type="date"
          min={tomorrow}
          hint="Optional. The token stops working at the start of that day (UTC). Leave empty for no expiry."
          errors={fieldErrors(state, 'expiresOn')}
        />
        <div className="flex items-end">
          <Button type="submit" disabled={pending}>
            {pending ? 'Creating…' : 'Create token'}
          </Button>
        </div>
        <div className="sm:col-span-2">
          <FormStatus state={state} success="Token created." />
        </div>
      </form>
    </div>
  )
}

export function RevokeTokenButton({ token }: { token: { id: string; name: string; prefix: string } }) {
  return (
    <ConfirmRemoveButton
      label={`Revoke ${token.name}`}
      title={`Revoke ${token.name}?`}
      confirmLabel="Revoke token"
      onRemove={() => revokeApiTokenAction({ id: token.id })}
    >
      Requests with {token.prefix}… are refused from now on. This cannot be undone; create a new token if you need one again.
    </ConfirmRemoveButton>
  )
}
