'use client'

import { Button } from '@/components/ui/button'
import { ConfirmRemoveButton } from '@/components/ui/confirm-remove-button'
import { SelectField, TextField } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { fieldErrors, useActionForm } from '@/components/ui/use-action-form'
import { ROLE_LABELS } from '@/lib/core/permissions'
import { SSO_DEFAULT_ROLES } from '@/lib/schemas/sso'
import {
  addSsoDomainAction,
  deleteSsoConnectionAction,
  removeSsoDomainAction,
  saveSsoConnectionAction,
  verifySsoDomainByDnsAction,
  verifySsoDomainBySignInAction,
} from './actions'

type Connection = { issuer: string; clientId: string; defaultRole: string; requireSso: boolean } | null

/** The connection; the client secret is write-only: the field says whether one is set and stays empty. */
export function ConnectionForm({ connection }: { connection: Connection }) {
  const [state, action, pending, keepTyped] = useActionForm(saveSsoConnectionAction)
  return (
    <form action={action} onSubmit={keepTyped} className="space-y-4">
      <TextField
        label="Issuer URL"
        name="issuer"
        type="url"
        required
        maxLength={300}
        placeholder="https://your-company.okta.com"
        defaultValue={connection?.issuer}
        hint="Plural reads its discovery document (/.well-known/openid-configuration) when you save."
        errors={fieldErrors(state, 'issuer')}
      />
      <TextField
        label="Client id"
        name="clientId"
        required
        maxLength={300}
        autoComplete="off"
        defaultValue={connection?.clientId}
        errors={fieldErrors(state, 'clientId')}
      />
      <TextField
        label="Client secret"
        name="clientSecret"
        type="password"
        autoComplete="off"
        maxLength={1000}
        required={!connection}
        hint={connection ? 'A secret is set. Leave this empty to keep it, or enter a new one to replace it.' : undefined}
        errors={fieldErrors(state, 'clientSecret')}
      />
      <SelectField
        label="Role for new members"
        name="defaultRole"
        defaultValue={connection?.defaultRole ?? 'ENGINEER'}
        hint="People who sign in through the identity provider for the first time join with this role."
        errors={fieldErrors(state, 'defaultRole')}
      >
        {SSO_DEFAULT_ROLES.map((role) => (
          <option key={role} value={role}>
            {ROLE_LABELS[role]}
          </option>
        ))}
      </SelectField>
      <div>
        <label className="flex items-center gap-2 text-sm font-medium">
          <input type="checkbox" name="requireSso" defaultChecked={connection?.requireSso ?? false} aria-describedby="require-sso-hint" />
          Require SSO
        </label>
        <p id="require-sso-hint" className="mt-1 text-sm text-slate-600 dark:text-slate-300">
          People with an e-mail of a verified domain can then only sign in through the identity provider. Owners keep their password as a
          break-glass way in, and each use of it is written to the audit log.
        </p>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? 'Checking the issuer…' : 'Save connection'}
      </Button>
      <FormStatus state={state} success="Saved. The issuer’s discovery document was read." />
    </form>
  )
}

export function RemoveConnectionButton() {
  return (
    <ConfirmRemoveButton
      label="Remove connection"
      title="Remove the single sign-on connection?"
      confirmLabel="Remove connection"
      onRemove={() => deleteSsoConnectionAction({})}
    >
      Nobody can sign in through the identity provider any more, and “Require SSO” stops applying. Verified domains stay verified. People
      who joined through the provider have no password, so they cannot sign in until a connection is saved again.
    </ConfirmRemoveButton>
  )
}

export function AddDomainForm() {
  const [state, action, pending, keepTyped] = useActionForm(addSsoDomainAction)
  return (
    <form action={action} onSubmit={keepTyped} className="flex flex-wrap items-end gap-3">
      <div className="min-w-64 flex-1">
        <TextField
          label="E-mail domain"
          name="domain"
          required
          maxLength={253}
          placeholder="example.com"
          autoComplete="off"
          errors={fieldErrors(state, 'domain')}
        />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? 'Adding…' : 'Add domain'}
      </Button>
      <div className="w-full">
        <FormStatus state={state} success="Added. Verify it below." />
      </div>
    </form>
  )
}

/** "Check DNS record" and "Verify by signing in" for a pending domain. */
export function VerifyDomainButtons({ domainId, domain, canSignIn }: { domainId: string; domain: string; canSignIn: boolean }) {
  const [dnsState, dnsAction, dnsPending] = useActionForm(verifySsoDomainByDnsAction)
  const [signInState, signInAction, signInPending] = useActionForm(verifySsoDomainBySignInAction)
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <form action={dnsAction}>
          <input type="hidden" name="domainId" value={domainId} />
          <Button type="submit" variant="secondary" disabled={dnsPending} aria-label={`Check DNS record of ${domain}`}>
            {dnsPending ? 'Checking…' : 'Check DNS record'}
          </Button>
        </form>
        {canSignIn ? (
          <form action={signInAction}>
            <input type="hidden" name="domainId" value={domainId} />
            <Button type="submit" variant="secondary" disabled={signInPending} aria-label={`Verify ${domain} by signing in`}>
              {signInPending ? 'Opening the provider…' : 'Verify by signing in'}
            </Button>
          </form>
        ) : null}
      </div>
      <FormStatus state={dnsState} success={`${domain} is verified.`} />
      <FormStatus state={signInState} />
    </div>
  )
}

export function RemoveDomainButton({ domainId, domain }: { domainId: string; domain: string }) {
  return (
    <ConfirmRemoveButton
      label={`Remove ${domain}`}
      title={`Remove ${domain}?`}
      confirmLabel="Remove domain"
      onRemove={() => removeSsoDomainAction({ domainId })}
    >
      People with an e-mail of {domain} can no longer sign in through single sign-on, and “Require SSO” stops applying to them.
    </ConfirmRemoveButton>
  )
}
