'use client'

import { useState, useTransition } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { ConfirmRemoveButton } from '@/components/ui/confirm-remove-button'
import { TextField } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { OneTimeSecret } from '@/components/ui/one-time-secret'
import { fieldErrors, useActionForm } from '@/components/ui/use-action-form'
import type { ActionResult } from '@/lib/core/action-result'
import { formatDateTime } from '@/lib/core/format'
import { webhookEventLabels, webhookEventTypes } from '@/lib/webhooks/events'
import {
  createWebhookEndpointAction,
  deleteWebhookEndpointAction,
  redeliverWebhookAction,
  rotateWebhookSecretAction,
  sendWebhookTestEventAction,
  setWebhookEndpointEnabledAction,
} from './actions'

export function AddEndpointForm({ httpsOnly }: { httpsOnly: boolean }) {
  const [state, action, pending, keepTyped] = useActionForm<{ id: string; secret: string }>(createWebhookEndpointAction)
  const eventErrors = fieldErrors(state, 'events')
  return (
    <div className="space-y-4">
      {state?.ok ? <OneTimeSecret id="new-webhook-secret" label="Signing secret of the new endpoint" secret={state.data.secret} /> : null}
      <form action={action} onSubmit={keepTyped} className="space-y-3">
        <TextField
          label="URL"
          name="url"
          type="url"
          required
          maxLength={2000}
          placeholder="https://example.com/plural-webhooks"
          hint={
            httpsOnly
              ? 'An https:// address on the public internet; private and local network addresses are refused.'
              : 'https:// (or http:// outside production); private and local network addresses are refused.'
          }
          errors={fieldErrors(state, 'url')}
        />
        <TextField label="Description" name="description" maxLength={200} errors={fieldErrors(state, 'description')} />
        <fieldset aria-describedby={eventErrors?.length ? 'events-error' : undefined} className="space-y-1">
          <legend className="text-sm font-medium">Events</legend>
          {webhookEventTypes.map((type) => (
            <label key={type} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="events[]" value={type} defaultChecked={type === 'plan.published'} />
              {webhookEventLabels[type]} <code className="text-xs">{type}</code>
            </label>
          ))}
          {eventErrors?.length ? (
            <p id="events-error" className="text-sm text-red-700 dark:text-red-400">
              {eventErrors.join(' ')}
            </p>
          ) : null}
        </fieldset>
        <Button type="submit" disabled={pending}>
          {pending ? 'Adding…' : 'Add endpoint'}
        </Button>
        <FormStatus state={state} success="Endpoint added." />
      </form>
    </div>
  )
}

type Rotated = { secret: string; previousUntil: Date }

/** Asks first, then shows the new secret once; the old one keeps signing until the time stated. */
export function RotateSecretButton({ endpointId }: { endpointId: string }) {
  const [open, setOpen] = useState(false)
  const [result, setResult] = useState<ActionResult<Rotated> | null>(null)
  const [pending, start] = useTransition()
  const rotate = () =>
    start(async () => {
      setResult(await rotateWebhookSecretAction({ endpointId }))
      setOpen(false)
    })
  return (
    <div className="space-y-2">
      <Button type="button" variant="secondary" onClick={() => setOpen(true)} disabled={pending}>
        Rotate secret
      </Button>
      {open ? (
        <ConfirmDialog
          open
          title="Rotate the signing secret?"
          confirmLabel="Rotate secret"
          pending={pending}
          onConfirm={rotate}
          onCancel={() => setOpen(false)}
        >
          A new secret signs every message from now on. The current one keeps signing beside it for 24 hours, so your receiver can switch
          without refusing a message.
        </ConfirmDialog>
      ) : null}
      {result?.ok ? (
        <>
          <OneTimeSecret id={`rotated-secret-${endpointId}`} label="New signing secret" secret={result.data.secret} />
          <p className="text-sm">The previous secret keeps signing until {formatDateTime(new Date(result.data.previousUntil))}.</p>
        </>
      ) : null}
      {result && !result.ok ? <Alert tone="error">{result.message}</Alert> : null}
    </div>
  )
}

export function EnableButton({ endpointId, enabled }: { endpointId: string; enabled: boolean }) {
  const [state, action, pending] = useActionForm(setWebhookEndpointEnabledAction)
  return (
    <form action={action} className="inline-flex flex-col gap-1">
      <input type="hidden" name="endpointId" value={endpointId} />
      <input type="hidden" name="enabled" value={enabled ? 'false' : 'true'} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? 'Saving…' : enabled ? 'Disable' : 'Enable'}
      </Button>
      <FormStatus state={state} />
    </form>
  )
}

export function SendTestButton({ endpointId }: { endpointId: string }) {
  const [state, action, pending] = useActionForm<{ eventId: string }>(sendWebhookTestEventAction)
  return (
    <form action={action} className="inline-flex flex-col gap-1">
      <input type="hidden" name="endpointId" value={endpointId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? 'Sending…' : 'Send test event'}
      </Button>
      <FormStatus state={state} success={state?.ok ? `Test event ${state.data.eventId} queued; see the delivery log.` : undefined} />
    </form>
  )
}

export function RedeliverButton({ deliveryId, eventId }: { deliveryId: string; eventId: string }) {
  const [state, action, pending] = useActionForm(redeliverWebhookAction)
  return (
    <form action={action} className="inline-flex flex-col gap-1">
      <input type="hidden" name="deliveryId" value={deliveryId} />
      <Button type="submit" variant="secondary" disabled={pending} aria-label={`Redeliver ${eventId}`}>
        {pending ? 'Queueing…' : 'Redeliver'}
      </Button>
      <FormStatus state={state} success="Queued." />
    </form>
  )
}

export function DeleteEndpointButton({ endpoint }: { endpoint: { id: string; url: string } }) {
  return (
    <ConfirmRemoveButton
      label={`Delete endpoint ${endpoint.url}`}
      title="Delete this endpoint?"
      confirmLabel="Delete endpoint"
      onRemove={() => deleteWebhookEndpointAction({ endpointId: endpoint.id })}
    >
      {endpoint.url} stops receiving events, and its delivery log is deleted with it.
    </ConfirmRemoveButton>
  )
}
