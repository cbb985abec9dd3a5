'use client'

import { Button } from '@/components/ui/button'
import { TextField } from '@/components/ui/field'
import { FormStatus } from '@/components/ui/form-status'
import { fieldErrors, useActionForm } from '@/components/ui/use-action-form'
import { updateBalanceBudgetAction } from './actions'

/** The balance pass's budget, as a percentage of the plan's objective (stored as a share). */
export function BalanceBudgetForm({ share }: { share: number }) {
  const [state, action, pending, keepTyped] = useActionForm(updateBalanceBudgetAction)
  const percent = Math.round(share * 10_000) / 100
  return (
    <form action={action} onSubmit={keepTyped} className="space-y-3">
      <FormStatus state={state} success="Balance budget saved." />
      <TextField
        label="Balance may cost up to (% of objective)"
        name="balancePercent"
        type="number"
        inputMode="decimal"
        min={0}
        max={5}
        step={0.1}
        defaultValue={percent}
        required
        hint="From 0 to 5. 0 turns balance off."
        errors={fieldErrors(state, 'balancePercent')}
      />
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save balance budget'}
      </Button>
    </form>
  )
}
