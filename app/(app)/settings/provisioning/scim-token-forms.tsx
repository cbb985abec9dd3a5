'use client'

import { useId, useState } from 'react'
import { Button } from '@/components/ui/button'
import { ConfirmRemoveButton } from '@/components/ui/confirm-remove-button'
import { TextField, inputClass } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { fieldErrors, useActionForm } from '@/components/ui/use-action-form'
import { createScimTokenAction, revokeScimTokenAction } from './actions'

/** A read-only value with a Copy button that says when it copied. */
export function CopyField({ label, value, hint }: { label: string; value: string; hint?: string }) {
  const id = useId()
  const [copied, setCopied] = useState(false)
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id={id}
          readOnly
          value={value}
          className={`${inputClass} min-w-0 flex-1 font-mono text-xs`}
          aria-describedby={hint ? `${id}-hint` : undefined}
        />
        <Button type="button" variant="secondary" onClick={() => navigator.clipboard.writeText(value).then(() => setCopied(true))}>
          Copy<span className="sr-only"> {label}</span>
        </Button>
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      <p role="status" className="text-xs">
        {copied ? 'Copied.' : ''}
      </p>
    </div>
  )
}

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
      {state?.ok ? (
        <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 dark:border-amber-700 dark:bg-amber-950">
          <p className="text-sm font-medium">Copy the token now: it is shown only this once.</p>
          <CopyField label="New SCIM token" value={state.data.secret} />
        </div>
      ) : null}
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
