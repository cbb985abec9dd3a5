'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'
import { Button } from '@/components/ui/button'
import { SelectField, TextAreaField, TextField } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { fieldErrors, useActionForm } from '@/components/ui/use-action-form'
import type { ActionFn } from '@/lib/core/action-result'
import { ITEM_STATUS_LABELS, PRIORITY_LABELS } from '@/lib/core/format'
import type { Suggestion } from '@/lib/work-items/filters'
import { MODE_LABELS, MODES, WORK_TYPE_LABELS, WORK_TYPES, type WorkType } from '@/lib/core/work-types'
import { SuggestCombobox } from './suggest-combobox'
import { TypeSuggestion } from './type-suggestion'

type WorkItemFormValues = {
  id?: string
  title: string
  description: string
  type: WorkType | ''
  hours: number | ''
  priority: number
  modeOverride: string
  /** The pinned engineer's membership id and name. */
  pinnedTo: Suggestion | null
  status: string
  teamId: string
  sprintId: string
  labels: string
  externalKey: string
}
export type FormChoices = { teams: { id: string; name: string }[]; sprints: { id: string; name: string }[] }

/** Create and edit share one form; the title and description drive the type suggestion. */
export function WorkItemForm({
  action,
  initial,
  choices,
  submitLabel,
}: {
  action: ActionFn<{ id: string }>
  initial: WorkItemFormValues
  choices: FormChoices
  submitLabel: string
}) {
  const [state, formAction, pending, keepTyped] = useActionForm(action)
  const router = useRouter()
  const [title, setTitle] = useState(initial.title)
  const [description, setDescription] = useState(initial.description)
  const [type, setType] = useState<WorkType | ''>(initial.type)
  const errors = (field: string) => fieldErrors(state, field)

  useEffect(() => {
    if (state?.ok) router.push(`/work-items/${state.data.id}`)
  }, [state, router])

  return (
    <form action={formAction} onSubmit={keepTyped} className="max-w-3xl space-y-4">
      <FormStatus state={state} success="Saved." />
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      <TextField
        label="Title"
        name="title"
        required
        minLength={3}
        maxLength={200}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        errors={errors('title')}
      />
      <TextAreaField
        label="Description"
        name="description"
        rows={6}
        maxLength={20_000}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        errors={errors('description')}
        hint="Markdown: **bold**, lists, links. HTML is not rendered."
      />
      <TypeSuggestion title={title} description={description} current={type} onAccept={setType} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Work type"
          name="type"
          value={type}
          onChange={(e) => setType(e.target.value as WorkType | '')}
          errors={errors('type')}
          required
        >
          <option value="">Choose a type…</option>
          {WORK_TYPES.map((t) => (
            <option key={t} value={t}>
              {WORK_TYPE_LABELS[t]}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Mode override"
          name="modeOverride"
          defaultValue={initial.modeOverride}
          errors={errors('modeOverride')}
          hint="Leave on “Policy” to use the organisation’s mode for this type."
        >
          <option value="">Policy (no override)</option>
          {MODES.map((m) => (
            <option key={m} value={m}>
              {MODE_LABELS[m]}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Hours"
          name="hours"
          type="number"
          min="0.25"
          max="1000"
          step="0.25"
          required
          defaultValue={initial.hours}
          errors={errors('hours')}
        />
        <SelectField label="Priority" name="priority" defaultValue={String(initial.priority)} errors={errors('priority')}>
          {[1, 2, 3, 4].map((p) => (
            <option key={p} value={p}>
              {p} · {PRIORITY_LABELS[p]}
            </option>
          ))}
        </SelectField>
        <SelectField label="Status" name="status" defaultValue={initial.status} errors={errors('status')}>
          {Object.entries(ITEM_STATUS_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <SelectField label="Sprint" name="sprintId" defaultValue={initial.sprintId} errors={errors('sprintId')}>
          <option value="">Backlog</option>
          {choices.sprints.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Team"
          name="teamId"
          defaultValue={initial.teamId}
          errors={errors('teamId')}
          hint="Items in a sprint belong to the sprint’s team."
        >
          <option value="">No team</option>
          {choices.teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </SelectField>
        {/* Searched on the server: an organisation can have hundreds of engineers. */}
        <SuggestCombobox
          id="pinnedToId"
          name="pinnedToId"
          label="Pinned engineer"
          field="assignee"
          initial={initial.pinnedTo}
          placeholder="Not pinned"
          hint="The planner must give a pinned item to this person. Type to search by name."
          errors={errors('pinnedToId')}
        />
        <TextField
          label="Labels"
          name="labels"
          defaultValue={initial.labels}
          errors={errors('labels')}
          hint="Comma-separated, e.g. api, customer-facing"
        />
        <TextField
          label="External key"
          name="externalKey"
          defaultValue={initial.externalKey}
          maxLength={100}
          errors={errors('externalKey')}
          hint="Jira / Linear id; imports update the item with this key."
        />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : submitLabel}
      </Button>
    </form>
  )
}
