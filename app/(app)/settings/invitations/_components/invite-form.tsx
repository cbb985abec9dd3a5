'use client'

import { useState } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { inputClass, SelectField, TextField } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { fieldErrors, useActionForm } from '@/components/ui/use-action-form'
import { ROLE_LABELS, type Role } from '@/lib/core/permissions'
import { createInvitationAction } from '../actions'

/** Invite by e-mail; afterwards the one-time link is shown once, to copy and pass on. */
export function InviteForm({ roles, mailConfigured }: { roles: Role[]; mailConfigured: boolean }) {
  const [state, action, pending, keepTyped] = useActionForm(createInvitationAction)
  const [copied, setCopied] = useState(false)
  const created = state?.ok ? state.data : null
  return (
    <div className="space-y-4">
      <form
        action={action}
        className="grid gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-end"
        onSubmit={(event) => {
          setCopied(false)
          keepTyped(event)
        }}
      >
        <TextField
          label="E-mail"
          name="email"
          type="email"
          autoComplete="off"
          required
          maxLength={254}
          errors={fieldErrors(state, 'email')}
        />
        <SelectField label="Role" name="role" defaultValue="ENGINEER" errors={fieldErrors(state, 'role')}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </SelectField>
        <Button type="submit" disabled={pending}>
          {pending ? 'Inviting…' : 'Create invitation'}
        </Button>
      </form>
      {state && !state.ok ? <FormStatus state={state} /> : null}
      {created ? (
        <div className="space-y-2" data-testid="invitation-created">
          <Alert tone="success">
            Invitation for {created.invitation.email} ({ROLE_LABELS[created.invitation.role]}) created.{' '}
            {created.emailed
              ? 'We also e-mailed the link.'
              : mailConfigured
                ? 'The e-mail could not be sent; pass the link on yourself.'
                : 'Pass the link on yourself; it is shown only now.'}
          </Alert>
          <label htmlFor="invite-link" className="block text-sm font-medium">
            Invitation link (valid for 7 days, works once)
          </label>
          <div className="flex gap-2">
            <input id="invite-link" readOnly value={created.link} className={inputClass} onFocus={(e) => e.currentTarget.select()} />
            <Button
              variant="secondary"
              onClick={async () => {
                await navigator.clipboard?.writeText(created.link)
                setCopied(true)
              }}
            >
              {copied ? 'Copied' : 'Copy'}
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  )
}
