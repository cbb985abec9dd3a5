'use client'

import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { fieldErrors, useActionForm } from '@/components/ui/use-action-form'
import { MIN_ANONYMITY_THRESHOLD } from '@/lib/survey/anonymity'
import { ANONYMITY_THRESHOLD_LABEL, MAX_ANONYMITY_THRESHOLD } from '@/lib/schemas/survey'
import { updateAnonymityThresholdAction } from './actions'

export function ThresholdForm({ current }: { current: number }) {
  const [state, action, pending, keepTyped] = useActionForm(updateAnonymityThresholdAction)
  return (
    <form action={action} onSubmit={keepTyped} className="max-w-sm space-y-4">
      <FormStatus state={state} success="Saved. Dashboards use the new threshold from now on." />
      <TextField
        label={ANONYMITY_THRESHOLD_LABEL}
        name="anonymityThreshold"
        type="number"
        inputMode="numeric"
        min={MIN_ANONYMITY_THRESHOLD}
        max={MAX_ANONYMITY_THRESHOLD}
        step={1}
        defaultValue={current}
        required
        hint={`At least ${MIN_ANONYMITY_THRESHOLD}. The default is 5.`}
        errors={fieldErrors(state, 'anonymityThreshold')}
      />
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save threshold'}
      </Button>
    </form>
  )
}
