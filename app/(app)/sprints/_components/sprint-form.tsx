'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'
import { Button } from '@/components/ui/button'
import { SelectField, TextField } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { fieldErrors, useActionForm } from '@/components/ui/use-action-form'
import type { ActionFn } from '@/lib/core/action-result'

type Values = { id?: string; teamId?: string; name: string; startDate: string; endDate: string; status: 'PLANNING' | 'ACTIVE' }

/** Create (with a team) or edit a sprint; closing has its own page because it asks for outcomes. */
export function SprintForm({
  action,
  initial,
  teams,
  submitLabel,
}: {
  action: ActionFn<{ id: string }>
  initial: Values
  teams?: { id: string; name: string }[]
  submitLabel: string
}) {
  const [state, formAction, pending, keepTyped] = useActionForm(action)
  const router = useRouter()
  const errors = (field: string) => fieldErrors(state, field)
  // The end date's earliest allowed day follows the start date as it is typed, as the server's rule does.
  const [startDate, setStartDate] = useState(initial.startDate)
  useEffect(() => {
    if (state?.ok) router.push(`/sprints/${state.data.id}`)
  }, [state, router])
  return (
    <form action={formAction} onSubmit={keepTyped} className="max-w-xl space-y-4">
      <FormStatus state={state} />
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      {teams ? (
        <SelectField label="Team" name="teamId" defaultValue={initial.teamId ?? ''} errors={errors('teamId')} required>
          <option value="">Choose a team…</option>
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <TextField label="Name" name="name" defaultValue={initial.name} errors={errors('name')} required minLength={2} maxLength={80} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Start date"
          name="startDate"
          type="date"
          defaultValue={initial.startDate}
          onChange={(event) => setStartDate(event.target.value)}
          errors={errors('startDate')}
          required
        />
        <TextField
          label="End date"
          name="endDate"
          type="date"
          defaultValue={initial.endDate}
          min={startDate || undefined}
          errors={errors('endDate')}
          required
        />
      </div>
      <SelectField
        label="Status"
        name="status"
        defaultValue={initial.status}
        errors={errors('status')}
        hint="A team has at most one active sprint. Close a sprint from its page."
      >
        <option value="PLANNING">Planning</option>
        <option value="ACTIVE">Active</option>
      </SelectField>
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : submitLabel}
      </Button>
    </form>
  )
}
