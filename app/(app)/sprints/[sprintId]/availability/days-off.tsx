'use client'

import { useActionForm, fieldErrors } from '@/components/ui/use-action-form'
import { Button } from '@/components/ui/button'
import { ConfirmRemoveButton } from '@/components/ui/confirm-remove-button'
import { TextField } from '@/components/ui/field'
import type { AvailabilityRow as Row, DayOff } from '@/lib/db/sprints/availability'
import { addDaysOffAction, removeDaysOffAction } from '../../actions'

type Props = { sprint: { id: string; startDate: string; endDate: string }; row: Row; editable: boolean }

const rangeText = (d: DayOff) => (d.start === d.end ? d.start : `${d.start} to ${d.end}`)

/**
 * One engineer's days off as date ranges. Each range is added or removed on its own, straight away:
 * unlike the hours in the team table, a range is a whole entry rather than a value to edit in place.
 */
export function DaysOff({ sprint, row, editable }: Props) {
  const [state, action, pending, keepTyped] = useActionForm(addDaysOffAction)
  const id = row.membershipId
  return (
    <section aria-labelledby={`days-off-${id}`} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <h3 id={`days-off-${id}`} className="font-semibold">
        Days off · {row.name}
      </h3>
      {row.daysOff.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No days off in this sprint.</p>
      ) : (
        <ul className="text-sm" aria-label={`Days off for ${row.name}`}>
          {row.daysOff.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center gap-2 py-0.5">
              <span>
                {rangeText(d)}
                {d.reason ? ` · ${d.reason}` : ''}
              </span>
              {editable ? <RemoveDaysOff sprintId={sprint.id} name={row.name} dayOff={d} /> : null}
            </li>
          ))}
        </ul>
      )}
      {editable ? (
        <form action={action} onSubmit={keepTyped} className="mt-2 flex flex-wrap items-start gap-3">
          <input type="hidden" name="sprintId" value={sprint.id} />
          <input type="hidden" name="membershipId" value={id} />
          <TextField
            id={`startDate-${id}`}
            name="startDate"
            type="date"
            label={`First day off for ${row.name}`}
            min={sprint.startDate}
            max={sprint.endDate}
            required
            errors={fieldErrors(state, 'startDate')}
          />
          <TextField
            id={`endDate-${id}`}
            name="endDate"
            type="date"
            label={`Last day off for ${row.name}`}
            min={sprint.startDate}
            max={sprint.endDate}
            required
            errors={fieldErrors(state, 'endDate')}
          />
          <div className="min-w-48 flex-1">
            <TextField
              id={`reason-${id}`}
              name="reason"
              label={`Reason for ${row.name}’s days off`}
              placeholder="Seen by managers only"
              errors={fieldErrors(state, 'reason')}
            />
          </div>
          <div className="self-end">
            <Button type="submit" variant="secondary" disabled={pending}>
              {pending ? 'Adding…' : `Add days off for ${row.name}`}
            </Button>
          </div>
          <p
            role="status"
            className={`w-full text-xs ${state && !state.ok ? 'text-red-700 dark:text-red-400' : 'text-slate-600 dark:text-slate-300'}`}
          >
            {state && !state.ok ? state.message : state?.ok ? 'Days off added.' : ''}
          </p>
        </form>
      ) : null}
    </section>
  )
}

function RemoveDaysOff({ sprintId, name, dayOff }: { sprintId: string; name: string; dayOff: DayOff }) {
  return (
    <ConfirmRemoveButton
      label={`Remove ${rangeText(dayOff)} for ${name}`}
      title="Remove these days off?"
      confirmLabel="Remove days off"
      onRemove={() => removeDaysOffAction({ sprintId, timeOffId: dayOff.id })}
    >
      {name} will count as available from {dayOff.start} to {dayOff.end}, and the capacity goes up.
    </ConfirmRemoveButton>
  )
}
