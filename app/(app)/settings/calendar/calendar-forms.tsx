'use client'

import { Button } from '@/components/ui/button'
import { ConfirmRemoveButton } from '@/components/ui/confirm-remove-button'
import { TextField } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { fieldErrors, useActionForm } from '@/components/ui/use-action-form'
import { WEEKDAY_LABELS } from '@/lib/schemas/sprint'
import { addHolidayAction, removeHolidayAction, setWorkingDaysAction } from './actions'

export function WorkingDaysForm({ workingDays }: { workingDays: number[] }) {
  const [state, action, pending, keepTyped] = useActionForm(setWorkingDaysAction)
  const errors = fieldErrors(state, 'workingDays')
  return (
    <form action={action} onSubmit={keepTyped} className="space-y-4">
      <FormStatus state={state} success="Saved. Capacity is now counted on these days." />
      <fieldset aria-describedby={errors ? 'workingDays-error' : undefined}>
        <legend className="text-sm font-medium">Working days</legend>
        <div className="mt-2 flex flex-wrap gap-4">
          {WEEKDAY_LABELS.map((label, i) => (
            <label key={label} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="workingDays[]" value={i + 1} defaultChecked={workingDays.includes(i + 1)} />
              {label}
            </label>
          ))}
        </div>
        {errors ? (
          <p id="workingDays-error" className="mt-1 text-sm text-red-700 dark:text-red-400">
            {errors.join(' ')}
          </p>
        ) : null}
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save working days'}
      </Button>
    </form>
  )
}

export function AddHolidayForm() {
  const [state, action, pending, keepTyped] = useActionForm(addHolidayAction)
  return (
    <form action={action} onSubmit={keepTyped} className="flex flex-wrap items-end gap-3">
      <div className="w-full">
        <FormStatus state={state} success="Holiday added." />
      </div>
      <TextField label="Date" name="date" type="date" required errors={fieldErrors(state, 'date')} />
      <div className="min-w-56 flex-1">
        <TextField label="Name" name="name" required minLength={2} maxLength={80} errors={fieldErrors(state, 'name')} />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? 'Adding…' : 'Add holiday'}
      </Button>
    </form>
  )
}

export function RemoveHolidayButton({ holiday }: { holiday: { id: string; date: string; name: string } }) {
  return (
    <ConfirmRemoveButton
      label={`Remove ${holiday.name} (${holiday.date})`}
      title="Remove this holiday?"
      confirmLabel="Remove holiday"
      onRemove={() => removeHolidayAction({ holidayId: holiday.id })}
    >
      {holiday.date} becomes a working day again, and everyone’s capacity in a sprint that contains it goes up.
    </ConfirmRemoveButton>
  )
}
