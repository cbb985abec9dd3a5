'use client'

import { useActionForm, fieldErrors } from '@/components/ui/use-action-form'
import { Button } from '@/components/ui/button'
import { ConfirmRemoveButton } from '@/components/ui/confirm-remove-button'
import { inputClass } from '@/components/ui/field'
import { formatHours } from '@/lib/core/format'
import { describeCapacity } from '@/lib/planner/capacity'
import type { AvailabilityRow as Row, DayOff } from '@/lib/db/sprints/availability'
import { addDaysOffAction, removeDaysOffAction, setAvailabilityAction } from '../../actions'

type Props = { sprint: { id: string; startDate: string; endDate: string }; row: Row; editable: boolean }

const errorText = 'text-xs text-red-700 dark:text-red-400'

/** One labelled input whose error (named by its label) is announced and tied to it. */
function Input({
  id,
  label,
  errors,
  ...props
}: { id: string; label: string; errors?: string[] } & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-medium">
        {label}
      </label>
      <input
        id={id}
        className={inputClass}
        aria-invalid={errors ? true : undefined}
        aria-describedby={errors ? `${id}-error` : undefined}
        {...props}
      />
      {errors ? (
        <p id={`${id}-error`} className={errorText}>
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  )
}

/**
 * One engineer's availability: hours per working day, an override with its reason, and days off as
 * date ranges. Each form saves on its own so one typo cannot block the others.
 */
export function AvailabilityRow({ sprint, row, editable }: Props) {
  const id = row.membershipId
  return (
    <section aria-labelledby={`engineer-${id}`} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <h2 id={`engineer-${id}`} className="font-semibold">
        {row.name}: {formatHours(row.capacity.hours)}
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300" data-testid={`capacity-${id}`}>
        {describeCapacity(row.capacity)}
        {row.hoursPerDay === null ? ' (hours per day from the profile)' : ''}
      </p>
      {row.capacity.overridden && row.overrideReason ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">Override reason: {row.overrideReason}</p>
      ) : null}
      {editable ? <HoursForm sprintId={sprint.id} row={row} /> : null}
      <DaysOff sprint={sprint} row={row} editable={editable} />
    </section>
  )
}

function HoursForm({ sprintId, row }: { sprintId: string; row: Row }) {
  const [state, action, pending] = useActionForm(setAvailabilityAction)
  const id = row.membershipId
  return (
    <form action={action} className="mt-3 flex flex-wrap items-start gap-3">
      <input type="hidden" name="sprintId" value={sprintId} />
      <input type="hidden" name="membershipId" value={id} />
      <div className="w-36">
        <Input
          id={`hoursPerDay-${id}`}
          name="hoursPerDay"
          label={`Hours per day for ${row.name}`}
          type="number"
          min="0"
          max="24"
          step="0.5"
          placeholder={String(row.capacity.hoursPerDay)}
          defaultValue={row.hoursPerDay ?? ''}
          errors={fieldErrors(state, 'hoursPerDay')}
        />
      </div>
      <div className="w-36">
        <Input
          id={`overrideHours-${id}`}
          name="overrideHours"
          label={`Override hours for ${row.name}`}
          type="number"
          min="0"
          max="200"
          step="0.5"
          defaultValue={row.overrideHours ?? ''}
          errors={fieldErrors(state, 'overrideHours')}
        />
      </div>
      <div className="min-w-48 flex-1">
        <Input
          id={`note-${id}`}
          name="note"
          label={`Override reason for ${row.name}`}
          placeholder="Required with an override, e.g. on call all week"
          defaultValue={row.overrideReason ?? ''}
          errors={fieldErrors(state, 'note')}
        />
      </div>
      <div className="self-end">
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? 'Saving…' : `Save ${row.name}`}
        </Button>
      </div>
      <p
        role="status"
        className={`w-full text-xs ${state && !state.ok ? 'text-red-700 dark:text-red-400' : 'text-slate-600 dark:text-slate-300'}`}
      >
        {state && !state.ok ? state.message : state?.ok ? 'Saved.' : 'Leave hours per day blank to use the profile’s capacity.'}
      </p>
    </form>
  )
}

const rangeText = (d: DayOff) => (d.start === d.end ? d.start : `${d.start} to ${d.end}`)

function DaysOff({ sprint, row, editable }: Props) {
  const [state, action, pending] = useActionForm(addDaysOffAction)
  const id = row.membershipId
  return (
    <div className="mt-3">
      <h3 className="text-sm font-medium">Days off</h3>
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
        <form action={action} className="mt-2 flex flex-wrap items-start gap-3">
          <input type="hidden" name="sprintId" value={sprint.id} />
          <input type="hidden" name="membershipId" value={id} />
          <Input
            id={`startDate-${id}`}
            name="startDate"
            type="date"
            label={`First day off for ${row.name}`}
            min={sprint.startDate}
            max={sprint.endDate}
            required
            errors={fieldErrors(state, 'startDate')}
          />
          <Input
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
            <Input
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
    </div>
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
