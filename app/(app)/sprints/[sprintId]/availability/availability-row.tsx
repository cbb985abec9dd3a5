'use client'

import { useActionForm, fieldErrors } from '@/components/ui/use-action-form'
import { Button } from '@/components/ui/button'
import { inputClass } from '@/components/ui/field'
import { formatHours } from '@/lib/core/format'
import type { AvailabilityRow as Row } from '@/lib/db/sprints/availability'
import { setAvailabilityAction } from '../../actions'

/** One engineer's hours and note; each row saves on its own so one typo cannot block the others. */
export function AvailabilityRow({ sprintId, row, editable }: { sprintId: string; row: Row; editable: boolean }) {
  const [state, action, pending] = useActionForm(setAvailabilityAction)
  const id = row.membershipId
  const hoursErrors = fieldErrors(state, 'hours')
  const status = state && !state.ok ? state.message : state?.ok ? 'Saved.' : ''
  return (
    <tr className="border-b border-slate-100 align-top dark:border-slate-800">
      <th scope="row" className="py-2 pr-4 font-medium">
        {row.name}
      </th>
      <td className="py-2 pr-4">{formatHours(row.capacityHours)}</td>
      {editable ? (
        <td className="py-2 pr-4" colSpan={3}>
          <form action={action} className="flex flex-wrap items-start gap-2">
            <input type="hidden" name="sprintId" value={sprintId} />
            <input type="hidden" name="membershipId" value={id} />
            <div>
              <label htmlFor={`hours-${id}`} className="sr-only">
                Hours for {row.name}
              </label>
              <input
                id={`hours-${id}`}
                name="hours"
                type="number"
                min="0"
                max="200"
                step="0.5"
                defaultValue={row.hours}
                className={`${inputClass} w-24`}
                aria-invalid={hoursErrors ? true : undefined}
                aria-describedby={`status-${id}`}
              />
            </div>
            <div className="min-w-48 flex-1">
              <label htmlFor={`note-${id}`} className="sr-only">
                Note for {row.name}
              </label>
              <input
                id={`note-${id}`}
                name="note"
                defaultValue={row.note}
                placeholder="e.g. Time off Friday, on call"
                className={inputClass}
                aria-describedby={`status-${id}`}
              />
            </div>
            <Button type="submit" variant="secondary" disabled={pending}>
              {pending ? 'Saving…' : `Save ${row.name}`}
            </Button>
            <p
              id={`status-${id}`}
              role="status"
              className={`w-full text-xs ${state && !state.ok ? 'text-red-700 dark:text-red-400' : 'text-slate-600 dark:text-slate-300'}`}
            >
              {status || (row.isDefault ? 'Using the profile capacity.' : '')}
            </p>
          </form>
        </td>
      ) : (
        <>
          <td className="py-2 pr-4">{formatHours(row.hours)}</td>
          <td className="py-2 pr-4" colSpan={2}>
            {row.note || (row.isDefault ? 'Profile capacity' : '—')}
          </td>
        </>
      )}
    </tr>
  )
}
