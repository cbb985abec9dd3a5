'use client'

import { Button } from '@/components/ui/button'
import { inputClass, TextField } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { fieldErrors, useActionForm } from '@/components/ui/use-action-form'
import { addTeamMemberAction, createTeamAction, renameTeamAction } from '../actions'

export function CreateTeamForm() {
  const [state, action, pending, keepTyped] = useActionForm(createTeamAction)
  return (
    <form
      key={state?.ok ? `created-${state.data.id}` : 'new'}
      action={action}
      onSubmit={keepTyped}
      className="flex flex-wrap items-end gap-2"
    >
      <div className="min-w-60 flex-1">
        <TextField label="New team name" name="name" required maxLength={60} errors={fieldErrors(state, 'name')} />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? 'Creating…' : 'Create team'}
      </Button>
      <div className="w-full">
        <FormStatus state={state} success="Team created." />
      </div>
    </form>
  )
}

export function RenameTeamForm({ teamId, name }: { teamId: string; name: string }) {
  const [state, action, pending, keepTyped] = useActionForm(renameTeamAction)
  const field = `name-${teamId}`
  const error = fieldErrors(state, 'name')
  return (
    <form action={action} onSubmit={keepTyped} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="teamId" value={teamId} />
      <label htmlFor={field} className="sr-only">
        Name of team {name}
      </label>
      <input
        id={field}
        name="name"
        defaultValue={name}
        required
        maxLength={60}
        className={`${inputClass} w-auto`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${field}-error` : undefined}
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        Rename
      </Button>
      {error ? (
        <p id={`${field}-error`} className="w-full text-sm text-red-700 dark:text-red-400">
          {error.join(' ')}
        </p>
      ) : null}
      {state && !state.ok && !error ? (
        <div className="w-full">
          <FormStatus state={state} />
        </div>
      ) : null}
    </form>
  )
}

export function AddMemberForm({
  teamId,
  teamName,
  candidates,
}: {
  teamId: string
  teamName: string
  candidates: { membershipId: string; name: string }[]
}) {
  const [state, action, pending, keepTyped] = useActionForm(addTeamMemberAction)
  const field = `add-${teamId}`
  if (candidates.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">Everyone is on this team.</p>
  return (
    <form action={action} onSubmit={keepTyped} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="teamId" value={teamId} />
      <label htmlFor={field} className="sr-only">
        Member to add to {teamName}
      </label>
      <select id={field} name="membershipId" className={`${inputClass} w-auto`}>
        {candidates.map((c) => (
          <option key={c.membershipId} value={c.membershipId}>
            {c.name}
          </option>
        ))}
      </select>
      <Button type="submit" variant="secondary" disabled={pending}>
        Add to team
      </Button>
      {state && !state.ok ? (
        <div className="w-full">
          <FormStatus state={state} />
        </div>
      ) : null}
    </form>
  )
}
