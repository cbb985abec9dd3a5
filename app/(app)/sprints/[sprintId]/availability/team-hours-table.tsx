'use client'

import { useRouter } from 'next/navigation'
import { useState, useTransition, type FormEvent } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { inputClass } from '@/components/ui/field'
import { ScrollRegion } from '@/components/ui/scroll-region'
import { formatHours } from '@/lib/core/format'
import { describeCapacity } from '@/lib/planner/capacity'
import { setTeamAvailabilitySchema } from '@/lib/schemas/sprint'
import type { AvailabilityRow } from '@/lib/db/sprints/availability'
import { setTeamAvailabilityAction } from '../../actions'

type Field = 'hoursPerDay' | 'overrideHours' | 'note'
type Typed = Record<Field, string>

const FIELD_LABELS: Record<Field, string> = { hoursPerDay: 'Hours per day', overrideHours: 'Override hours', note: 'Override reason' }
const FIELDS = Object.keys(FIELD_LABELS) as Field[]

const typedOf = (row: AvailabilityRow): Typed => ({
  hoursPerDay: row.hoursPerDay?.toString() ?? '',
  overrideHours: row.overrideHours?.toString() ?? '',
  note: row.overrideReason ?? '',
})

/** A refused row's problems, keyed `membershipId.field`, each message naming the person and the field. */
function errorsOf(sprintId: string, rows: AvailabilityRow[], typed: Record<string, Typed>) {
  const candidate = { sprintId, rows: rows.map((r) => ({ membershipId: r.membershipId, ...typed[r.membershipId] })) }
  const parsed = setTeamAvailabilitySchema.safeParse(candidate)
  if (parsed.success) return {}
  const errors: Record<string, string> = {}
  for (const issue of parsed.error.issues) {
    const [, index, field] = issue.path
    const row = rows[Number(index)]
    if (!row || !FIELDS.includes(field as Field)) continue
    errors[`${row.membershipId}.${String(field)}`] ??= `${row.name}, ${FIELD_LABELS[field as Field].toLowerCase()}: ${issue.message}`
  }
  return errors
}

/**
 * Everyone's hours per day and overrides in one table with one Save, checked with the action's own
 * schema first so a refusal names the person and the field and keeps every typed value; the server
 * checks again and writes all rows or none.
 */
export function TeamHoursTable({ sprintId, rows, editable }: { sprintId: string; rows: AvailabilityRow[]; editable: boolean }) {
  const [typed, setTyped] = useState(() => Object.fromEntries(rows.map((r) => [r.membershipId, typedOf(r)])))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null)
  const [pending, start] = useTransition()
  const router = useRouter()

  const change = (membershipId: string, field: Field, value: string) =>
    setTyped((all) => ({ ...all, [membershipId]: { ...all[membershipId], [field]: value } }))

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const found = errorsOf(sprintId, rows, typed)
    setErrors(found)
    const count = Object.keys(found).length
    if (count > 0)
      return setResult({ ok: false, message: `Nothing was saved: ${count === 1 ? 'one value needs' : `${count} values need`} a fix.` })
    start(async () => {
      const response = await setTeamAvailabilityAction({
        sprintId,
        rows: rows.map((r) => ({ membershipId: r.membershipId, ...typed[r.membershipId] })),
      })
      if (!response.ok) return setResult({ ok: false, message: `Nothing was saved. ${response.message}` })
      setResult({ ok: true, message: `Saved availability for the team (${response.data.changed} changed).` })
      router.refresh()
    })
  }

  const table = (
    <table className="w-full text-left text-sm [&_:is(td,th)]:py-2 [&_:is(td,th)]:pr-3 [&_:is(td,th)]:align-top">
      <caption className="sr-only">Capacity, hours per day and override of each engineer</caption>
      <thead className="border-b border-slate-200 dark:border-slate-700">
        <tr>
          <th scope="col">Engineer</th>
          <th scope="col">Capacity</th>
          {FIELDS.map((f) => (
            <th key={f} scope="col">
              {FIELD_LABELS[f]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.membershipId} className="border-b border-slate-100 dark:border-slate-800">
            <th scope="row" className="font-medium">
              {row.name}
            </th>
            <td data-testid={`capacity-${row.membershipId}`}>
              <strong>{formatHours(row.capacity.hours)}</strong>: {describeCapacity(row.capacity)}
              {row.hoursPerDay === null ? ' (hours per day from the profile)' : ''}
            </td>
            {FIELDS.map((field) =>
              editable ? (
                <td key={field}>
                  <Cell
                    row={row}
                    field={field}
                    value={typed[row.membershipId][field]}
                    error={errors[`${row.membershipId}.${field}`]}
                    onChange={change}
                  />
                </td>
              ) : (
                <td key={field}>{typedOf(row)[field] || '—'}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
  const scrolling = <ScrollRegion label="Hours and overrides of the team">{table}</ScrollRegion>
  if (!editable) return scrolling
  const errorList = Object.values(errors)
  return (
    <form onSubmit={save} noValidate className="space-y-3">
      {result ? (
        <Alert tone={result.ok ? 'success' : 'error'}>
          {result.message}
          {errorList.length > 0 ? (
            <ul className="mt-1 list-disc pl-5">
              {errorList.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      {scrolling}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Save availability'}
        </Button>
        <p className="text-xs text-slate-600 dark:text-slate-300">
          One Save stores every row, or none if one is refused. Leave hours per day blank to use the profile’s capacity; an override needs a
          reason.
        </p>
      </div>
    </form>
  )
}

const INPUTS: Record<Field, { type: string; min?: string; max?: string; step?: string; width: string }> = {
  hoursPerDay: { type: 'number', min: '0', max: '24', step: '0.5', width: 'w-24' },
  overrideHours: { type: 'number', min: '0', max: '200', step: '0.5', width: 'w-24' },
  note: { type: 'text', width: 'min-w-48' },
}

/** One labelled input of the table; its error is tied to it and shown beside it. */
function Cell({
  row,
  field,
  value,
  error,
  onChange,
}: {
  row: AvailabilityRow
  field: Field
  value: string
  error?: string
  onChange: (membershipId: string, field: Field, value: string) => void
}) {
  const id = `${field}-${row.membershipId}`
  const { width, ...attributes } = INPUTS[field]
  return (
    <>
      <label htmlFor={id} className="sr-only">
        {FIELD_LABELS[field]} for {row.name}
      </label>
      <input
        id={id}
        {...attributes}
        className={`${inputClass} ${width}`}
        placeholder={
          field === 'hoursPerDay' ? String(row.capacity.hoursPerDay) : field === 'note' ? 'Required with an override' : undefined
        }
        value={value}
        onChange={(e) => onChange(row.membershipId, field, e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error ? (
        <p id={`${id}-error`} className="text-xs text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </>
  )
}
