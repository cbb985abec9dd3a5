'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { ConfirmRemoveButton } from '@/components/ui/confirm-remove-button'
import { SelectField, TextField } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { fieldErrors, useActionForm } from '@/components/ui/use-action-form'
import { TRACKER_KINDS, TRACKER_LABELS, type SyncStatus, type TrackerKind } from '@/lib/connectors/types'
import { SYNC_SCHEDULE_LABELS } from '@/lib/connectors/schedule'
import { WORK_TYPE_LABELS, WORK_TYPES } from '@/lib/core/work-types'
import { SYNC_SCHEDULES, type SyncSchedule } from '@/lib/schemas/connector'
import {
  addTypeMappingRowAction,
  createConnectionAction,
  deleteConnectionAction,
  reconnectConnectionAction,
  removeTypeMappingRowAction,
  syncConnectionAction,
  testConnectionAction,
  updateConnectionSettingsAction,
} from './actions'

type TestResult = { status: SyncStatus; message: string }

/** "Test connection": one call to the tracker, answered in words beside the button, a failure as an error. */
export function TestButton({ connectionId }: { connectionId: string }) {
  const [state, action, pending] = useActionForm<TestResult>(testConnectionAction)
  const result = state?.ok ? state.data : null
  return (
    <form action={action} className="flex flex-col gap-1">
      <input type="hidden" name="connectionId" value={connectionId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? 'Testing…' : 'Test connection'}
      </Button>
      {state && !state.ok ? <FormStatus state={state} /> : null}
      {result ? <Alert tone={result.status === 'ok' ? 'success' : 'error'}>{result.message}</Alert> : null}
    </form>
  )
}

/** "Sync now" queues a job; the status line above it follows the job (SyncProgress refreshes the page). */
export function SyncNowButton({ connectionId }: { connectionId: string }) {
  const [state, action, pending] = useActionForm<{ queued: boolean }>(syncConnectionAction)
  return (
    <form action={action} className="flex flex-col gap-1">
      <input type="hidden" name="connectionId" value={connectionId} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Queuing…' : 'Sync now'}
      </Button>
      <FormStatus state={state} success={state?.ok && !state.data.queued ? 'A sync is already waiting to run.' : 'Sync queued.'} />
    </form>
  )
}

/** While a sync waits or runs, the page re-reads its status every two seconds (announced politely by LastSync). */
export function SyncProgress({ active }: { active: boolean }) {
  const router = useRouter()
  useEffect(() => {
    if (!active) return
    const timer = setInterval(() => router.refresh(), 2000)
    return () => clearInterval(timer)
  }, [active, router])
  return null
}

export function ReconnectForm({ connectionId }: { connectionId: string }) {
  const [state, action, pending, keepTyped] = useActionForm(reconnectConnectionAction)
  return (
    <form action={action} onSubmit={keepTyped} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="connectionId" value={connectionId} />
      <div className="min-w-64 flex-1">
        <TextField
          label="New API token"
          name="token"
          type="password"
          autoComplete="off"
          required
          minLength={8}
          errors={fieldErrors(state, 'token')}
        />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Reconnect'}
      </Button>
      <div className="w-full">
        <FormStatus state={state} success="Saved. Sync now to check it." />
      </div>
    </form>
  )
}

type Settings = { id: string; writeBack: boolean; pointsToHours: number; defaultHours: number; syncSchedule: SyncSchedule }

export function ConnectionSettingsForm({ connection }: { connection: Settings }) {
  const [state, action, pending, keepTyped] = useActionForm(updateConnectionSettingsAction)
  const number = { type: 'number', step: '0.25', min: '0.25', max: '200', required: true }
  return (
    <form action={action} onSubmit={keepTyped} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="connectionId" value={connection.id} />
      <TextField
        label="Hours per story point"
        name="pointsToHours"
        defaultValue={connection.pointsToHours}
        {...number}
        errors={fieldErrors(state, 'pointsToHours')}
      />
      <TextField
        label="Hours for an unestimated issue"
        name="defaultHours"
        defaultValue={connection.defaultHours}
        {...number}
        errors={fieldErrors(state, 'defaultHours')}
      />
      <SelectField
        label="Sync by itself"
        name="syncSchedule"
        defaultValue={connection.syncSchedule}
        errors={fieldErrors(state, 'syncSchedule')}
      >
        {SYNC_SCHEDULES.map((s) => (
          <option key={s} value={s}>
            {SYNC_SCHEDULE_LABELS[s]}
          </option>
        ))}
      </SelectField>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="writeBack" defaultChecked={connection.writeBack} />
        Write planned assignees back on publish
      </label>
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save settings'}
      </Button>
      <div className="w-full">
        <FormStatus state={state} success="Saved. The next sync uses these factors." />
      </div>
    </form>
  )
}

export function AddMappingForm({ connectionId }: { connectionId: string }) {
  const [state, action, pending, keepTyped] = useActionForm(addTypeMappingRowAction)
  return (
    <form action={action} onSubmit={keepTyped} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="connectionId" value={connectionId} />
      <TextField label="Upstream type or label" name="upstream" required maxLength={60} errors={fieldErrors(state, 'upstream')} />
      <SelectField label="Work type" name="type" required errors={fieldErrors(state, 'type')}>
        {WORK_TYPES.map((t) => (
          <option key={t} value={t}>
            {WORK_TYPE_LABELS[t]}
          </option>
        ))}
      </SelectField>
      <Button type="submit" disabled={pending}>
        {pending ? 'Adding…' : 'Add mapping'}
      </Button>
      <div className="w-full">
        <FormStatus state={state} success="Mapping saved. The next sync applies it." />
      </div>
    </form>
  )
}

export function RemoveMappingButton({ connectionId, upstream }: { connectionId: string; upstream: string }) {
  return (
    <ConfirmRemoveButton
      label={`Remove the mapping for ${upstream}`}
      title="Remove this mapping?"
      confirmLabel="Remove mapping"
      onRemove={() => removeTypeMappingRowAction({ connectionId, upstream })}
    >
      Issues of “{upstream}” get their type from the classifier at the next sync (items already synced keep theirs until then).
    </ConfirmRemoveButton>
  )
}

export function RemoveConnectionButton({ connection }: { connection: { id: string; name: string } }) {
  return (
    <ConfirmRemoveButton
      label={`Remove ${connection.name}`}
      title={`Remove ${connection.name}?`}
      confirmLabel="Remove connection"
      onRemove={() => deleteConnectionAction({ connectionId: connection.id })}
    >
      Plural stops syncing it and forgets its token. The work items it brought in stay in the backlog as ordinary items.
    </ConfirmRemoveButton>
  )
}

/** The fields each tracker needs, beside the shared ones. */
function ScopeFields({ kind, errors }: { kind: TrackerKind; errors: (name: string) => string[] | undefined }) {
  if (kind === 'JIRA')
    return (
      <>
        <TextField
          label="Jira site"
          name="baseUrl"
          type="url"
          placeholder="https://your-team.atlassian.net"
          required
          errors={errors('baseUrl')}
        />
        <TextField label="Account e-mail" name="account" type="email" required errors={errors('account')} />
        <TextField label="JQL query" name="jql" required placeholder="project = PROJ AND sprint in openSprints()" errors={errors('jql')} />
        <TextField label="Story points field" name="storyPointsField" placeholder="customfield_10016" errors={errors('storyPointsField')} />
      </>
    )
  if (kind === 'LINEAR')
    return (
      <>
        <TextField
          label="API address"
          name="baseUrl"
          type="url"
          defaultValue="https://api.linear.app/graphql"
          required
          errors={errors('baseUrl')}
        />
        <TextField label="Team id" name="teamId" required errors={errors('teamId')} />
        <TextField label="Cycle id" name="cycleId" hint="Optional: only this cycle’s issues." errors={errors('cycleId')} />
      </>
    )
  return (
    <>
      <TextField label="API address" name="baseUrl" type="url" defaultValue="https://api.github.com" required errors={errors('baseUrl')} />
      <TextField label="Repository" name="repository" placeholder="owner/name" required errors={errors('repository')} />
      <TextField label="Labels" name="labels" hint="Optional, comma-separated: issues with all of them." errors={errors('labels')} />
      <TextField label="Milestone" name="milestone" hint="Optional: a number, * or none." errors={errors('milestone')} />
    </>
  )
}

export function AddConnectionForm() {
  const [kind, setKind] = useState<TrackerKind>('JIRA')
  const [state, action, pending, keepTyped] = useActionForm(createConnectionAction)
  const errors = (name: string) => fieldErrors(state, name)
  return (
    <form action={action} onSubmit={keepTyped} className="grid gap-3 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <FormStatus state={state} success="Connected. Test it, then sync now." />
      </div>
      <SelectField
        label="Tracker"
        name="kind"
        value={kind}
        onChange={(e) => setKind(e.target.value as TrackerKind)}
        errors={errors('kind')}
      >
        {TRACKER_KINDS.map((k) => (
          <option key={k} value={k}>
            {TRACKER_LABELS[k]}
          </option>
        ))}
      </SelectField>
      <TextField label="Name" name="name" required minLength={2} maxLength={80} errors={errors('name')} />
      <ScopeFields kind={kind} errors={errors} />
      <TextField
        label="API token"
        name="token"
        type="password"
        autoComplete="off"
        required
        minLength={8}
        errors={errors('token')}
        hint="Stored encrypted; never shown again."
      />
      <TextField
        label="Hours per story point"
        name="pointsToHours"
        type="number"
        step="0.25"
        min="0.25"
        max="200"
        defaultValue={4}
        errors={errors('pointsToHours')}
      />
      <TextField
        label="Hours for an unestimated issue"
        name="defaultHours"
        type="number"
        step="0.25"
        min="0.25"
        max="200"
        defaultValue={4}
        errors={errors('defaultHours')}
      />
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? 'Connecting…' : 'Add connection'}
        </Button>
      </div>
    </form>
  )
}
